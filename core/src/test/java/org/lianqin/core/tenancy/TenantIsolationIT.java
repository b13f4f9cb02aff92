package org.lianqin.core.tenancy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under street office A, nothing of street office B can be read or linked to by any path the
 * persistence layer offers; without a street office, nothing can be read or written at all.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    private static final String A = "iso-a";
    private static final String B = "iso-b";

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("tenant-isolation", TenantIsolationIT.class, IsolationFixture.class);
    }

    @EJB
    AsSystem system;

    @EJB
    IsolationFixture fixture;

    private long unitOfA;
    private long unitOfB;

    @BeforeEach
    void twoStreetOfficesWithAUnitEach() throws Exception {
        fixture.ensureTenant(A);
        fixture.ensureTenant(B);
        unitOfA = as(A, () -> fixture.unitNamed("甲的城管中队"));
        unitOfB = as(B, () -> fixture.unitNamed("乙的城管中队"));
    }

    @Test
    void findByIdDoesNotReachAnotherTenantsRow() throws Exception {
        assertNotNull(as(B, () -> fixture.find(unitOfB)), "B finds its own unit");
        assertNull(as(A, () -> fixture.find(unitOfB)), "A must not find B's unit by id");
        assertNotNull(as(A, () -> fixture.find(unitOfA)));
    }

    @Test
    void jpqlSeesOnlyTheCurrentTenant() throws Exception {
        List<Unit> units = as(A, () -> fixture.jpqlUnits());
        assertOnlyTenant(A, units);
        assertTrue(units.stream().anyMatch(u -> u.id() == unitOfA));
        assertTrue(units.stream().noneMatch(u -> u.id() == unitOfB));
    }

    @Test
    void criteriaQuerySeesOnlyTheCurrentTenant() throws Exception {
        List<Unit> units = as(B, () -> fixture.criteriaUnits());
        assertOnlyTenant(B, units);
        assertTrue(units.stream().anyMatch(u -> u.id() == unitOfB));
        assertTrue(units.stream().noneMatch(u -> u.id() == unitOfA));
    }

    @Test
    void nativeSqlIsRefusedBecauseEclipseLinkWouldNotFilterIt() {
        assertRefused("EclipseLink-6175", () -> as(A, () -> fixture.nativeUnitNames()));
    }

    @Test
    void theSharedCacheDoesNotLeakBetweenTenants() throws Exception {
        as(B, () -> fixture.find(unitOfB));
        as(B, () -> fixture.jpqlUnits());
        assertFalse(fixture.inSharedCache(unitOfB), "tenant-scoped rows must stay out of the shared cache");
        assertNull(as(A, () -> fixture.find(unitOfB)), "A must not get B's unit, even right after B read it");
    }

    @Test
    void aQueryWithoutTenantFails() {
        assertRefused("EclipseLink-6174", () -> fixture.jpqlUnits());
        assertRefused("EclipseLink-6174", () -> fixture.find(unitOfA));
    }

    @Test
    void aPersistWithoutTenantFailsAndWritesNothing() throws Exception {
        String name = "无主单位-" + UUID.randomUUID();
        assertRefused("Column 'tenant_id' cannot be null", () -> fixture.persistUnit(name));
        assertNull(fixture.tenantOfUnitNamed(name), "nothing may have been written");
    }

    @Test
    void aPersistIsStampedWithTheCurrentTenant() throws Exception {
        String name = "新单位-" + UUID.randomUUID();
        as(A, () -> {
            fixture.persistUnit(name);
            return null;
        });
        assertEquals(A, fixture.tenantOfUnitNamed(name));
    }

    @Test
    void aLinkToAnotherTenantsRowIsRefusedByTheDatabase() {
        assertRefused("fk_staff_unit", () -> as(A, () -> {
            fixture.persistStaffWithUnit(unitOfB);
            return null;
        }));
    }

    @Test
    void switchingTenantInsideATransactionIsRefused() {
        assertRefused("cannot continue as tenant " + B, () -> as(A, () -> {
            fixture.switchTenantWithinTransaction(B);
            return null;
        }));
    }

    /** Fails unless the work throws an EJBException whose chain of causes says {@code why}. */
    private static void assertRefused(String why, Executable work) {
        EJBException refused = assertThrows(EJBException.class, work);
        StringBuilder chain = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            chain.append(t).append('\n');
        }
        assertTrue(chain.toString().contains(why), "expected the refusal to say " + why + " but got:\n" + chain);
    }

    private static void assertOnlyTenant(String tenant, List<Unit> units) {
        assertFalse(units.isEmpty());
        units.forEach(u -> assertEquals(tenant, u.tenantId(), "unit " + u.id() + " belongs to another tenant"));
    }

    /** The work as the tenant, with the application's own identity (see AsSystem). */
    private <T> T as(String tenant, Callable<T> work) throws Exception {
        return system.as(tenant, work);
    }
}
