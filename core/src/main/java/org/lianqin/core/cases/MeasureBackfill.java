package org.lianqin.core.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.kernel.Roles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures the cases that have no {@code case_measure} row: those written before the measures existed,
 * and those written around the services (an import, the data generator). Every minute it compares each
 * street office's count of cases with its count of rows (two index counts) and, where they differ, reads
 * the unmeasured cases in batches by id and writes their rows with the one rule of {@link MeasureRow}.
 * Changes to a case through the services keep its row themselves ({@link CaseMeasures}).
 */
@Singleton
@RunAs(Roles.SYSTEM)
@TransactionManagement(TransactionManagementType.BEAN)
public class MeasureBackfill {

    private static final Logger LOG = Logger.getLogger(MeasureBackfill.class.getName());
    private static final int BATCH = 2_000;
    private static final int ROWS_PER_INSERT = 500;

    /** The next unmeasured cases' ids, in the order of the (tenant, id) index. */
    private static final String NEXT = "SELECT c.id FROM case_file c FORCE INDEX (uk_case_tenant_id)"
            + " LEFT JOIN case_measure m ON m.tenant_id = c.tenant_id AND m.case_id = c.id"
            + " WHERE c.tenant_id = ? AND c.id > ? AND m.case_id IS NULL ORDER BY c.id LIMIT " + BATCH;

    /** What the rule needs of the unmeasured cases with ids in a range; the handler is the last HANDLE's. */
    private static final String FACTS = "SELECT c.id, c.channel, c.category_id, k.parent_id, c.grid_id, c.unit_id, h.actor_login,"
            + " c.state, c.reported_at, c.registered_at, c.dispatched_at, c.handled_at, c.closed_at, c.closed_on_time,"
            + " c.deferred, c.handle_deadline, c.rework_count, c.satisfaction"
            + " FROM case_file c JOIN category k ON k.tenant_id = c.tenant_id AND k.id = c.category_id"
            + " LEFT JOIN case_measure m ON m.tenant_id = c.tenant_id AND m.case_id = c.id"
            + " LEFT JOIN (SELECT case_id, MAX(id) AS id FROM case_event WHERE tenant_id = ? AND case_id BETWEEN ? AND ?"
            + "   AND action = 'HANDLE' GROUP BY case_id) last ON last.case_id = c.id"
            + " LEFT JOIN case_event h ON h.tenant_id = c.tenant_id AND h.id = last.id"
            + " WHERE c.tenant_id = ? AND c.id BETWEEN ? AND ? AND m.case_id IS NULL";

