package org.lianqin.core.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.Calendars;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.tenancy.TenantContext;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps a case's {@code case_measure} row, and its day's counts in {@code case_measure_day}, in the
 * transaction of its change, so that the measures read rows that are never behind the cases. The row is
 * read (and locked) first: the day counts move by the difference. Native SQL (an upsert JPQL cannot say) naming the tenant from
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
        String office = TenantContext.require();
        List<?> before = em.createNativeQuery("SELECT reported_on, channel, group_id, registered, handled, closed,"
                        + " closed_on_time, deferred, rework, rating FROM case_measure WHERE tenant_id = ? AND case_id = ? FOR UPDATE")
                .setHint(NATIVE, true).setParameter(1, office).setParameter(2, c.id()).getResultList();
        var insert = em.createNativeQuery(MeasureRow.INSERT).setHint(NATIVE, true);
        Object[] values = row.values(office);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
        int[] now = row.dayCounts();
        if (before.isEmpty()) {
            addToDay(office, row.reportedOn(), row.channel(), row.groupId(), now, 1);
            return;
        }
        Object[] b = (Object[]) before.get(0);
        int[] then = MeasureRow.dayCounts(flag(b[3]), flag(b[4]), flag(b[5]), b[6] == null ? null : flag(b[6]), flag(b[7]),
                ((Number) b[8]).intValue(), b[9] == null ? null : ((Number) b[9]).intValue());
        String channelThen = (String) b[1];
        long groupThen = ((Number) b[2]).longValue();
        if (channelThen.equals(row.channel()) && groupThen == row.groupId()) {
            int[] delta = new int[now.length];
            boolean changed = false;
            for (int i = 0; i < now.length; i++) {
                delta[i] = now[i] - then[i];
                changed |= delta[i] != 0;
            }
            if (changed) {
                addToDay(office, row.reportedOn(), row.channel(), row.groupId(), delta, 1);
            }
        } else {   // the category (or channel) changed: out of one day row, into another, in the rows' order
            boolean thenFirst = (channelThen + groupThen).compareTo(row.channel() + row.groupId()) < 0;
            if (thenFirst) {
                addToDay(office, row.reportedOn(), channelThen, groupThen, then, -1);
                addToDay(office, row.reportedOn(), row.channel(), row.groupId(), now, 1);
            } else {
                addToDay(office, row.reportedOn(), row.channel(), row.groupId(), now, 1);
                addToDay(office, row.reportedOn(), channelThen, groupThen, then, -1);
            }
        }
    }

    private void addToDay(String office, LocalDate day, String channel, long group, int[] counts, int sign) {
        var add = em.createNativeQuery(MeasureRow.DAY_ADD).setHint(NATIVE, true).setParameter(1, office)
                .setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, channel).setParameter(4, group);
        for (int i = 0; i < counts.length; i++) {
            add.setParameter(5 + i, sign * counts[i]);
        }
        add.executeUpdate();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
