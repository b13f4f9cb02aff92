package org.lianqin.core.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Roles;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** The current street office's work calendar. */
@Stateless
@PermitAll
public class Calendars {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    /** The calendar with its exceptions from the year before {@code around} to two years after. */
    public WorkCalendar around(LocalDate around) {
        Map<LocalDate, Boolean> exceptions = em.createNamedQuery("CalendarDay.findBetween", CalendarDay.class)
                .setParameter("from", around.minusYears(1))
                .setParameter("to", around.plusYears(2))
                .getResultStream()
                .collect(Collectors.toMap(CalendarDay::day, CalendarDay::working));
        return new WorkCalendar(exceptions);
    }

    /** Marks a day as a holiday ({@code working=false}) or a made-up working day (调休, {@code true}). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public void mark(LocalDate day, boolean working, String note) {
        em.createNamedQuery("CalendarDay.findBetween", CalendarDay.class)
                .setParameter("from", day).setParameter("to", day)
                .getResultStream().forEach(em::remove);
        em.flush();
        em.persist(new CalendarDay(day, working, note));
    }
}
