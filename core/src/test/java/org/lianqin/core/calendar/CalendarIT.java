package org.lianqin.core.calendar;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditTrail;
import org.lianqin.core.cases.TestClock;
import org.lianqin.core.cases.WorkflowFixture;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A street office's calendar: national days prefilled, local changes marked and audited, reset, kept in the office. */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    private static final Actor ADMIN = Actor.staff("admin", "王敏", Set.of(Role.TENANT_ADMIN), null);
    private static final Actor DISPATCHER = Actor.staff("dispatcher", "李强", Set.of(Role.DISPATCHER), null);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("calendar", CalendarIT.class, WorkflowFixture.class, TestClock.class);
    }

    @EJB
    AsSystem system;

    @EJB
    Calendars calendars;

    @EJB
    WorkflowFixture fixture;

    @EJB
    AuditTrail audit;

    private <T> T as(String tenant, Callable<T> work) throws Exception {
        return system.as(tenant, work);
    }

    @Test
    void aLocalHolidayIsMarkedAuditedCountedAndUndoneInItsOfficeOnly() throws Exception {
        String office = "wf-local-holiday";
        fixture.ensureStreetOffice(office);
        LocalDate festival = LocalDate.of(2026, 9, 15);   // a Tuesday
        as(office, () -> {
            assertTrue(calendars.hasNational(2026));
            assertTrue(calendars.year(2026).stream().anyMatch(d -> d.day().equals(LocalDate.of(2026, 10, 1)) && !d.working() && d.national()),
                    "the national days arrive prefilled");
            assertEquals("role", assertThrows(WorkflowException.class,
                    () -> calendars.mark(festival, false, "区旅游节", DISPATCHER)).code());
            Calendars.DayView marked = calendars.mark(festival, false, "区旅游节", ADMIN);
            assertFalse(marked.national(), "a local change is told apart from the national arrangement");
            assertFalse(calendars.around(festival).isWorkingDay(festival), "time limits count on the new calendar at once");

            calendars.mark(LocalDate.of(2026, 10, 1), true, null, ADMIN);
            assertTrue(calendars.around(festival).isWorkingDay(LocalDate.of(2026, 10, 1)));
            calendars.resetToNational(2026, ADMIN);
            assertTrue(calendars.around(festival).isWorkingDay(festival), "back to the national arrangement");
            assertFalse(calendars.around(festival).isWorkingDay(LocalDate.of(2026, 10, 1)));
            assertEquals("calendar", assertThrows(WorkflowException.class, () -> calendars.resetToNational(2031, ADMIN)).code());

            assertEquals(3, audit.list(AuditEntry.Subject.CALENDAR, null, 0, 50).size());
            return null;
        });
        as("fenglin", () -> {
            assertTrue(calendars.around(festival).isWorkingDay(festival), "another office's calendar is untouched");
            return null;
        });
    }
}
