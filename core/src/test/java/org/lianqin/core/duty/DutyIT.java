package org.lianqin.core.duty;

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
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The duty level shortens handling limits where the office says so; the rota is kept; all audited, all in the office. */
@ExtendWith(ArquillianExtension.class)
class DutyIT {

    private static final Actor ADMIN = Actor.staff("admin", "王敏", Set.of(Role.TENANT_ADMIN), null);
    private static final Actor DISPATCHER = Actor.staff("dispatcher", "李强", Set.of(Role.DISPATCHER), null);
    private static final Actor INSPECTOR = Actor.staff("inspector", "陈晓", Set.of(Role.INSPECTOR), null);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("duty", DutyIT.class, WorkflowFixture.class, TestClock.class);
    }

    @EJB
    AsSystem system;

    @EJB
    Duty duty;

    @EJB
    CaseService cases;

    @EJB
    Organisation organisation;

    @EJB
    WorkflowFixture fixture;

    @EJB
    AuditTrail audit;

    private <T> T as(String tenant, Callable<T> work) throws Exception {
        return system.as(tenant, work);
    }

    /** Reports, registers and dispatches a 乱设摊 case now; its handling time from dispatch to deadline. */
    private Duration handlingTime() {
        CaseDetail c = cases.report(new ReportCase(SourceChannel.PATROL, "0104", new Location("勤务路", null, null),
                "巡查发现乱设摊", null, null, null), Actor.system());
        CaseDetail registered = cases.register(c.number(), c.version(), fixture.dispatcher(), null);
        CaseDetail dispatched = cases.dispatch(registered.number(), registered.version(), null, fixture.dispatcher(), null);
        return Duration.between(now(), dispatched.summary().handleDeadline());
    }

    private static Instant now() {
        return Instant.parse("2026-06-02T01:00:00Z");   // a Tuesday, 09:00 in Shanghai
    }

    @Test
    void aRaisedLevelShortensTheLimitOfNewDispatchesAndTheRotaIsKept() throws Exception {
        String office = "wf-duty";
        fixture.ensureStreetOffice(office);
        TestClock.set(now());
        as(office, () -> {
            assertEquals(DutyLevel.NORMAL, duty.level().level());
            assertNull(duty.level().since(), "normal duty until someone raises it");
            Duration normal = handlingTime();

            assertEquals("role", assertThrows(WorkflowException.class,
                    () -> duty.changeLevel(DutyLevel.HEIGHTENED, "台风", INSPECTOR)).code());
            assertEquals("reason-required", assertThrows(WorkflowException.class,
                    () -> duty.changeLevel(DutyLevel.HIGHEST, " ", DISPATCHER)).code());
            Duty.LevelView raised = duty.changeLevel(DutyLevel.HIGHEST, "进博会保障", DISPATCHER);
            assertEquals(50, raised.handlePercent(), "the demo office halves limits at the highest level");
            Duration highest = handlingTime();
            assertTrue(highest.compareTo(normal) < 0, "shortened: " + highest + " against " + normal);

            assertEquals("duty-percent", assertThrows(WorkflowException.class,
                    () -> duty.setPercents(Map.of(DutyLevel.HIGHEST, 5), ADMIN)).code());
            assertThrows(WorkflowException.class, () -> duty.setPercents(Map.of(DutyLevel.HIGHEST, 100), DISPATCHER));
            duty.setPercents(Map.of(DutyLevel.HIGHEST, 100), ADMIN);
            assertEquals(normal, handlingTime(), "an office that does not shorten limits keeps them whole");
            duty.changeLevel(DutyLevel.NORMAL, null, DISPATCHER);

            LocalDate monday = LocalDate.of(2026, 6, 1);
            long squad = organisation.squads().get(0).id();
            assertEquals("duty-dispatcher", assertThrows(WorkflowException.class,
                    () -> duty.assign(monday.plusDays(1), Shift.DAY, Post.COMMAND, 999_999L, null, ADMIN)).code());
            duty.assign(monday.plusDays(1), Shift.DAY, Post.PATROL, null, squad, ADMIN);
            List<Duty.ShiftView> week = duty.week(monday);
            assertEquals(7 * 2 * 2, week.size(), "every post of every shift of the week");
            assertEquals(organisation.squads().get(0).name(), duty.now().stream().filter(s -> s.post() == Post.PATROL)
                    .findFirst().orElseThrow().squadName(), "Tuesday 09:00 is the day shift of Tuesday");

            List<String> trail = audit.list(AuditEntry.Subject.DUTY, null, 0, 50).stream()
                    .map(e -> e.subjectKey() + "：" + e.after()).toList();
            assertEquals(4, trail.size(), String.join(" | ", trail));
            assertTrue(trail.get(0).contains("巡查") && trail.get(3).contains("进博会保障"), String.join(" | ", trail));
            return null;
        });
        as("fenglin", () -> {
            assertEquals(0, audit.list(AuditEntry.Subject.DUTY, null, 0, 200).stream()
                    .filter(e -> e.after() != null && e.after().contains("进博会保障")).count());
            assertTrue(duty.week(LocalDate.of(2026, 6, 1)).stream().allMatch(s -> s.squadName() == null));
            return null;
        });
    }
}
