package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How long onboarding a street office takes through the provisioning API: the street-office template
 * (7 member units, 2 squads, the district's full catalogue with its extra questions, standard replies,
 * result kinds, the national calendar), a grid file of 40 grids checked against the boundary and each
 * other, and the first admin (a PBKDF2 hash of 120,000 iterations) — one transaction each. Beside it, in
 * the same run: the lightest authenticated call of the same API (the template list), and MariaDB's own
 * single-row insert rate on the same database times the rows one onboarding writes. Not part of
 * ./mvnw verify: {@code ./mvnw verify -pl ear -Pbenchmark -Dit.test=OnboardingBenchmark}; the table is
 * printed and written to {@code ear/target/onboarding-benchmark.md}.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingBenchmark {

    private static final int WARM_UP = 5;
    private static final int TIMED = 30;
    private static final int CALLS = 300;
    private static final int INSERTS = 1000;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void onboardingAStreetOfficeWithSevenUnitsFortyGridsAndTheFullCatalogue() throws Exception {
        District district = new District();
        List<Double> onboard = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            String code = String.format(Locale.ROOT, "bench%03d", i);
            double west = 120.0 + i * 0.05;
            String body = District.onboarding(code, "测试" + i + "街道", west, 30.0, 8, 5, District.gridFile("B" + i, west, 30.0, 8, 5));
            long start = System.nanoTime();
            HttpResponse<String> r = district.post("/offices", body);
            double ms = (System.nanoTime() - start) / 1e6;
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("40", PublicApi.field(r.body(), "grids"));
            if (i >= WARM_UP) {
                onboard.add(ms);
            }
            if (i == 0) {
                rows = rowsOf(code);
            }
        }
        List<Double> light = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            assertEquals(200, district.get("/templates").statusCode());
            light.add((System.nanoTime() - start) / 1e6);
        }
        double insertMs = singleRowInsertMs();

        String table = String.format(Locale.ROOT, """
                | what | median ms | p90 ms | max ms |
                |---|---|---|---|
                | onboard a street office (7 units, 40 grids, full catalogue), %d runs | %.1f | %.1f | %.1f |
                | GET /admin/api/v1/templates (same API, same token), %d calls | %.1f | %.1f | %.1f |
                | one durable single-row insert (MariaDB, same database), %d inserts | %.2f | | |

                One onboarding writes %d rows; as single-row inserts they would take about %.0f ms.
                """, TIMED, pct(onboard, 50), pct(onboard, 90), pct(onboard, 100),
                CALLS, pct(light, 50), pct(light, 90), pct(light, 100), INSERTS, insertMs, rows, rows * insertMs);
        System.out.println(table);
        Files.writeString(Path.of("target", "onboarding-benchmark.md"), table);
    }

    private static long rowsOf(String office) throws Exception {
        long rows = 1;   // the tenant row
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                     + "AND column_name = 'tenant_id'")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
                    q.setString(1, office);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        rows += r.getLong(1);
                    }
                }
            }
        }
        return rows + 1;   // and its onboarding record
    }

    /** Autocommitted single-row inserts into a scratch InnoDB table: each one durable, as MariaDB is configured. */
    private static double singleRowInsertMs() throws Exception {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT AUTO_INCREMENT PRIMARY KEY, tenant_id VARCHAR(32), "
                    + "name VARCHAR(100), created_at DATETIME(6)) ENGINE = InnoDB");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_insert (tenant_id, name, created_at) VALUES (?, ?, NOW(6))")) {
                for (int i = 0; i < INSERTS / 10; i++) {
                    insert.setString(1, "bench");
                    insert.setString(2, "warm-up " + i);
                    insert.executeUpdate();
                }
                long start = System.nanoTime();
                for (int i = 0; i < INSERTS; i++) {
                    insert.setString(1, "bench");
                    insert.setString(2, "row " + i);
                    insert.executeUpdate();
                }
                return (System.nanoTime() - start) / 1e6 / INSERTS;
            } finally {
                s.execute("DROP TABLE bench_insert");
            }
        }
    }

    private static double pct(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
    }
}
