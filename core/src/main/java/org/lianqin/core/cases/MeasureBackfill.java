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

    private static final String UNMEASURED = "SELECT c.id, c.channel, c.category_id, k.parent_id, c.grid_id, c.unit_id,"
            + " (SELECT e.actor_login FROM case_event e WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id"
            + "  AND e.action = 'HANDLE' ORDER BY e.id DESC LIMIT 1),"
            + " c.state, c.reported_at, c.registered_at, c.dispatched_at, c.handled_at, c.closed_at, c.closed_on_time,"
            + " c.deferred, c.handle_deadline, c.rework_count, c.satisfaction"
            + " FROM case_file c JOIN category k ON k.tenant_id = c.tenant_id AND k.id = c.category_id"
            + " LEFT JOIN case_measure m ON m.tenant_id = c.tenant_id AND m.case_id = c.id"
            + " WHERE c.tenant_id = ? AND c.id > ? AND m.case_id IS NULL ORDER BY c.id LIMIT " + BATCH;

    @Resource(lookup = "jdbc/lianqin")
    DataSource db;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "measure backfill")
    void everyMinute() {
        try (Connection c = db.getConnection()) {
            for (String office : offices(c)) {
                try {
                    int filled = fill(c, office);
                    if (filled > 0) {
                        LOG.info(() -> office + ": measured " + filled + " cases written around the services");
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
        try (PreparedStatement s = c.prepareStatement("SELECT tenant_id FROM case_state_count GROUP BY tenant_id");
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
        WorkCalendar calendar = calendar(c, office);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        int total = 0;
        try {
            long after = 0;
            while (true) {
                List<MeasureRow> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(UNMEASURED)) {
                    s.setString(1, office);
                    s.setLong(2, after);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(MeasureRow.of(facts(r), () -> calendar));
                        }
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                try (PreparedStatement insert = c.prepareStatement(MeasureRow.INSERT)) {
                    for (MeasureRow row : rows) {
                        Object[] values = row.values(office);
                        for (int i = 0; i < values.length; i++) {
                            insert.setObject(i + 1, values[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : values[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
                total += rows.size();
                after = rows.get(rows.size() - 1).caseId();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return total;
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
