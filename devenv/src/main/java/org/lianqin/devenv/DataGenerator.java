package org.lianqin.devenv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills a Lianqin database with a district's worth of data for benchmarks and for trying the product at
 * scale: street offices onboarded through the district's own provisioning API (units, squads, catalogue,
 * calendar and duty from the street-office template; 40 irregular grids each), a dozen staff each, and
 * cases over two years written with MariaDB's sequence engine — channels, categories, places inside their
 * grids, seasons and office hours, every state with its timeline, overdue and reworked cases, ratings —
 * and the offices' joint operations with their results.
 *
 * <p>Deterministic: the same {@link Spec} (seed and last day included) gives the same offices, cases and
 * timelines. Resumable: an office already onboarded is not onboarded again, and an office whose cases are
 * all there is left alone; an office interrupted half-way is emptied and filled again. Generated offices
 * have codes starting {@code gen-}, so they never meet the demo's or a real district's.
 */
public final class DataGenerator {

    /** What to generate. {@code largest} cases go to the first office, the rest is spread evenly. */
    public record Spec(int offices, long cases, long largest, long seed, LocalDate until) {

        public Spec {
            if (offices < 1 || cases < offices || largest > cases || (offices > 1 && largest < 1)) {
                throw new IllegalArgumentException("Not a spec: " + offices + " offices, " + cases + " cases, the largest office " + largest);
            }
            if (largest > 600_000 || (offices > 1 && (cases - largest) / (offices - 1) > 600_000)) {
                throw new IllegalArgumentException("At most 600,000 cases an office: case numbers have six digits a year");
            }
        }

        public static Spec fromSystemProperties() {
            return new Spec(Integer.getInteger("generate.offices", 100), Long.getLong("generate.cases", 1_000_000L),
                    Long.getLong("generate.largest", 100_000L), Long.getLong("generate.seed", 2026L),
                    LocalDate.parse(System.getProperty("generate.until", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString())));
        }

        long casesOf(int office) {
            if (offices == 1) {
                return cases;
            }
            long rest = cases - largest;
            return office == 0 ? largest : rest / (offices - 1) + (office - 1 < rest % (offices - 1) ? 1 : 0);
        }
    }

    /** One generated street office. */
    public record Office(String code, String name, double west, double south) {
    }

