package org.lianqin.core.measures;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements over {@code case_measure}: the counts of {@link Figures} for the three periods of a
 * {@link Compared} in one range scan of the clustered key, grouped by period (and by a {@link Dimension});
 * the working minutes of the four times, read sorted-free and ranked here. Native SQL naming the tenant
 * explicitly (EclipseLink lets native SQL through only with the hint); every value is a parameter.
 */
final class MeasureSql {

    static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    /** The counts of {@link Figures}, in its order; {@code ?asOf} is where "now" stands for due and overdue. */
    private static final String COUNTS = "COUNT(*), SUM(registered), SUM(handled),"
            + " SUM(registered AND (closed OR deadline <= ?)),"
            + " SUM(registered AND (closed OR deadline <= ?) AND deferred),"
            + " SUM(registered AND closed AND NOT deferred), SUM(registered AND closed AND closed_on_time IS TRUE AND NOT deferred),"
            + " SUM(handled AND rework > 0),"
            + " SUM(registered AND NOT deferred AND ((closed AND closed_on_time IS FALSE) OR (NOT closed AND deadline < ?))),"
            + " SUM(rating IS NOT NULL), SUM(rating >= 4)";

    private final EntityManager em;
    private final String tenant;
    private final List<Period> periods;
    private final MeasureFilter filter;
    private final Long categoryId;
    private final boolean group;

    /**
     * @param categoryId the id of the filter's category code, resolved by the caller (null for none)
     * @param group whether that category is a 大类
     */
    MeasureSql(EntityManager em, String tenant, Compared<Period> periods, MeasureFilter filter, Long categoryId, boolean group) {
        this.em = em;
        this.tenant = tenant;
        this.periods = List.of(periods.now(), periods.previous(), periods.yearBefore());
        this.filter = filter;
        this.categoryId = categoryId;
        this.group = group;
    }

    /**
     * The period index (0 now, 1 before, 2 a year before) of the row, as SQL. For a year the period before
     * is the year before: its rows get 1, and the results copy them to 2.
     */
    private String periodCase() {
        return periodCase("reported_on");
    }

    private static String periodCase(String column) {
        return "CASE WHEN " + column + " >= ? AND " + column + " < ? THEN 0 WHEN " + column + " >= ? AND " + column
                + " < ? THEN 1 ELSE 2 END";
    }

    private String where() {
        return where("case_measure", "reported_on", "");
    }

    /** FROM the table (case_measure, or a month table for a summarised read) with the period and the filter. */
    private String where(String table, String date, String more) {
        String range = "(" + date + " >= ? AND " + date + " < ?)";
        StringBuilder w = new StringBuilder(" FROM " + table + " WHERE tenant_id = ?" + more + " AND ("
                + range + " OR " + range + " OR " + range + ")");
        if (filter.unitId() != null) {
            w.append(" AND unit_id = ?");
        }
        if (filter.gridId() != null) {
            w.append(" AND grid_id = ?");
        }
        if (categoryId != null) {
            w.append(group ? " AND group_id = ?" : " AND category_id = ?");
        }
        if (filter.channel() != null) {
            w.append(" AND channel = ?");
        }
        if (filter.handler() != null) {
            w.append(" AND handler = ?");
        }
        return w.toString();
    }

    private List<Object> whereParameters() {
        List<Object> p = new ArrayList<>();
        p.add(tenant);
        for (Period period : periods) {
            p.add(java.sql.Date.valueOf(period.start()));
            p.add(java.sql.Date.valueOf(period.end()));
        }
        if (filter.unitId() != null) {
            p.add(filter.unitId());
        }
        if (filter.gridId() != null) {
            p.add(filter.gridId());
        }
        if (categoryId != null) {
            p.add(categoryId);
        }
        if (filter.channel() != null) {
            p.add(filter.channel().name());
        }
        if (filter.handler() != null) {
            p.add(filter.handler());
        }
        return p;
    }

    private List<Object> periodParameters() {
        List<Object> p = new ArrayList<>();
        for (Period period : periods.subList(0, 2)) {
            p.add(java.sql.Date.valueOf(period.start()));
            p.add(java.sql.Date.valueOf(period.end()));
        }
        return p;
    }

