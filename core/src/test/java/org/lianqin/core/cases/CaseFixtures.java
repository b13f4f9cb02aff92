package org.lianqin.core.cases;

import org.lianqin.core.catalogue.Category;
import org.lianqin.core.catalogue.Priority;
import org.lianqin.core.catalogue.TimeLimits;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.tenancy.TenantScoped;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Cases in any state, and the people who act on them, for the workflow's unit tests. */
final class CaseFixtures {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Unit CITY_MGMT = withId(new Unit("枫林城管中队", UnitType.CITY_MGMT, null), 7L);
    static final Category STALLS = Category.sub(Category.main("01", "街面秩序", "Street order"), "0104",
            "乱设摊", "Illegal street stalls", true, UnitType.CITY_MGMT, new TimeLimits(1, 1, 8, 2), Priority.NORMAL);

    static final Map<String, Actor> ACTORS = Map.of(
            "dispatcher", Actor.staff("dispatcher", "李强", Set.of(Role.DISPATCHER), 1L),
            "inspector", Actor.staff("inspector", "陈晓", Set.of(Role.INSPECTOR), null),
            "leader", Actor.staff("leader", "张建国", Set.of(Role.LEADER), null),
            "admin", Actor.staff("admin", "王敏", Set.of(Role.TENANT_ADMIN), null),
            "officer", Actor.staff("chengguan", "刘洋", Set.of(Role.UNIT_OFFICER), 7L),
            "other-unit-officer", Actor.staff("police", "赵磊", Set.of(Role.UNIT_OFFICER), 8L),
            "resident", Actor.resident(),
            "system", Actor.system());

    private CaseFixtures() {
    }

    static Actor actor(String name) {
        return ACTORS.get(name);
    }

    static Case reported() {
        return new Case("FENGLIN-2026-000001", SourceChannel.PUBLIC_WEB, STALLS, null,
                new Location("枫林路 300 号", 121.45, 31.19), "路口有人乱设摊", "13800000000",
                null, "hash", Actor.resident(), T0);
    }

    /** A case brought into the state by the usual, legal path. */
    static Case in(CaseState state) {
        Case c = reported();
        Instant t = T0.plusSeconds(60);
        switch (state) {
            case REPORTED -> { }
            case REJECTED -> c.reject(actor("dispatcher"), t, "重复举报");
            case MERGED -> c.mergeInto(reported(), actor("dispatcher"), t);
            default -> {
                c.register(actor("dispatcher"), t, null);
                if (state == CaseState.REGISTERED) {
                    return c;
                }
                c.dispatch(CITY_MGMT, t.plus(Duration.ofHours(8)), actor("dispatcher"), t, null);
                if (state == CaseState.DISPATCHED) {
                    return c;
                }
                c.accept(actor("officer"), t);
                if (state == CaseState.IN_PROGRESS) {
                    return c;
                }
                c.handle(actor("officer"), t.plusSeconds(3600), "已劝离摊贩");
                if (state == CaseState.HANDLED) {
                    return c;
                }
                c.verify(true, actor("inspector"), t.plusSeconds(7200), "现场已清理");
            }
        }
        return c;
    }

    static <T extends TenantScoped> T withId(T entity, long id) {
        try {
            Field field = TenantScoped.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