    static final int COLUMNS = 8;
    static final int ROWS = 5;
    static final double CELL = 0.004;
    private static final String PLACES = "春申松江浦虹梅兰竹菊桂柳杨槐榆桃杏梨樱桑";
    private static final String[] PINYIN = {"chun", "shen", "song", "jiang", "pu", "hong", "mei", "lan", "zhu", "ju",
        "gui", "liu", "yang", "huai", "yu", "tao", "xing", "li", "ying", "sang"};
    private static final String ENDS = "林园桥泾浜";
    private static final String[] END_PINYIN = {"lin", "yuan", "qiao", "jing", "bang"};

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final URI admin;
    private final String token;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param admin the provisioning API's base, e.g. {@code http://localhost:8080/admin/api/v1}
     * @param token a district admin's API token
     */
    public DataGenerator(String jdbcUrl, String user, String password, URI admin, String token, Consumer<String> log) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.admin = admin;
        this.token = token;
        this.log = log;
    }

    /**
     * The generate command ({@code ./mvnw -Pgenerate}, see README): starts the database and the
     * application as the run command does (embedded, or the one configured), fills it and stops. Options:
     * {@code -Dgenerate.cases=1000000 -Dgenerate.offices=100 -Dgenerate.largest=100000 -Dgenerate.seed=2026
     * -Dgenerate.until=2026-11-27}.
     */
    public static void main(String[] args) throws Exception {
        Spec spec = Spec.fromSystemProperties();
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(DataGenerator.class.getName());
        Environment env = DevServer.startAndDeploy();
        try {
            Database db = env.database();
            URI admin = URI.create("http://localhost:" + env.domain().httpPort() + "/admin/api/v1");
            long cases = withToken(db.jdbcUrl(), db.user(), db.password(), token ->
                    new DataGenerator(db.jdbcUrl(), db.user(), db.password(), admin, token, logger::info).generate(spec));
            logger.info(String.format(Locale.ROOT, "%n%nGenerated: %,d cases in %d street offices (gen-…), seed %d, until %s."
                    + "%nStart the application on this data with ./mvnw -Prun; staff of a generated office sign in as"
                    + " dispatcher@gen-chunlin (or leader@…, admin@…) with demo2026.%n", cases, spec.offices(), spec.seed(), spec.until()));
        } finally {
            env.close();
        }
    }

    /** What runs with a district API token made for it and revoked afterwards. */
    public interface WithToken<T> {
        T run(String token) throws Exception;
    }

    /**
     * Runs {@code work} with a provisioning API token of the first district admin, made for this run (only
     * its SHA-256 is stored, as the console stores its own) and revoked when the work ends.
     */
    public static <T> T withToken(String jdbcUrl, String user, String password, WithToken<T> work) throws Exception {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = "gen_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement p = c.prepareStatement("INSERT INTO district_token (user_id, name, token_hash, created_at)"
                     + " SELECT MIN(id), '数据生成', ?, UTC_TIMESTAMP(6) FROM district_user HAVING MIN(id) IS NOT NULL",
                     Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8))));
            if (p.executeUpdate() != 1) {
                throw new IllegalStateException("No district admin in the database: start the application once first");
            }
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try {
            return work.run(token);
        } finally {
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                 PreparedStatement p = c.prepareStatement("UPDATE district_token SET revoked_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }

    /** The generated offices of the spec: names, codes and places, the same for every run. */
    public static List<Office> offices(Spec spec) {
        List<Office> offices = new ArrayList<>();
        for (int i = 0; i < spec.offices(); i++) {
            int a = i % PLACES.length();
            int b = (i / PLACES.length()) % ENDS.length();
            int round = i / (PLACES.length() * ENDS.length());
            String suffix = round == 0 ? "" : String.valueOf(round + 1);
            offices.add(new Office("gen-" + PINYIN[a] + END_PINYIN[b] + suffix,
                    PLACES.charAt(a) + "" + ENDS.charAt(b) + suffix + "街道",
                    121.20 + (i % 10) * 0.04, 30.95 + (i / 10) * 0.03));
        }
        return offices;
    }

    /** Generates what is missing; returns the number of cases of generated offices in the database. */
    public long generate(Spec spec) throws IOException, InterruptedException, SQLException {
        List<Office> offices = offices(spec);
        long started = System.nanoTime();
        for (Office office : offices) {
            onboard(office, spec.seed());
        }
        log.accept(String.format(Locale.ROOT, "%d street offices onboarded (%.0f s)", offices.size(), (System.nanoTime() - started) / 1e9));
        String staffHash = pbkdf2("demo2026");
        long total = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            for (int i = 0; i < offices.size(); i++) {
                Office office = offices.get(i);
                long wanted = spec.casesOf(i);
                long t = System.nanoTime();
                if (count(c, "SELECT COUNT(*) FROM case_file WHERE tenant_id = ?", office.code()) == wanted
                        && count(c, "SELECT COUNT(*) FROM joint_operation WHERE tenant_id = ?", office.code()) > 0) {
                    total += wanted;
                    continue;
                }
                fillOffice(c, office, wanted, spec, staffHash);
                total += wanted;
                long done = total;
                log.accept(String.format(Locale.ROOT, "%s: %,d cases (%.1f s; %,d in all)", office.code(), wanted,
                        (System.nanoTime() - t) / 1e9, done));
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE case_file, case_event");
            }
        }
        log.accept(String.format(Locale.ROOT, "%,d cases in %d street offices, %.0f s in all", total, offices.size(),
                (System.nanoTime() - started) / 1e9));
        return total;
    }

    private void onboard(Office office, long seed) throws IOException, InterruptedException {
        HttpResponse<String> existing = http.send(request("/offices/" + office.code()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (existing.statusCode() == 200) {
            return;
        }
        String body = "{\"code\":\"" + office.code() + "\",\"name\":\"" + office.name() + "\",\"kind\":\"STREET\","
                + "\"template\":\"xuhui-street\",\"district\":\"徐汇区\",\"boundary\":"
                + rectangle(office.west() - 0.001, office.south() - 0.001, office.west() + COLUMNS * CELL + 0.001, office.south() + ROWS * CELL + 0.001)
                + ",\"grids\":" + gridFile(office, seed) + ",\"admin\":{\"login\":\"admin\",\"name\":\"管理员\"}}";
        HttpResponse<String> created = http.send(request("/offices").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("Onboarding " + office.code() + " answered " + created.statusCode() + ": " + created.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(admin + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
    }

    /**
     * {@value #COLUMNS} × {@value #ROWS} blocks whose inner corners are moved a little, the same way for
     * the blocks that share them: irregular four-sided grids that tile the office without gaps or overlaps.
     */
    static String gridFile(Office office, long seed) {
        double[][][] corner = new double[COLUMNS + 1][ROWS + 1][];
        Random random = new Random(seed ^ office.code().hashCode());
        for (int x = 0; x <= COLUMNS; x++) {
            for (int y = 0; y <= ROWS; y++) {
                boolean inner = x > 0 && x < COLUMNS && y > 0 && y < ROWS;
                double dx = inner ? (random.nextDouble() - 0.5) * 0.3 * CELL : 0;
                double dy = inner ? (random.nextDouble() - 0.5) * 0.3 * CELL : 0;
                corner[x][y] = new double[] {office.west() + x * CELL + dx, office.south() + y * CELL + dy};
            }
        }
        List<String> features = new ArrayList<>();
        for (int k = 0; k < COLUMNS * ROWS; k++) {
            int x = k % COLUMNS;
            int y = k / COLUMNS;
            double[][] ring = {corner[x][y], corner[x + 1][y], corner[x + 1][y + 1], corner[x][y + 1], corner[x][y]};
            StringBuilder coordinates = new StringBuilder();
            for (double[] p : ring) {
                coordinates.append(coordinates.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]", p[0], p[1]));
            }
            features.add(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"code\":\"G%02d\",\"name\":\"第%d网格\"},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[%s]]}}", k + 1, k + 1, coordinates));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String rectangle(double west, double south, double east, double north) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                west, south, east, south, east, north, west, north, west, south);
    }

    /** The office's staff, cases, timelines, counters and joint operations, after removing any half-done ones. */
    private void fillOffice(Connection c, Office office, long cases, Spec spec, String staffHash) throws SQLException {
        String o = office.code();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // what was there (a half-done run, or what somebody did with the office since): gone, children first
            s.execute("UPDATE case_file SET duplicate_of_id = NULL WHERE tenant_id = '" + o + "' AND duplicate_of_id IS NOT NULL");
            for (String table : List.of("joint_operation_result", "joint_operation_case", "joint_operation_unit", "joint_operation_grid",
                    "joint_operation", "case_time_month", "case_measure_month", "case_measure", "case_attachment", "case_follower", "case_supporter", "case_public", "case_event",
                    "case_file", "case_state_count", "case_number")) {
                s.execute("DELETE FROM " + table + " WHERE tenant_id = '" + o + "'");
            }
            staff(c, o, staffHash);
            // the office's grids (their middles) and public categories, numbered for picking by a random value
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS gen_grid (k INT PRIMARY KEY, id BIGINT, lon DOUBLE, lat DOUBLE)");
            s.execute("DELETE FROM gen_grid");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gen_grid SELECT ?, id, ?, ? FROM grid WHERE tenant_id = ? AND code = ?")) {
                for (int k = 0; k < COLUMNS * ROWS; k++) {
                    p.setInt(1, k);
                    p.setDouble(2, office.west() + (k % COLUMNS + 0.5) * CELL);
                    p.setDouble(3, office.south() + (k / COLUMNS + 0.5) * CELL);
                    p.setString(4, o);
                    p.setString(5, String.format(Locale.ROOT, "G%02d", k + 1));
                    p.executeUpdate();   // not a batch: MariaDB's bulk protocol takes no INSERT ... SELECT
                }
            }
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS gen_category (k INT PRIMARY KEY, id BIGINT, name VARCHAR(64), unit_id BIGINT)");
            s.execute("DELETE FROM gen_category");
            s.execute("INSERT INTO gen_category SELECT ROW_NUMBER() OVER (ORDER BY c.code) - 1, c.id, c.name_zh,"
                    + " COALESCE((SELECT MIN(u.id) FROM unit u WHERE u.tenant_id = c.tenant_id AND u.type = c.unit_type),"
                    + "          (SELECT MIN(u.id) FROM unit u WHERE u.tenant_id = c.tenant_id AND u.type = 'CITY_MGMT'))"
                    + " FROM category c WHERE c.tenant_id = '" + o + "' AND c.parent_id IS NOT NULL AND c.public_visible");
            long categories = count(c, "SELECT COUNT(*) FROM gen_category WHERE ? IS NOT NULL", o);
            s.execute(GeneratedCases.insert(o, cases, categories, spec));
            s.execute(GeneratedCases.timelines(o));
            s.execute("INSERT INTO case_public (tenant_id, case_id, supporters) SELECT tenant_id, id, 1 + CRC32(number) % 7 FROM case_file"
                    + " WHERE tenant_id = '" + o + "' AND CRC32(number) % 17 = 0 AND state NOT IN ('REPORTED', 'REJECTED')");
            s.execute("INSERT INTO case_state_count (tenant_id, state, cases) SELECT tenant_id, state, COUNT(*) FROM case_file"
                    + " WHERE tenant_id = '" + o + "' GROUP BY tenant_id, state");
            s.execute("INSERT INTO case_number (tenant_id, year, last_value) SELECT tenant_id,"
                    + " CAST(SUBSTRING(number, LENGTH(tenant_id) + 2, 4) AS INT), MAX(CAST(SUBSTRING_INDEX(number, '-', -1) AS INT))"
                    + " FROM case_file WHERE tenant_id = '" + o + "' GROUP BY 1, 2");
            operations(c, o, spec);
            // the board's change mark moves, so an open board reads the office again
            s.execute("INSERT INTO case_change_mark (tenant_id, changes) VALUES ('" + o + "', 1) ON DUPLICATE KEY UPDATE changes = changes + 1");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** A dispatcher, a leader, two inspectors and an officer of each unit; every one signs in with demo2026. */
    private static void staff(Connection c, String o, String hash) throws SQLException {
        if (count(c, "SELECT COUNT(*) FROM staff WHERE tenant_id = ? AND login = 'dispatcher'", o) > 0) {
            return;
        }
        Map<String, String> people = new LinkedHashMap<>();
        people.put("dispatcher", "DISPATCHER|陈静");
        people.put("leader", "LEADER|周建国");
        people.put("inspector1", "INSPECTOR|赵磊");
        people.put("inspector2", "INSPECTOR|孙悦");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO staff (tenant_id, login, name, roles, password_hash) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, String> e : people.entrySet()) {
                String[] roleAndName = e.getValue().split("\\|");
                p.setString(1, o);
                p.setString(2, e.getKey());
                p.setString(3, roleAndName[1]);
                p.setString(4, roleAndName[0]);
                p.setString(5, hash);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO staff (tenant_id, login, name, unit_id, roles, password_hash) SELECT tenant_id,"
                    + " CONCAT('unit', id), CONCAT(LEFT(name, 6), '联络员'), id, 'UNIT_OFFICER', '" + hash + "' FROM unit WHERE tenant_id = '" + o + "'");
            s.execute("UPDATE staff SET password_hash = '" + hash + "', password_change_required = FALSE WHERE tenant_id = '" + o + "' AND login = 'admin'");
        }
    }

    /** Two joint operations a month, each with two units, two grids, three of its cases and two results. */
    private static void operations(Connection c, String o, Spec spec) throws SQLException {
        List<Long> units = ids(c, "SELECT id FROM unit WHERE tenant_id = ? ORDER BY id", o);
        List<Long> grids = ids(c, "SELECT id FROM grid WHERE tenant_id = ? ORDER BY code", o);
        List<Long> kinds = ids(c, "SELECT id FROM operation_result_kind WHERE tenant_id = ? ORDER BY position", o);
        Random random = new Random(spec.seed() ^ o.hashCode());
        String[] titles = {"占道经营集中整治", "夜市秩序联合执法", "校园周边环境整治", "共享单车清理行动", "违法建筑联合拆除", "燃气安全联合检查"};
        LocalDate first = spec.until().minusYears(2).withDayOfMonth(1);
        for (LocalDate month = first; month.isBefore(spec.until().withDayOfMonth(1)); month = month.plusMonths(1)) {
            for (int half = 0; half < 2; half++) {
                LocalDate day = month.plusDays(3 + half * 14 + random.nextInt(8));
                String at = day + " 01:00:00";   // 09:00 in Beijing
                long id;
                try (PreparedStatement p = c.prepareStatement("INSERT INTO joint_operation (tenant_id, title, target, starts_at, ends_at,"
                        + " status, planned_by, result_note, recorded_at) VALUES (?, ?, ?, ?, TIMESTAMPADD(HOUR, 4, ?), 'DONE', 'dispatcher', ?,"
                        + " TIMESTAMPADD(HOUR, 6, ?))", Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, o);
                    p.setString(2, titles[random.nextInt(titles.length)]);
                    p.setString(3, "重点路段");
                    p.setString(4, at);
                    p.setString(5, at);
                    p.setString(6, "联合执法，现场整改完毕");
                    p.setString(7, at);
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO joint_operation_unit (tenant_id, operation_id, unit_id) VALUES ('" + o + "', " + id + ", "
                            + units.get(random.nextInt(units.size())) + ")");
                    s.execute("INSERT INTO joint_operation_grid (tenant_id, operation_id, grid_id) VALUES ('" + o + "', " + id + ", "
                            + grids.get(random.nextInt(grids.size())) + ")");
                    s.execute("INSERT INTO joint_operation_case (tenant_id, operation_id, case_id) SELECT tenant_id, " + id
                            + ", id FROM case_file WHERE tenant_id = '" + o + "' AND reported_at BETWEEN TIMESTAMPADD(DAY, -7, '" + at
                            + "') AND '" + at + "' ORDER BY id LIMIT 3");
                    if (!kinds.isEmpty()) {
                        s.execute("INSERT INTO joint_operation_result (tenant_id, operation_id, kind_id, quantity) VALUES ('" + o + "', "
                                + id + ", " + kinds.get(0) + ", " + (3 + random.nextInt(20)) + ")");
                    }
                    if (kinds.size() > 1) {
                        s.execute("INSERT INTO joint_operation_result (tenant_id, operation_id, kind_id, quantity) VALUES ('" + o + "', "
                                + id + ", " + kinds.get(1) + ", " + (1 + random.nextInt(10)) + ")");
                    }
                }
            }
        }
    }

    private static List<Long> ids(Connection c, String sql, String o) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, o);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static long count(Connection c, String sql, String o) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, o);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The staff's password as the application stores it (PBKDF2-SHA256, 120,000 rounds, Jakarta's format). */
    static String pbkdf2(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 120_000, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:120000:" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