    private Query query(String sql, List<Object> parameters) {
        Query q = em.createNativeQuery(sql).setHint(NATIVE, true);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q;
    }

    /**
     * Whether the month counts serve (a month, quarter or year): the whole office, or one channel or category group, by nothing, channel
     * or category group (a unit's, a grid's, a sub-category's or a person's figures count their cases).
     */
    private boolean summarised(Dimension by) {
        return byMonths() && filter.unitId() == null && filter.gridId() == null && filter.handler() == null && (categoryId == null || group)
                && (by == null || by == Dimension.CHANNEL || by == Dimension.CATEGORY_GROUP);
    }

    /** Months, quarters and years are whole months: their counts and times are the months'. */
    private boolean byMonths() {
        return periods.stream().allMatch(p -> p.kind() != PeriodKind.DAY && p.kind() != PeriodKind.WEEK);
    }

    /** Per period index, then per key of the dimension (the empty string for none), the counts of {@link Figures}. */
    Map<String, long[][]> counts(Dimension by, Instant asOf) {
        return summarised(by) ? countsFromMonths(by, asOf) : countsFromCases(by, asOf);
    }

    /**
     * The counts from the month counts, and the cases still open from their rows: due, deferred and overdue of
     * an open case depend on its deadline against the time of reading; of a closed one they do not.
     */
    private Map<String, long[][]> countsFromMonths(Dimension by, Instant asOf) {
        if (monthRows == null || !asOf.equals(openAsOf)) {
            readMonths(asOf);
        }
        Map<String, long[][]> result = new LinkedHashMap<>();
        for (Object[] r : monthRows) {
            String k = by == null ? "" : by == Dimension.CHANNEL ? (String) r[1] : r[2].toString();
            long[][] byPeriod = result.computeIfAbsent(k, x -> new long[3][]);
            int period = (Integer) r[0];
            long[] counts = byPeriod[period] == null ? (byPeriod[period] = new long[11]) : byPeriod[period];
            long[] add = (long[]) r[3];
            for (int i = 0; i < 11; i++) {
                counts[i] += add[i];
            }
        }
        if (periods.get(1).equals(periods.get(2))) {
            result.values().forEach(c -> c[2] = c[1]);
        }
        return result;
    }

    /** The rows the summarised reads share: the months' counts and the open cases', per period, channel and group. */
    private List<Object[]> monthRows;
    private Instant openAsOf;

