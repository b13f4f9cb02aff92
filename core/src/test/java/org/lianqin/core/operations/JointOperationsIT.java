package org.lianqin.core.operations;

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
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Joint operations planned, recorded, linked to cases, totalled by month and year, audited, kept in their office. */
@ExtendWith(ArquillianExtension.class)
class JointOperationsIT {

    private static final Actor ADMIN = Actor.staff("admin", "王敏", Set.of(Role.TENANT_ADMIN), null);
    private static final Actor DISPATCHER = Actor.staff("dispatcher", "李强", Set.of(Role.DISPATCHER), null);
    private static final Actor LEADER = Actor.staff("leader", "张建国", Set.of(Role.LEADER), null);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("operations", JointOperationsIT.class, WorkflowFixture.class, TestClock.class);
    }

    @EJB
    AsSystem system;

    @EJB
    JointOperations operations;

    @EJB
    Organisation organisation;

    @EJB
    CaseService cases;

    @EJB
    WorkflowFixture fixture;

    @EJB
    AuditTrail audit;

    private <T> T as(String tenant, Callable<T> work) throws Exception {
        return system.as(tenant, work);
    }

    @Test
    void anOperationIsPlannedRecordedLinkedAndTotalledInItsOfficeOnly() throws Exception {
        String office = "wf-operations";
        fixture.ensureStreetOffice(office);
        TestClock.set(Instant.parse("2026-05-20T14:00:00Z"));   // 22:00 in Shanghai
        as(office, () -> {
            OrganisationViews.GridView grid = organisation.addGrid("OP-01", "行动网格", null,
                    "{\"type\":\"Polygon\",\"coordinates\":[[[121.01,31.01],[121.02,31.01],[121.02,31.02],[121.01,31.02],[121.01,31.01]]]}", ADMIN);
            List<Long> units = organisation.units().stream().map(OrganisationViews.UnitView::id).toList();
            LocalDateTime evening = LocalDateTime.of(2026, 5, 20, 19, 0);
            JointOperations.Plan plan = new JointOperations.Plan("夜市占道设摊整治", "夜市周边占道设摊", "0104",
                    evening, evening.plusHours(3), List.of(grid.id()), units);

            assertEquals("role", assertThrows(WorkflowException.class, () -> operations.plan(plan, LEADER)).code());
            assertEquals("operation-times", assertThrows(WorkflowException.class, () -> operations.plan(new JointOperations.Plan(
                    "倒着的行动", null, null, evening, evening.minusHours(1), List.of(grid.id()), units), DISPATCHER)).code());
            assertEquals("operation-units", assertThrows(WorkflowException.class, () -> operations.plan(new JointOperations.Plan(
                    "没有单位", null, null, evening, evening.plusHours(1), List.of(grid.id()), List.of()), DISPATCHER)).code());

            JointOperations.OperationView planned = operations.plan(plan, DISPATCHER);
            assertEquals(OperationStatus.PLANNED, planned.status());
            assertEquals(List.of("OP-01"), planned.gridCodes());
            assertEquals("乱设摊", planned.categoryName());

            JointOperations.OperationView tomorrow = operations.plan(new JointOperations.Plan("明日复查", null, null,
                    evening.plusDays(1), evening.plusDays(1).plusHours(2), List.of(grid.id()), units), DISPATCHER);
            List<JointOperations.KindView> kinds = operations.kinds();
            assertEquals(6, kinds.size(), "every office starts with the default result kinds");
            Map<Long, Integer> counts = new LinkedHashMap<>();
            counts.put(kinds.get(0).id(), 12);
            counts.put(kinds.get(1).id(), 30);
            assertEquals("operation-state", assertThrows(WorkflowException.class,
                    () -> operations.record(tomorrow.id(), counts, null, DISPATCHER)).code(), "not before it began");
            Map<Long, Integer> negative = Map.of(kinds.get(0).id(), -1);
            assertEquals("result-quantity", assertThrows(WorkflowException.class,
                    () -> operations.record(planned.id(), negative, null, DISPATCHER)).code());

            JointOperations.OperationView done = operations.record(planned.id(), counts, "现场劝离为主", DISPATCHER);
            assertEquals(OperationStatus.DONE, done.status());
            CaseDetail found = cases.report(new ReportCase(SourceChannel.PATROL, "0104",
                    new Location("夜市", 121.015, 31.015), "联合整治中发现的占道经营", null, null, null), Actor.system());
            operations.link(planned.id(), found.number(), DISPATCHER);
            assertEquals("duplicate", assertThrows(WorkflowException.class,
                    () -> operations.link(planned.id(), found.number(), DISPATCHER)).code());
            operations.cancel(tomorrow.id(), ADMIN);
            assertEquals("operation-state", assertThrows(WorkflowException.class,
                    () -> operations.cancel(planned.id(), ADMIN)).code(), "a recorded operation is not cancelled");

            List<JointOperations.Totals> totals = operations.totals(2026);
            assertEquals(0, totals.get(0).month());
            assertEquals(1, totals.get(0).operations(), "the cancelled one does not count");
            assertEquals(12, totals.get(0).results().get(kinds.get(0).id()));
            assertEquals(30, totals.get(0).results().get(kinds.get(1).id()));
            assertEquals(1, totals.get(0).cases());
            assertEquals(5, totals.get(1).month());
            assertEquals(List.of(found.number()), operations.list(2026).stream().filter(o -> o.id() == planned.id())
                    .findFirst().orElseThrow().cases().stream()
                    .map(JointOperations.LinkedCase::number).toList());

            List<String> trail = audit.list(AuditEntry.Subject.OPERATION, null, 0, 50).stream()
                    .map(AuditTrail.Entry::action).toList();
            assertEquals(List.of("cancel", "link", "record", "create", "create"), trail);
            return null;
        });
        as("fenglin", () -> {
            assertTrue(operations.list(2026).stream().noneMatch(o -> o.title().equals("夜市占道设摊整治")));
            assertTrue(audit.list(AuditEntry.Subject.OPERATION, null, 0, 200).stream()
                    .noneMatch(e -> e.subjectKey().startsWith("夜市占道设摊整治")));
            return null;
        });
    }
}
