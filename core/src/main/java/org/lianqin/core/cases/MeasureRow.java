package org.lianqin.core.cases;

import org.lianqin.core.calendar.WorkCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * What the measures count of one case: the row {@code case_measure} keeps. Made from the case's own
 * columns by one rule, whether the case just changed ({@link CaseMeasures}) or is measured afterwards
 * ({@link MeasureBackfill}):
 * <ul>
 * <li>registered (立案): registered at some time and not rejected or merged;</li>
 * <li>handled: the unit reported a result that stands (a failed verification takes it back), or closed;</li>
 * <li>the four times in working minutes, of registered cases only: report → registration, registration →
 * (last) dispatch, dispatch → handling, report → closure.</li>
 * </ul>
 */
record MeasureRow(long caseId, LocalDate reportedOn, String channel, long categoryId, long groupId, Long gridId,
                  Long unitId, String handler, CaseState state, boolean registered, boolean handled, boolean closed,
                  Boolean closedOnTime, boolean deferred, Instant deadline, int rework, Integer rating,
                  Integer registerMinutes, Integer dispatchMinutes, Integer handleMinutes, Integer closeMinutes) {

    /** The case's timestamps and flags, as the case (or its row) holds them. */
    record Facts(long caseId, String channel, long categoryId, Long groupId, Long gridId, Long unitId, String handler,
                 CaseState state, Instant reportedAt, Instant registeredAt, Instant dispatchedAt, Instant handledAt,
                 Instant closedAt, Boolean closedOnTime, boolean deferred, Instant deadline, int rework,
                 Integer rating) {
    }

    static MeasureRow of(Facts f, Supplier<WorkCalendar> calendar) {
        boolean closed = f.state() == CaseState.CLOSED;
        boolean registered = f.registeredAt() != null && f.state() != CaseState.REJECTED && f.state() != CaseState.MERGED;
        return new MeasureRow(f.caseId(), f.reportedAt().atZone(WorkCalendar.CHINA).toLocalDate(), f.channel(),
                f.categoryId(), f.groupId() == null ? f.categoryId() : f.groupId(), f.gridId(), f.unitId(), f.handler(),
                f.state(), registered, registered && (closed || f.handledAt() != null), closed,
                closed ? f.closedOnTime() : null, f.deferred(), f.deadline(), f.rework(), f.rating(),
                registered ? minutes(calendar, f.reportedAt(), f.registeredAt()) : null,
                registered ? minutes(calendar, f.registeredAt(), f.dispatchedAt()) : null,
                registered ? minutes(calendar, f.dispatchedAt(), f.handledAt()) : null,
                registered && closed ? minutes(calendar, f.reportedAt(), f.closedAt()) : null);
    }

    /** Working minutes between the two, or null while one of them has not happened; the calendar is read only then. */
    private static Integer minutes(Supplier<WorkCalendar> calendar, Instant from, Instant to) {
        return from == null || to == null ? null : (int) calendar.get().workingMinutes(from, to);
    }

    /** The first day of the month the case was reported in: the key of its month's counts and times. */
    LocalDate reportedMonth() {
        return reportedOn.withDayOfMonth(1);
    }

    /**
     * What the row adds to its month's counts ({@code case_measure_month}, in {@link #MONTH_COUNTS}' order):
     * the counts that do not change with the time the figures are read.
     */
    int[] monthCounts() {
        return monthCounts(registered, handled, closed, closedOnTime, deferred, rework, rating);
    }

    static int[] monthCounts(boolean registered, boolean handled, boolean closed, Boolean closedOnTime, boolean deferred,
                             int rework, Integer rating) {
        // a closed case counts only as a registered one; "late" only when it is known to be (closed_on_time FALSE)
        boolean done = registered && closed;
        return new int[] {1, registered ? 1 : 0, handled ? 1 : 0, done ? 1 : 0, done && deferred ? 1 : 0,
                done && Boolean.TRUE.equals(closedOnTime) && !deferred ? 1 : 0, handled && rework > 0 ? 1 : 0,
                done && Boolean.FALSE.equals(closedOnTime) && !deferred ? 1 : 0, rating != null ? 1 : 0,
                rating != null && rating >= 4 ? 1 : 0};
    }

    /** The four times in tenths of a working hour (what the figures show), null where not yet. */
    Integer[] tenths() {
        return new Integer[] {tenths(registerMinutes), tenths(dispatchMinutes), tenths(handleMinutes), tenths(closeMinutes)};
    }

    static Integer tenths(Integer minutes) {
        return minutes == null ? null : minutes / 6;
    }

    static final String MONTH_COUNTS = "reported, registered, handled, closed_all, closed_deferred, on_time, reworked, closed_late, rated, satisfied";

    /** Adds (or with negative values takes away) a case's counts to its month, channel and group. */
    static final String MONTH_ADD = "INSERT INTO case_measure_month (tenant_id, reported_month, channel, group_id, " + MONTH_COUNTS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE reported = reported + VALUES(reported),"
            + " registered = registered + VALUES(registered), handled = handled + VALUES(handled),"
            + " closed_all = closed_all + VALUES(closed_all), closed_deferred = closed_deferred + VALUES(closed_deferred),"
            + " on_time = on_time + VALUES(on_time), reworked = reworked + VALUES(reworked),"
            + " closed_late = closed_late + VALUES(closed_late), rated = rated + VALUES(rated), satisfied = satisfied + VALUES(satisfied)";

    /** Adds (or takes away) one case at a time of a kind in its month. */
    static final String TIME_ADD = "INSERT INTO case_time_month (tenant_id, reported_month, kind, tenths, cases) VALUES (?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE cases = cases + VALUES(cases)";

    /** An office's month counts made again from its rows: the same sums as {@link #monthCounts}, in SQL. */
    static final String MONTH_REBUILD = "INSERT INTO case_measure_month (tenant_id, reported_month, channel, group_id, " + MONTH_COUNTS
            + ") SELECT tenant_id, DATE_FORMAT(reported_on, '%Y-%m-01'), channel, group_id, COUNT(*), SUM(registered), SUM(handled),"
            + " SUM(registered AND closed), SUM(registered AND closed AND deferred),"
            + " SUM(registered AND closed AND closed_on_time IS TRUE AND NOT deferred), SUM(handled AND rework > 0),"
            + " SUM(registered AND closed AND closed_on_time IS FALSE AND NOT deferred), SUM(rating IS NOT NULL),"
            + " SUM(rating IS NOT NULL AND rating >= 4)"
            + " FROM case_measure WHERE tenant_id = ? GROUP BY tenant_id, DATE_FORMAT(reported_on, '%Y-%m-01'), channel, group_id";

    /** An office's time distributions made again from its rows (tenths as {@link #tenths}: minutes DIV 6). */
    static final String TIME_REBUILD = "INSERT INTO case_time_month (tenant_id, reported_month, kind, tenths, cases)"
            + " SELECT tenant_id, m, kind, t, COUNT(*) FROM ("
            + " SELECT tenant_id, DATE_FORMAT(reported_on, '%Y-%m-01') m, 0 kind, register_min DIV 6 t FROM case_measure WHERE tenant_id = ? AND register_min IS NOT NULL"
            + " UNION ALL SELECT tenant_id, DATE_FORMAT(reported_on, '%Y-%m-01'), 1, dispatch_min DIV 6 FROM case_measure WHERE tenant_id = ? AND dispatch_min IS NOT NULL"
            + " UNION ALL SELECT tenant_id, DATE_FORMAT(reported_on, '%Y-%m-01'), 2, handle_min DIV 6 FROM case_measure WHERE tenant_id = ? AND handle_min IS NOT NULL"
            + " UNION ALL SELECT tenant_id, DATE_FORMAT(reported_on, '%Y-%m-01'), 3, close_min DIV 6 FROM case_measure WHERE tenant_id = ? AND close_min IS NOT NULL"
            + ") x GROUP BY tenant_id, m, kind, t";

    /** The columns in the order of {@link #INSERT}'s placeholders. */
    Object[] values(String tenant) {
        return new Object[] {tenant, reportedOn, caseId, channel, categoryId, groupId, gridId, unitId, handler,
                state.name(), registered, handled, closed, closedOnTime, deferred,
                deadline == null ? null : java.sql.Timestamp.from(deadline), rework, rating,
                registerMinutes, dispatchMinutes, handleMinutes, closeMinutes};
    }

    static final String COLUMNS = "tenant_id, reported_on, case_id, channel, category_id, group_id, grid_id, unit_id,"
            + " handler, state, registered, handled, closed, closed_on_time, deferred, deadline, rework, rating,"
            + " register_min, dispatch_min, handle_min, close_min";

    static final String PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Insert, or replace what may have changed; the handler stays when this change knew none. */
    static final String UPSERT_TAIL = " ON DUPLICATE KEY UPDATE channel = VALUES(channel), category_id = VALUES(category_id),"
            + " group_id = VALUES(group_id), grid_id = VALUES(grid_id), unit_id = VALUES(unit_id),"
            + " handler = COALESCE(VALUES(handler), handler), state = VALUES(state), registered = VALUES(registered),"
            + " handled = VALUES(handled), closed = VALUES(closed), closed_on_time = VALUES(closed_on_time),"
            + " deferred = VALUES(deferred), deadline = VALUES(deadline), rework = VALUES(rework), rating = VALUES(rating),"
            + " register_min = VALUES(register_min), dispatch_min = VALUES(dispatch_min),"
            + " handle_min = VALUES(handle_min), close_min = VALUES(close_min)";

    static final String INSERT = "INSERT INTO case_measure (" + COLUMNS + ") VALUES " + PLACEHOLDERS + UPSERT_TAIL;
}
