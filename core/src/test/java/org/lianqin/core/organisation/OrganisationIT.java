package org.lianqin.core.organisation;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.cases.ReportCase;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.cases.TestClock;
import org.lianqin.core.cases.WorkflowFixture;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A street office's organisation read back and kept up by its admin, on Payara and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    private static final Actor ADMIN = Actor.staff("admin", "王敏", Set.of(Role.TENANT_ADMIN), null);
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[121.0,31.0],[121.01,31.0],[121.01,31.01],[121.0,31.01],[121.0,31.0]]]}";

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("organisation", OrganisationIT.class, WorkflowFixture.class, TestClock.class);
    }

    @EJB
    AsSystem system;

    @EJB
    Organisation organisation;

    @EJB
    CaseService cases;

    @EJB
    WorkflowFixture fixture;

    /** The work as the tenant, with the application's own identity (see AsSystem). */
    private <T> T as(String tenant, Callable<T> work) throws Exception {
        return system.as(tenant, work);
    }

    @Test
    void theDemoStreetOfficesOrganisationReadsBackWithoutSecrets() throws Exception {
        as("fenglin", () -> {
            assertEquals(7, organisation.units().size());
            assertTrue(organisation.units().stream().anyMatch(u -> u.name().equals("枫林城管中队")
                    && u.type() == UnitType.CITY_MGMT));
            assertEquals(6, organisation.grids().size());
            assertTrue(organisation.grids().stream().allMatch(g -> g.squadName() != null), "every grid has a squad");
            assertEquals(2, organisation.squads().size());
            OrganisationViews.StaffView dispatcher = organisation.staff().stream()
                    .filter(s -> s.login().equals("dispatcher")).findFirst().orElseThrow();
            assertEquals(Set.of(Role.DISPATCHER), dispatcher.roles());
            assertEquals("枫林综治办", dispatcher.unitName());
            return null;
        });
    }

    @Test
    void aNewGridRoutesCasesAndStaysWithItsStreetOffice() throws Exception {
        String office = "wf-organisation";
        fixture.ensureStreetOffice(office);
        as(office, () -> {
            assertThrows(WorkflowException.class,
                    () -> organisation.addGrid("WO-01", "测试网格", null, SQUARE, fixture.dispatcher()));
            WorkflowException notPolygon = assertThrows(WorkflowException.class, () -> organisation.addGrid(
                    "WO-02", "坏网格", null, "{\"type\":\"Point\",\"coordinates\":[121,31]}", ADMIN));
            assertEquals("boundary", notPolygon.code());
            assertEquals("WO-01", organisation.addGrid("wo-01", "测试网格", "测试路", SQUARE, ADMIN).code());
            assertEquals("duplicate", assertThrows(WorkflowException.class,
                    () -> organisation.addGrid("WO-01", "重复", null, SQUARE, ADMIN)).code());
            assertEquals("WO-01", cases.report(new ReportCase(SourceChannel.PATROL, "0104",
                    new Location("测试路", 121.005, 31.005), "巡查发现", null, null, null), Actor.system())
                    .summary().gridCode(), "a case at a point inside the new grid is routed to it");
            assertNull(cases.report(new ReportCase(SourceChannel.PATROL, "0104",
                    new Location("测试路", 121.02, 31.005), "巡查发现", null, null, null), Actor.system())
                    .summary().gridCode());
            return null;
        });
        as("fenglin", () -> {
            assertFalse(organisation.grids().stream().anyMatch(g -> g.code().equals("WO-01")));
            return null;
        });
    }
}
