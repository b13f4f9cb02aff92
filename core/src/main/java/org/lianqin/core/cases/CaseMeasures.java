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
 * Keeps a case's {@code case_measure} row, and its day's counts in {@code case_measure_month} and its times in {@code case_time_month}, in the
 * transaction of its change, so that the measures read rows that are never behind the cases. The row is
 * read (and locked) first: the month's counts and times move by the difference. Native SQL (an upsert JPQL cannot say) naming the tenant from
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
        WorkCalendar[] read = new WorkCalendar[1];   // read once, and only if a time is to be counted
        Supplier<WorkCalendar> calendar = () -> read[0] != null ? read[0]
                : (read[0] = calendars.around(c.reportedAt().atZone(WorkCalendar.CHINA).toLocalDate()));
        MeasureRow row = MeasureRow.of(new MeasureRow.Facts(c.id(), c.channel().name(), c.category().id(),
                c.category().parent() == null ? null : c.category().parent().id(),
                c.grid() == null ? null : c.grid().id(), c.unit() == null ? null : c.unit().id(), handler, c.state(),
                c.reportedAt(), c.registeredAt(), c.dispatchedAt(), c.handledAt(), c.closedAt(), c.closedOnTime(),
                c.deferred(), c.handleDeadline(), c.reworkCount(), c.satisfaction()), calendar);
        String office = TenantContext.require();
        List<?> before = em.createNativeQuery("SELECT channel, group_id, registered, handled, closed, closed_on_time, deferred,"
                        + " rework, rating, register_min, dispatch_min, handle_min, close_min FROM case_measure"
                        + " WHERE tenant_id = ? AND case_id = ? FOR UPDATE")
                .setHint(NATIVE, true).setParameter(1, office).setParameter(2, c.id()).getResultList();
        var insert = em.createNativeQuery(MeasureRow.INSERT).setHint(NATIVE, true);
        Object[] values = row.values(office);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
        LocalDate month = row.reportedMonth();
        int[] now = row.monthCounts();
        Integer[] timesNow = row.tenths();
        if (before.isEmpty()) {
            addToMonth(office, month, row.channel(), row.groupId(), now, 1);
            for (int kind = 0; kind < 4; kind++) {
                addTime(office, month, kind, timesNow[kind], 1);
            }
            return;
        }
        Object[] b = (Object[]) before.get(0);
        int[] then = MeasureRow.monthCounts(flag(b[2]), flag(b[3]), flag(b[4]), b[5] == null ? null : flag(b[5]), flag(b[6]),
                ((Number) b[7]).intValue(), b[8] == null ? null : ((Number) b[8]).intValue());
        String channelThen = (String) b[0];
        long groupThen = ((Number) b[1]).longValue();
        if (channelThen.equals(row.channel()) && groupThen == row.groupId()) {
            int[] delta = new int[now.length];
            boolean changed = false;
            for (int i = 0; i < now.length; i++) {
                delta[i] = now[i] - then[i];
                changed |= delta[i] != 0;
            }
            if (changed) {
                addToMonth(office, month, row.channel(), row.groupId(), delta, 1);
            }
        } else {   // the category (or channel) changed: out of one month row, into another, in the key's order
            int byChannel = channelThen.compareTo(row.channel());
            boolean thenFirst = byChannel != 0 ? byChannel < 0 : groupThen < row.groupId();
            addToMonth(office, month, thenFirst ? channelThen : row.channel(), thenFirst ? groupThen : row.groupId(),
                    thenFirst ? then : now, thenFirst ? -1 : 1);
            addToMonth(office, month, thenFirst ? row.channel() : channelThen, thenFirst ? row.groupId() : groupThen,
                    thenFirst ? now : then, thenFirst ? 1 : -1);
        }
        for (int kind = 0; kind < 4; kind++) {
            Integer timeThen = MeasureRow.tenths(b[9 + kind] == null ? null : ((Number) b[9 + kind]).intValue());
            if (!java.util.Objects.equals(timeThen, timesNow[kind])) {
                addTime(office, month, kind, timeThen, -1);
                addTime(office, month, kind, timesNow[kind], 1);
            }
        }
    }

    private void addToMonth(String office, LocalDate month, String channel, long group, int[] counts, int sign) {
        var add = em.createNativeQuery(MeasureRow.MONTH_ADD).setHint(NATIVE, true).setParameter(1, office)
                .setParameter(2, java.sql.Date.valueOf(month)).setParameter(3, channel).setParameter(4, group);
        for (int i = 0; i < counts.length; i++) {
            add.setParameter(5 + i, sign * counts[i]);
        }
        add.executeUpdate();
    }

    private void addTime(String office, LocalDate month, int kind, Integer tenths, int sign) {
        if (tenths != null) {
            em.createNativeQuery(MeasureRow.TIME_ADD).setHint(NATIVE, true).setParameter(1, office)
                    .setParameter(2, java.sql.Date.valueOf(month)).setParameter(3, kind).setParameter(4, tenths)
                    .setParameter(5, sign).executeUpdate();
        }
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
