package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.demo.DemoSeeder;
import org.lianqin.core.demo.DemoStreetOffice;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Staff;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.core.tenancy.TenantKind;

import java.util.List;
import java.util.Set;

/** Street offices for the workflow tests (created as the system), and the actors who work in them. */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
public class WorkflowFixture {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    DemoSeeder seeder;

    @EJB
    TenantDirectory tenants;

    /** The test offices' outline: a box of about 5 × 5 km south-west of Shanghai's centre. */
    public static final String OUTLINE = "{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[121.0,31.0],[121.05,31.0],[121.05,31.05],[121.0,31.05],[121.0,31.0]]]}";

    /** A street office with the default catalogue, a city-management squad and a police station. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void ensureStreetOffice(String code) {
        if (tenants.find(code).isEmpty()) {
            DemoStreetOffice office = new DemoStreetOffice(code, "测试街道 " + code, TenantKind.STREET, true, 121.0, 31.0,
                    OUTLINE,
                    List.of(new DemoStreetOffice.UnitSpec("citymgmt", "城管中队", UnitType.CITY_MGMT, null),
                            new DemoStreetOffice.UnitSpec("police", "派出所", UnitType.POLICE, null)),
                    List.of(), List.of());
            TenantContext.runAs(code, () -> seeder.seed(office, "x", false));
        }
    }

    /** The current street office's dispatcher. */
    public Actor dispatcher() {
        return Actor.staff("dispatcher", "值班员", Set.of(Role.DISPATCHER), null);
    }

    /** The current street office's admin. */
    public Actor admin() {
        return Actor.staff("admin", "管理员", Set.of(Role.TENANT_ADMIN), null);
    }

    /** An officer of the current street office's unit of that type. */
    public Actor officerOf(UnitType type) {
        Unit unit = em.createNamedQuery("Unit.findByType", Unit.class).setParameter("type", type)
                .getResultList().get(0);
        return Actor.staff("officer-" + unit.id(), "处置员", Set.of(Role.UNIT_OFFICER), unit.id());
    }

    /** A real staff member of the demo data, as the portal will build the actor after sign-in. */
    public Actor staff(String login) {
        return em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login).getSingleResult()
                .asActor();
    }
}