    /**
     * The months' counts and the cases still open, by period, channel and group, read once for all the
     * summarised reads of a request: due, deferred and overdue of an open case depend on its deadline
     * against the time of reading; of a closed one they do not.
     */
    private void readMonths(Instant asOf) {
        List<Object> p = new ArrayList<>(periodParameters());
        p.addAll(whereParameters());
        String months = "SELECT " + periodCase("reported_month") + " AS p, channel, group_id, SUM(reported), SUM(registered),"
                + " SUM(handled), SUM(closed_all), SUM(closed_deferred), SUM(on_time), SUM(reworked), SUM(closed_late), SUM(rated),"
                + " SUM(satisfied)" + where("case_measure_month", "reported_month", "") + " GROUP BY p, channel, group_id";
        Timestamp at = Timestamp.from(asOf);
        List<Object> q = new ArrayList<>(periodParameters());
        q.addAll(List.of(at, at, at));
        q.addAll(whereParameters());
        String open = "SELECT " + periodCase() + " AS p, channel, group_id, SUM(deadline <= ?), SUM(deadline <= ? AND deferred),"
                + " SUM(deadline < ? AND NOT deferred)" + where("case_measure", "reported_on", " AND closed = FALSE AND registered = TRUE")
                + " GROUP BY p, channel, group_id";
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query(months, p).getResultList()) {
            Object[] r = (Object[]) row;
            long[] d = new long[10];
            for (int i = 0; i < 10; i++) {
                d[i] = number(r[i + 3]);
            }
            // reported, registered, handled, due, deferred, closed, closed on time, reworked, overdue, rated, satisfied
            rows.add(new Object[] {((Number) r[0]).intValue(), r[1], r[2],
                    new long[] {d[0], d[1], d[2], d[3], d[4], d[3] - d[4], d[5], d[6], d[7], d[8], d[9]}});
        }
        for (Object row : query(open, q).getResultList()) {
            Object[] r = (Object[]) row;
            long[] counts = new long[11];
            counts[3] = number(r[3]);
            counts[4] = number(r[4]);
            counts[8] = number(r[5]);
            rows.add(new Object[] {((Number) r[0]).intValue(), r[1], r[2], counts});
        }
        monthRows = rows;
        openAsOf = asOf;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Map<String, long[][]> countsFromCases(Dimension by, Instant asOf) {
        Timestamp at = Timestamp.from(asOf);
        String key = by == null ? "''" : by.column;
        List<Object> p = new ArrayList<>(periodParameters());
        p.addAll(List.of(at, at, at));
        p.addAll(whereParameters());
        String sql = "SELECT " + periodCase() + " AS p, " + key + " AS k, " + COUNTS + where() + " GROUP BY p, k";
        Map<String, long[][]> result = new LinkedHashMap<>();
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            String k = r[1] == null ? "" : r[1].toString();
            long[] counts = new long[11];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = r[i + 2] == null ? 0 : ((Number) r[i + 2]).longValue();
            }
            result.computeIfAbsent(k, x -> new long[3][])[((Number) r[0]).intValue()] = counts;
        }
        if (periods.get(1).equals(periods.get(2))) {
            result.values().forEach(c -> c[2] = c[1]);
        }
        return result;
    }

    /** Per period index, the four times (register, dispatch, handle, close). */
    Hours[][] hours() {
        return byMonths() && filter.equals(MeasureFilter.all()) ? hoursFromMonths() : hoursFromCases();
    }

    /** From the months' distributions: how many cases took how many tenths of an hour. */
    private Hours[][] hoursFromMonths() {
        List<Object> p = new ArrayList<>(periodParameters());
        p.addAll(whereParameters());
        String sql = "SELECT " + periodCase("reported_month") + " AS p, kind, tenths, SUM(cases)"
                + where("case_time_month", "reported_month", "") + " GROUP BY p, kind, tenths ORDER BY p, kind, tenths";
        int[][][] tenths = new int[3][4][64];
        long[][][] cases = new long[3][4][64];
        int[][] sizes = new int[3][4];
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            int period = ((Number) r[0]).intValue();
            int kind = ((Number) r[1]).intValue();
            int size = sizes[period][kind];
            if (size == tenths[period][kind].length) {
                tenths[period][kind] = Arrays.copyOf(tenths[period][kind], size * 2);
                cases[period][kind] = Arrays.copyOf(cases[period][kind], size * 2);
            }
            tenths[period][kind][size] = ((Number) r[2]).intValue();
            cases[period][kind][size] = ((Number) r[3]).longValue();
            sizes[period][kind]++;
        }
        Hours[][] hours = new Hours[3][4];
        for (int period = 0; period < 3; period++) {
            for (int kind = 0; kind < 4; kind++) {
                hours[period][kind] = Hours.ofDistribution(tenths[period][kind], cases[period][kind], sizes[period][kind]);
            }
        }
        if (periods.get(1).equals(periods.get(2))) {
            hours[2] = hours[1];
        }
        return hours;
    }

    /** From the cases' own minutes. */
    private Hours[][] hoursFromCases() {
        List<Object> p = new ArrayList<>(periodParameters());
        p.addAll(whereParameters());
        String sql = "SELECT " + periodCase() + ", register_min, dispatch_min, handle_min, close_min" + where()
                + " AND (register_min IS NOT NULL)";
        int[][][] values = new int[3][4][64];
        int[][] sizes = new int[3][4];
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            int period = ((Number) r[0]).intValue();
            for (int t = 0; t < 4; t++) {
                if (r[t + 1] != null) {
                    int[] v = values[period][t];
                    if (sizes[period][t] == v.length) {
                        v = values[period][t] = Arrays.copyOf(v, v.length * 2);
                    }
                    v[sizes[period][t]++] = ((Number) r[t + 1]).intValue();
                }
            }
        }
        Hours[][] hours = new Hours[3][4];
        for (int period = 0; period < 3; period++) {
            for (int t = 0; t < 4; t++) {
                Arrays.sort(values[period][t], 0, sizes[period][t]);
                hours[period][t] = Hours.of(values[period][t], sizes[period][t]);
            }
        }
        if (periods.get(1).equals(periods.get(2))) {
            hours[2] = hours[1];
        }
        return hours;
    }

    /** Cases reported per month: [0] in the first period's year, [1] in the second's; each 12 months. */
    long[][] monthly() {
        List<Object> p = new ArrayList<>(periodParameters());
        p.addAll(whereParameters());
        String sql = summarised(null)
                ? "SELECT " + periodCase("reported_month") + " AS p, MONTH(reported_month) AS m, SUM(reported)"
                        + where("case_measure_month", "reported_month", "") + " GROUP BY p, m"
                : "SELECT " + periodCase() + " AS p, MONTH(reported_on) AS m, COUNT(*)" + where() + " GROUP BY p, m";
        long[][] months = new long[2][12];
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            int period = ((Number) r[0]).intValue();
            if (period < 2) {
                months[period][((Number) r[1]).intValue() - 1] = ((Number) r[2]).longValue();
            }
        }
        return months;
    }

    /** The office's joint operations begun in each period (recorded as done), and their results by kind. */
    static Map<String, long[]> operations(EntityManager em, String tenant, Compared<Period> periods) {
        List<Period> list = List.of(periods.now(), periods.previous(), periods.yearBefore());
        Map<String, long[]> result = new LinkedHashMap<>();
        result.put("", new long[3]);
        for (int i = 0; i < 3; i++) {
            Timestamp from = Timestamp.from(list.get(i).start().atStartOfDay(org.lianqin.core.calendar.WorkCalendar.CHINA).toInstant());
            Timestamp to = Timestamp.from(list.get(i).end().atStartOfDay(org.lianqin.core.calendar.WorkCalendar.CHINA).toInstant());
            Object n = em.createNativeQuery("SELECT COUNT(*) FROM joint_operation WHERE tenant_id = ? AND status = 'DONE'"
                    + " AND starts_at >= ? AND starts_at < ?").setHint(NATIVE, true)
                    .setParameter(1, tenant).setParameter(2, from).setParameter(3, to).getSingleResult();
            result.get("")[i] = ((Number) n).longValue();
            for (Object row : em.createNativeQuery("SELECT k.name, SUM(r.quantity) FROM joint_operation o"
                    + " JOIN joint_operation_result r ON r.tenant_id = o.tenant_id AND r.operation_id = o.id"
                    + " JOIN operation_result_kind k ON k.tenant_id = r.tenant_id AND k.id = r.kind_id"
                    + " WHERE o.tenant_id = ? AND o.status = 'DONE' AND o.starts_at >= ? AND o.starts_at < ?"
                    + " GROUP BY k.id, k.name, k.position ORDER BY k.position").setHint(NATIVE, true)
                    .setParameter(1, tenant).setParameter(2, from).setParameter(3, to).getResultList()) {
                Object[] r = (Object[]) row;
                result.computeIfAbsent((String) r[0], k -> new long[3])[i] = ((Number) r[1]).longValue();
            }
        }
        return result;
    }

    /** For the keys of a dimension: [the key the board's filter takes, Chinese name, English name]. */
    static Map<String, String[]> names(EntityManager em, String tenant, Dimension by) {
        String sql = switch (by) {
            case CATEGORY_GROUP, CATEGORY -> "SELECT id, code, name_zh, name_en FROM category WHERE tenant_id = ?";
            case UNIT -> "SELECT id, id, name, name FROM unit WHERE tenant_id = ?";
            case GRID -> "SELECT id, code, CONCAT(code, ' ', name), CONCAT(code, ' ', name) FROM grid WHERE tenant_id = ?";
            case HANDLER -> "SELECT login, login, name, name FROM staff WHERE tenant_id = ?";
            case CHANNEL -> null;
        };
        Map<String, String[]> names = new HashMap<>();
        if (sql != null) {
            for (Object row : em.createNativeQuery(sql).setHint(NATIVE, true).setParameter(1, tenant).getResultList()) {
                Object[] r = (Object[]) row;
                names.put(r[0].toString(), new String[] {r[1].toString(), (String) r[2], (String) r[3]});
            }
        }
        return names;
    }
}
