package org.lianqin.core.cases;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How long the first page of the portal's case lists, the board's counts and change check, and a case's
 * detail take with a million cases in one street office, against the same with a thousand (the
 * baseline), measured in the same run on the same server.
 * Not part of ./mvnw verify: run with {@code ./mvnw verify -pl core -am -Pbenchmark}; the table is
 * written to the server's temporary directory as case-list-benchmark.md (and its log).
 */
@ExtendWith(ArquillianExtension.class)
class CaseListBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 25;

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("case-list-benchmark", CaseListBenchmark.class, WorkflowFixture.class, TestClock.class);
    }

    @EJB
    CaseQueries queries;

    @EJB
    CaseService cases;

    @EJB
    WorkflowFixture fixture;

    @EJB
    AsSystem system;

    @Resource(lookup = "jdbc/lianqin")
    DataSource db;

    @Test
    void firstPageOfTheCaseListsAtAThousandAndAtAMillionCases() throws Exception {
        Map<String, Integer> offices = new LinkedHashMap<>();
        offices.put("bench-small", 1_000);
        offices.put("bench-large", 1_000_000);
        StringBuilder table = new StringBuilder("| list (first page of 20) | 1,000 cases: median / p95 ms | 1,000,000 cases: median / p95 ms |\n|---|---|---|\n");
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (var office : offices.entrySet()) {
            fixture.ensureStreetOffice(office.getKey());
            long seconds = fill(office.getKey(), office.getValue());
            System.out.printf(Locale.ROOT, "%s: %,d cases (filled in %d s)%n", office.getKey(), office.getValue(), seconds);
            long unitId = system.as(office.getKey(),
                    () -> fixture.officerOf(org.lianqin.core.organisation.UnitType.CITY_MGMT).unitId());
            Map<String, Supplier<CaseFilter>> lists = new LinkedHashMap<>();
            lists.put("all, newest first", CaseFilter::any);
            lists.put("dispatched, newest first", () -> CaseFilter.any().withStates(Set.of(CaseState.DISPATCHED)));
            lists.put("one unit's open cases", () -> CaseFilter.any().withUnit(unitId)
                    .withStates(Set.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS)));
            lists.put("overdue", () -> CaseFilter.any().withOverdue(true));
            lists.put("number prefix search", () -> CaseFilter.any().withText(office.getKey().toUpperCase(Locale.ROOT) + "-2025-00012"));
            lists.put("word in description", () -> CaseFilter.any().withText("早市"));
            for (var list : lists.entrySet()) {
                CaseFilter filter = list.getValue().get();
                CaseSort sort = list.getKey().equals("overdue") ? CaseSort.DEADLINE_FIRST : CaseSort.NEWEST_FIRST;
                cells.computeIfAbsent(list.getKey(), k -> new ArrayList<>())
                        .add(measure(office.getKey(), () -> queries.list(filter, sort, 0, 20)));
            }
            // what the portal's board and case view ask of core per request
            CaseFilter board = CaseFilter.any().withStates(CaseState.OPEN);
            cells.computeIfAbsent("board: counts per state and overdue", k -> new ArrayList<>())
                    .add(measure(office.getKey(), queries::counts));
            cells.computeIfAbsent("board: first page (counts + 50 open cases by deadline)", k -> new ArrayList<>())
                    .add(measure(office.getKey(), () -> List.of(queries.counts(), queries.list(board, CaseSort.DEADLINE_FIRST, 0, 50))));
            cells.computeIfAbsent("board: newest change (push check)", k -> new ArrayList<>())
                    .add(measure(office.getKey(), queries::latestChange));
            String detailed = withTimeline(office.getKey(), office.getValue() / 2);
            cells.computeIfAbsent("case detail with an 8-step timeline", k -> new ArrayList<>())
                    .add(measure(office.getKey(), () -> cases.find(detailed).orElseThrow()));
        }
        cells.forEach((name, values) -> table.append("| ").append(name).append(" | ")
                .append(String.join(" | ", values)).append(" |\n"));
        System.out.println(table);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "case-list-benchmark.md"), table);
    }

    private String measure(String office, Supplier<?> call) throws Exception {
        return system.as(office, () -> {
            for (int i = 0; i < WARM_UP; i++) {
                call.get();
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                call.get();
                nanos[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(nanos);
            return String.format(Locale.ROOT, "%.1f / %.1f", nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6);
        });
    }

    /**
     * Fills the street office with generated cases over two years (60% closed, the rest spread over the
     * open states; 2% overdue), with MariaDB's sequence engine: no EntityManager, one statement.
     */
    private long fill(String office, int count) throws SQLException {
        try (Connection c = db.getConnection()) {
            String first = office.toUpperCase(Locale.ROOT) + "-2025-000001";
            if (count(c, office) >= count && id(c, "SELECT COUNT(*) FROM case_file WHERE tenant_id = ? AND number = '" + first + "'", office) == 1) {
                return 0;
            }
            long start = System.nanoTime();
            long category = id(c, "SELECT id FROM category WHERE tenant_id = ? AND code = '0104'", office);
            long unit = id(c, "SELECT id FROM unit WHERE tenant_id = ? AND type = 'CITY_MGMT'", office);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM case_event WHERE tenant_id = '" + office + "'");
                s.execute("DELETE FROM case_measure WHERE tenant_id = '" + office + "'");
                s.execute("DELETE FROM case_file WHERE tenant_id = '" + office + "'");
                s.execute("INSERT INTO case_file (tenant_id, number, channel, category_id, address, description,"
                        + " priority, state, unit_id, reported_at, handle_deadline, overdue, deferred, pending_deferral,"
                        + " rework_count, version) SELECT '" + office + "', CONCAT('" + office.toUpperCase(Locale.ROOT)
                        + "-2025-', IF(seq < 1000000, LPAD(seq, 6, '0'), seq)), ELT(1 + seq % 4, 'PUBLIC_WEB', 'PATROL', 'HOTLINE_12345', 'CCTV_ALARM'), "
                        + category + ", CONCAT('龙华西路 ', seq % 500, ' 号'), IF(seq % 1000 = 7, '早市摊贩占道', CONCAT('问题描述 ', seq)),"
                        + " 'NORMAL', ELT(1 + seq % 20, 'CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED',"
                        + "'CLOSED','CLOSED','CLOSED','CLOSED','REGISTERED','REGISTERED','DISPATCHED','DISPATCHED','DISPATCHED',"
                        + "'IN_PROGRESS','IN_PROGRESS','HANDLED'), " + unit + ","
                        + " TIMESTAMPADD(SECOND, seq * (63072000 DIV " + count + "), '2024-01-01'),"
                        + " TIMESTAMPADD(SECOND, seq * (63072000 DIV " + count + ") + 86400, '2024-01-01'),"
                        + " seq % 50 = 0, FALSE, FALSE, 0, 0 FROM seq_1_to_" + count);
                s.execute("DELETE FROM case_state_count WHERE tenant_id = '" + office + "'");
                s.execute("INSERT INTO case_state_count (tenant_id, state, cases) SELECT tenant_id, state, COUNT(*)"
                        + " FROM case_file WHERE tenant_id = '" + office + "' GROUP BY tenant_id, state");
                s.execute("ANALYZE TABLE case_file");
            }
            assertEquals(count, count(c, office));
            return (System.nanoTime() - start) / 1_000_000_000;
        }
    }

    /** Gives the office's case of that sequence number a timeline of eight steps, as a handled-and-verified case has. */
    private String withTimeline(String office, int seq) throws SQLException {
        String number = office.toUpperCase(Locale.ROOT) + "-2025-" + String.format(Locale.ROOT, "%06d", seq);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            long id = id(c, "SELECT id FROM case_file WHERE tenant_id = ? AND number = '" + number + "'", office);
            s.execute("DELETE FROM case_event WHERE tenant_id = '" + office + "' AND case_id = " + id);
            String[][] steps = {{"REPORT", "REPORTED"}, {"REGISTER", "REGISTERED"}, {"DISPATCH", "DISPATCHED"},
                {"ACCEPT", "IN_PROGRESS"}, {"COMMENT", "IN_PROGRESS"}, {"HANDLE", "HANDLED"},
                {"VERIFY_PASS", "CLOSED"}, {"RATE", "CLOSED"}};
            for (String[] step : steps) {
                s.execute("INSERT INTO case_event (tenant_id, case_id, action, to_state, actor_kind, actor_login, actor_name,"
                        + " occurred_at, note) VALUES ('" + office + "', " + id + ", '" + step[0] + "', '" + step[1]
                        + "', 'STAFF', 'dispatcher', '李强', NOW(6), '处置说明')");
            }
        }
        return number;
    }

    private static long count(Connection c, String office) throws SQLException {
        return id(c, "SELECT COUNT(*) FROM case_file WHERE tenant_id = ?", office);
    }

    private static long id(Connection c, String sql, String office) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, office);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
