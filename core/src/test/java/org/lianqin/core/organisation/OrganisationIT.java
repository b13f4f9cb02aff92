package org.lianqin.core.organisation;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditTrail;
import org.lianqin.core.cases.CaseDetail;
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

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;
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

    @EJB
    AuditTrail audit;

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
            assertEquals("grid-file", notPolygon.code());
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
    @Test
    void anImportedGridFileIsAllOrNothingAuditedRoutedAndKeptInItsOffice() throws Exception {
        String office = "wf-grid-import";
        fixture.ensureStreetOffice(office);
        String good = "{\"type\":\"Feature\",\"properties\":{\"code\":\"GI-01\",\"name\":\"导入一\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[121.02,31.02],[121.03,31.02],[121.03,31.03],[121.02,31.03],[121.02,31.02]]]}}";
        String outside = "{\"type\":\"Feature\",\"properties\":{\"code\":\"GI-02\",\"name\":\"出界\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[121.04,31.04],[121.06,31.04],[121.06,31.06],[121.04,31.06],[121.04,31.04]]]}}";
        as(office, () -> {
            GridFileRefused refused = assertThrows(GridFileRefused.class, () -> organisation.importGrids(
                    ("{\"type\":\"FeatureCollection\",\"features\":[" + good + "," + outside + "]}").getBytes(UTF_8), ADMIN));
            assertEquals("grid-file", refused.code());
            assertEquals(List.of("第 2 个要素（GI-02）：有 75.0% 的面积在本街镇范围之外"), refused.details(java.util.Locale.CHINA));
            assertEquals(List.of("Feature 2 (GI-02): 75.0% of its area lies outside the street office"),
                    refused.details(java.util.Locale.ENGLISH));
            assertTrue(organisation.grids().isEmpty(), "nothing of a refused file is kept");
            assertThrows(WorkflowException.class, () -> organisation.importGrids(good.getBytes(UTF_8), fixture.dispatcher()));

            OrganisationViews.GridView imported = organisation.importGrids(good.getBytes(UTF_8), ADMIN).get(0);
            assertEquals("GI-01", imported.code());
            assertEquals("GI-01", cases.report(new ReportCase(SourceChannel.PATROL, "0104",
                    new Location("导入路", 121.025, 31.025), "巡查发现", null, null, null), Actor.system())
                    .summary().gridCode(), "routing uses the imported grid at once");
            OrganisationViews.SquadView squad = organisation.squads().get(0);
            assertEquals("inspector", assertThrows(WorkflowException.class,
                    () -> organisation.assignGrid(imported.id(), squad.id(), 999_999L, ADMIN)).code());
            OrganisationViews.GridView assigned = organisation.assignGrid(imported.id(), squad.id(), null, ADMIN);
            assertEquals(squad.name(), assigned.squadName());
            assertEquals("grid-file", assertThrows(WorkflowException.class, () -> organisation.changeGrid(imported.id(),
                    "导入一", null, "{\"type\":\"Polygon\",\"coordinates\":[[[121.02,31.02],[121.03,31.03],"
                            + "[121.03,31.02],[121.02,31.03],[121.02,31.02]]]}", ADMIN)).code(), "a bow tie is refused");
            organisation.changeGrid(imported.id(), "导入一（改）", "导入路", "{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[121.02,31.02],[121.035,31.02],[121.035,31.03],[121.02,31.03],[121.02,31.02]]]}", ADMIN);
            List<AuditTrail.Entry> trail = audit.list(AuditEntry.Subject.GRID, null, 0, 50);
            assertEquals(List.of("change", "assign", "import"), trail.stream().map(AuditTrail.Entry::action).toList());
            assertTrue(trail.get(0).before().contains("4 个顶点") && trail.get(0).after().contains("导入一（改）"), trail.get(0).after());
            return null;
        });
        as("fenglin", () -> {
            assertFalse(organisation.grids().stream().anyMatch(g -> g.code().startsWith("GI-")));
            assertTrue(audit.list(AuditEntry.Subject.GRID, null, 0, 200).stream().noneMatch(e -> e.subjectKey().startsWith("GI-")));
            return null;
        });
    }

    @Test
    void aDeactivatedUnitIsNoLongerDispatchedToAndEveryUnitChangeIsAuditedInItsOffice() throws Exception {
        String office = "wf-units";
        fixture.ensureStreetOffice(office);
        as(office, () -> {
            OrganisationViews.UnitView added = organisation.addUnit("测试城管二中队", UnitType.CITY_MGMT, "021-6400 0099", ADMIN);
            assertEquals("unit-phone", assertThrows(WorkflowException.class, () -> organisation.changeUnit(added.id(),
                    "测试城管二中队", UnitType.CITY_MGMT, "<script>", ADMIN)).code());
            assertEquals("duplicate", assertThrows(WorkflowException.class,
                    () -> organisation.addUnit("测试城管二中队", UnitType.OTHER, null, ADMIN)).code());
            for (OrganisationViews.UnitView u : organisation.units()) {
                if (u.type() == UnitType.CITY_MGMT) {
                    organisation.activateUnit(u.id(), false, ADMIN);
                }
            }
            assertTrue(organisation.units().stream().noneMatch(u -> u.type() == UnitType.CITY_MGMT), "none offered");
            assertTrue(organisation.allUnits().stream().anyMatch(u -> u.id() == added.id() && !u.active()), "none deleted");
            CaseDetail c = cases.report(new ReportCase(SourceChannel.PATROL, "0104", new Location("测试路", null, null),
                    "巡查发现乱设摊", null, null, null), Actor.system());
            CaseDetail registered = cases.register(c.number(), c.version(), fixture.dispatcher(), null);
            assertEquals("unit", assertThrows(WorkflowException.class, () -> cases.dispatch(registered.number(),
                    registered.version(), null, fixture.dispatcher(), null)).code(), "routing no longer finds a deactivated unit");
            List<AuditTrail.Entry> entries = audit.list(AuditEntry.Subject.UNIT, "admin", 0, 50);
            assertTrue(entries.stream().anyMatch(e -> e.action().equals("create") && e.subjectKey().equals("测试城管二中队")));
            assertTrue(entries.stream().anyMatch(e -> e.action().equals("deactivate") && e.before().contains("在用")
                    && e.after().contains("已停用")));
            assertFalse(entries.stream().anyMatch(e -> e.action().equals("change")), "a refused change writes nothing");
            return null;
        });
        as("fenglin", () -> {
            assertTrue(audit.list(AuditEntry.Subject.UNIT, null, 0, 200).stream()
                    .noneMatch(e -> e.subjectKey().equals("测试城管二中队")), "another office's trail has none of it");
            assertTrue(organisation.units().stream().anyMatch(u -> u.type() == UnitType.CITY_MGMT), "nor are its units touched");
            return null;
        });
    }
}
