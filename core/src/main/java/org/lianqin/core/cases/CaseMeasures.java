package org.lianqin.core.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.Calendars;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.tenancy.TenantContext;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Keeps a case's {@code case_measure} row in the transaction of its change, so that the measures read
 * rows that are never behind the cases. Native SQL (an upsert JPQL cannot say) naming the tenant from
 * {@link TenantContext}, as {@link StateCounts} does.
 */
@Dependent
class CaseMeasures {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    Calendars calendars;

    /** The case as it now stands; {@code event} is the change that brought it here (its handler, if it is one). */
    void measure(Case c, CaseEvent event) {
        String handler = event.action() == CaseAction.HANDLE ? event.actorLogin() : null;
        Supplier<WorkCalendar> calendar = () -> calendars.around(c.reportedAt().atZone(WorkCalendar.CHINA).toLocalDate());
        MeasureRow row = MeasureRow.of(new MeasureRow.Facts(c.id(), c.channel().name(), c.category().id(),
                c.category().parent() == null ? null : c.category().parent().id(),
                c.grid() == null ? null : c.grid().id(), c.unit() == null ? null : c.unit().id(), handler, c.state(),
                c.reportedAt(), c.registeredAt(), c.dispatchedAt(), c.handledAt(), c.closedAt(), c.closedOnTime(),
                c.deferred(), c.handleDeadline(), c.reworkCount(), c.satisfaction()), calendar);
        var insert = em.createNativeQuery(MeasureRow.INSERT).setHint(NATIVE, true);
        Object[] values = row.values(TenantContext.require());
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
    }
}
