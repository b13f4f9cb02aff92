package org.lianqin.core.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.Texts;
import org.lianqin.core.kernel.WorkflowException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The current street office's work calendar. */
@Stateless
@PermitAll
public class Calendars {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The calendar with its exceptions from the year before {@code around} to two years after. */
    public WorkCalendar around(LocalDate around) {
        Map<LocalDate, Boolean> exceptions = em.createNamedQuery("CalendarDay.findBetween", CalendarDay.class)
                .setParameter("from", around.minusYears(1))
                .setParameter("to", around.plusYears(2))
                .getResultStream()
                .collect(Collectors.toMap(CalendarDay::day, CalendarDay::working));
        return new WorkCalendar(exceptions);
    }

    /** A day of the office's calendar that departs from Monday to Friday, and whether the national notice has it so. */
    public record DayView(LocalDate day, boolean working, String note, boolean national) {
    }

    /**
     * The year's holidays and 调休 working days in this office's calendar, by date, and the days of the
     * national notice the office put back to the usual rule (as the usual rule, not national).
     */
    public List<DayView> year(int year) {
        Map<LocalDate, CalendarDay> national = nationalOf(year).stream()
                .collect(Collectors.toMap(CalendarDay::day, d -> d));
        List<DayView> days = new java.util.ArrayList<>(em.createNamedQuery("CalendarDay.findBetween", CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream()
                .map(d -> new DayView(d.day(), d.working(), d.note(),
                        national.containsKey(d.day()) && national.get(d.day()).working() == d.working()))
                .toList());
        national.values().stream().filter(n -> days.stream().noneMatch(d -> d.day().equals(n.day())))
                .forEach(n -> days.add(new DayView(n.day(), WorkCalendar.isWeekday(n.day()), n.note(), false)));
        days.sort(java.util.Comparator.comparing(DayView::day));
        return days;
    }

    /** Whether the national notice for the year is part of this build (the State Council publishes it each autumn). */
    public boolean hasNational(int year) {
        return !nationalOf(year).isEmpty();
    }

    /**
     * Marks a day as a holiday ({@code working=false}) or a made-up working day (调休, {@code true}) with a
     * note; the admin's, audited. Cases count their time limits on the new calendar from now on.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public DayView mark(LocalDate day, boolean working, String note, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        if (day == null) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, new Refusal.Label("日期", "the day"));
        }
        String clean = Texts.optional(note, 64, new Refusal.Label("说明", "the note"));
        if (working == WorkCalendar.isWeekday(day)) {
            // a working weekday or a weekend rest day is the rule already: nothing to keep
            String before = remove(day);
            audit.record(by, AuditEntry.Subject.CALENDAR, day.toString(), "change", before, working ? "工作日" : "休息日");
            return new DayView(day, working, null, false);
        }
        String before = remove(day);
        em.persist(new CalendarDay(day, working, clean));
        em.flush();
        audit.record(by, AuditEntry.Subject.CALENDAR, day.toString(), "change", before,
                (working ? "调休上班" : "放假") + (clean == null ? "" : "（" + clean + "）"));
        return year(day.getYear()).stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow();
    }

    /** Puts the year back as the national notice has it (local changes are dropped); the admin's, audited. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public List<DayView> resetToNational(int year, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        List<CalendarDay> national = nationalOf(year);
        if (national.isEmpty()) {
            throw new WorkflowException(Refusal.CALENDAR_NO_NATIONAL, year);
        }
        List<CalendarDay> kept = em.createNamedQuery("CalendarDay.findBetween", CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31)).getResultList();
        kept.forEach(em::remove);
        em.flush();
        national.forEach(em::persist);
        em.flush();
        audit.record(by, AuditEntry.Subject.CALENDAR, String.valueOf(year), "reset", kept.size() + " 天", national.size() + " 天（全国安排）");
        return year(year);
    }

    private String remove(LocalDate day) {
        List<CalendarDay> old = em.createNamedQuery("CalendarDay.findBetween", CalendarDay.class)
                .setParameter("from", day).setParameter("to", day).getResultList();
        old.forEach(em::remove);
        em.flush();
        return old.stream().findFirst().map(d -> (d.working() ? "调休上班" : "放假") + (d.note() == null ? "" : "（" + d.note() + "）"))
                .orElse(WorkCalendar.isWeekday(day) ? "工作日" : "休息日");
    }

    private static List<CalendarDay> nationalOf(int year) {
        return NationalHolidays.newCopy().stream().filter(d -> d.day().getYear() == year).toList();
    }
}
