package org.lianqin.core.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lianqin.core.demo.DemoSeeder;
import org.lianqin.core.demo.DemoStreetOffice;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.core.tenancy.TenantKind;

import java.util.List;
import java.util.Set;

/**
 * SecurityIT's street offices: "secit" (active) and "secit-off" (suspended), each with a dispatcher, a
 * unit officer and an account to lock, all with {@link #PASSWORD}.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecurityFixture {

    static final String OFFICE = "secit";
    static final String SUSPENDED = "secit-off";
    static final String PASSWORD = "Secit-2026";

    @EJB
    DemoSeeder seeder;

    @EJB
    TenantDirectory tenants;

    public void ensureOffices() {
        String hash = seeder.hash(PASSWORD);
        for (String code : List.of(OFFICE, SUSPENDED)) {
            if (tenants.find(code).isEmpty()) {
                DemoStreetOffice office = new DemoStreetOffice(code, "安全测试 " + code, TenantKind.STREET,
                        code.equals(OFFICE), 121.0, 31.0, null,
                        List.of(new DemoStreetOffice.UnitSpec("citymgmt", "城管中队", UnitType.CITY_MGMT, null)),
                        List.of(),
                        List.of(new DemoStreetOffice.StaffSpec("dispatcher", "值班员", null, Set.of(Role.DISPATCHER)),
                                new DemoStreetOffice.StaffSpec("officer", "处置员", "citymgmt", Set.of(Role.UNIT_OFFICER)),
                                new DemoStreetOffice.StaffSpec("lockme", "锁定测试", null, Set.of(Role.LEADER)),
                                new DemoStreetOffice.StaffSpec("admin", "管理员", null, Set.of(Role.TENANT_ADMIN))));
                TenantContext.runAs(code, () -> seeder.seed(office, hash, false));
            }
        }
    }
}
