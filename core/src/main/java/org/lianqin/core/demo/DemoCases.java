package org.lianqin.core.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.cases.ReportCase;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Staff;

/**
 * A few cases in every state of the loop for a demo street office, made through the same service the
 * portal uses, so that the demo shows real timelines. Runs as the office's tenant.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class DemoCases {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    CaseService cases;

    /** @param lon0 lat0 the south-west corner of the office's first grid */
    public void create(double lon0, double lat0) {
        Actor dispatcher = staff("dispatcher");
        Actor chengguan = staff("chengguan");
        Actor police = staff("police");
        Actor inspector = staff("inspector");

        report(SourceChannel.PUBLIC_WEB, "0101", "医学院路口", lon0 + 0.002, lat0 + 0.002,
                "路口早点摊占用人行道，行人只能走机动车道");

        CaseDetail parking = report(SourceChannel.HOTLINE_12345, "0801", "东安路近斜土路", lon0 + 0.008, lat0 + 0.003,
                "一辆白色轿车在人行道上停了三天");
        cases.register(parking.number(), parking.version(), dispatcher, "12345 转办");

        CaseDetail stalls = report(SourceChannel.PATROL, "0104", "零陵路菜场门口", lon0 + 0.003, lat0 + 0.004,
                "菜场门口有四个流动摊位，傍晚最多");
        stalls = cases.register(stalls.number(), stalls.version(), dispatcher, null);
        cases.dispatch(stalls.number(), stalls.version(), null, dispatcher, "傍晚时段重点巡查");

        CaseDetail shop = report(SourceChannel.VIDEO_PATROL, "0102", "枫林路 200 号", lon0 + 0.001, lat0 + 0.005,
                "水果店把货架摆到门外两米");
        shop = cases.register(shop.number(), shop.version(), dispatcher, null);
        shop = cases.dispatch(shop.number(), shop.version(), null, dispatcher, null);
        cases.accept(shop.number(), shop.version(), chengguan);

        CaseDetail flyers = report(SourceChannel.PATROL, "0102", "斜土路 1500 弄", lon0 + 0.004, lat0 + 0.001,
                "小吃店门外摆桌经营");
        flyers = cases.register(flyers.number(), flyers.version(), dispatcher, null);
        flyers = cases.dispatch(flyers.number(), flyers.version(), null, dispatcher, null);
        flyers = cases.accept(flyers.number(), flyers.version(), chengguan);
        cases.handle(flyers.number(), flyers.version(), chengguan, "已责令店主收回桌椅，签订门责承诺书");

        CaseDetail theft = report(SourceChannel.POLICE_110, "0501", "枫林路地铁站出口", lon0 + 0.005, lat0 + 0.006,
                "早高峰地铁口有人拎包被扒");
        theft = cases.register(theft.number(), theft.version(), dispatcher, "110 警情转入");
        theft = cases.dispatch(theft.number(), theft.version(), null, dispatcher, null);
        theft = cases.accept(theft.number(), theft.version(), police);
        theft = cases.handle(theft.number(), theft.version(), police, "增派便衣早高峰巡逻，已抓获嫌疑人一名");
        theft = cases.verify(theft.number(), theft.version(), true, inspector, "连续三日巡查未再发生");
        cases.rate(theft.number(), 5, Actor.resident(), "派出所处理很快");

        CaseDetail dispute = report(SourceChannel.PUBLIC_WEB, "0701", "某小区", null, null, "物业费收费标准有争议");
        cases.reject(dispute.number(), dispute.version(), dispatcher, "属物业服务纠纷，已告知向房管办反映");
    }

    private CaseDetail report(SourceChannel channel, String category, String address, Double lon, Double lat,
                              String description) {
        return cases.report(new ReportCase(channel, category, new Location(address, lon, lat), description,
                null, null, null), channel == SourceChannel.PUBLIC_WEB ? Actor.resident() : Actor.system());
    }

    private Actor staff(String login) {
        return em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login)
                .getSingleResult().asActor();
    }
}