    @Resource(lookup = "jdbc/lianqin")
    DataSource db;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "measure backfill")
    void everyMinute() {
        try (Connection c = db.getConnection()) {
            for (String office : offices(c)) {
                try {
                    long start = System.nanoTime();
                    int filled = fill(c, office);
                    if (filled > 0) {
                        LOG.info(() -> String.format(java.util.Locale.ROOT, "%s: measured %,d cases written around the services (%.1f s)",
                                office, filled, (System.nanoTime() - start) / 1e9));
                    }
                } catch (SQLException e) {
                    LOG.log(Level.WARNING, "Measuring the cases of " + office + " failed", e);
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Measure backfill could not reach the database", e);
        }
    }

    /** Measures the office's unmeasured cases now (after an import, in tests); returns how many. */
    @RolesAllowed(Roles.SYSTEM)
    public int measureUnmeasured(String office) {
        try (Connection c = db.getConnection()) {
            return fill(c, office);
        } catch (SQLException e) {
            throw new IllegalStateException("Measuring the cases of " + office + " failed", e);
        }
    }

    /** Every street office that has cases, whatever its status: a suspended office's figures still count. */
    private static List<String> offices(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT tenant_id FROM case_file");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    /** Measures the office's unmeasured cases; returns how many. */
    static int fill(Connection c, String office) throws SQLException {
        if (count(c, "SELECT COUNT(*) FROM case_file WHERE tenant_id = ?", office)
                == count(c, "SELECT COUNT(*) FROM case_measure WHERE tenant_id = ?", office)) {
            return 0;
        }
        // one backfill per office at a time, across instances too (a cluster's timers, a test's call)
        if (count(c, "SELECT COALESCE(GET_LOCK(CONCAT('lianqin-measures-', ?), 0), 0)", office) != 1) {
            return 0;
        }
        try {
            return fillLocked(c, office);
        } finally {
            count(c, "SELECT COALESCE(RELEASE_LOCK(CONCAT('lianqin-measures-', ?)), 0)", office);
        }
    }

    private static int fillLocked(Connection c, String office) throws SQLException {
        WorkCalendar calendar = calendar(c, office);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        int total = 0;
        try {
            long after = 0;
            while (true) {
                long first = -1;
                long last = -1;
                try (PreparedStatement s = c.prepareStatement(NEXT)) {
                    s.setString(1, office);
                    s.setLong(2, after);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            last = r.getLong(1);
                            first = first < 0 ? last : first;
                        }
                    }
                }
                if (first < 0) {
                    break;
                }
                List<MeasureRow> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(FACTS)) {
                    s.setString(1, office);
                    s.setLong(2, first);
                    s.setLong(3, last);
                    s.setString(4, office);
                    s.setLong(5, first);
                    s.setLong(6, last);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(MeasureRow.of(facts(r), () -> calendar));
                        }
                    }
                }
                insert(c, office, rows);
                c.commit();
                total += rows.size();
                after = last;
            }
            rebuildMonths(c, office);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return total;
    }

    /**
     * The office's month counts and times made again from its rows (after rows were written around
     * CaseMeasures). The office's change mark is locked first, as every change of a case locks it before
     * its measures: a change waits for the rebuild or the rebuild for it, never each for the other.
     */
    private static void rebuildMonths(Connection c, String office) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement("SELECT changes FROM case_change_mark WHERE tenant_id = ? FOR UPDATE")) {
            mark.setString(1, office);
            mark.executeQuery().close();
        }
        try (PreparedStatement months = c.prepareStatement("DELETE FROM case_measure_month WHERE tenant_id = ?");
             PreparedStatement times = c.prepareStatement("DELETE FROM case_time_month WHERE tenant_id = ?");
             PreparedStatement rebuildMonths = c.prepareStatement(MeasureRow.MONTH_REBUILD);
             PreparedStatement rebuildTimes = c.prepareStatement(MeasureRow.TIME_REBUILD)) {
            months.setString(1, office);
            months.executeUpdate();
            times.setString(1, office);
            times.executeUpdate();
            rebuildMonths.setString(1, office);
            rebuildMonths.executeUpdate();
            for (int i = 1; i <= 4; i++) {
                rebuildTimes.setString(i, office);
            }
            rebuildTimes.executeUpdate();
        }
    }

    /** Rows written a few hundred to a statement: one round trip each, not one per row. */
    private static void insert(Connection c, String office, List<MeasureRow> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<MeasureRow> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            // IGNORE: a row the workflow wrote meanwhile is at least as new as what was read here
            String sql = "INSERT IGNORE INTO case_measure (" + MeasureRow.COLUMNS + ") VALUES "
                    + String.join(", ", java.util.Collections.nCopies(part.size(), MeasureRow.PLACEHOLDERS));
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int i = 1;
                for (MeasureRow row : part) {
                    for (Object value : row.values(office)) {
                        insert.setObject(i++, value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    private static MeasureRow.Facts facts(ResultSet r) throws SQLException {
        return new MeasureRow.Facts(r.getLong(1), r.getString(2), r.getLong(3), r.getObject(4, Long.class),
                r.getObject(5, Long.class), r.getObject(6, Long.class), r.getString(7), CaseState.valueOf(r.getString(8)),
                instant(r, 9), instant(r, 10), instant(r, 11), instant(r, 12), instant(r, 13),
                r.getObject(14, Boolean.class), r.getBoolean(15), instant(r, 16), r.getInt(17), r.getObject(18, Integer.class));
    }

    /** Read as {@link org.lianqin.core.persistence.InstantConverter} reads them. */
    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static WorkCalendar calendar(Connection c, String office) throws SQLException {
        Map<LocalDate, Boolean> days = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT day, working FROM calendar_day WHERE tenant_id = ?")) {
            s.setString(1, office);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    days.put(r.getDate(1).toLocalDate(), r.getBoolean(2));
                }
            }
        }
        return new WorkCalendar(days);
    }

    private static long count(Connection c, String sql, String office) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, office);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
