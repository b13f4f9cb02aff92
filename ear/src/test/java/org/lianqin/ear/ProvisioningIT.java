package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district's provisioning API on the whole EAR, counted in the database: onboarding gives a street
 * office exactly what its template holds and touches no other office; whatever fails — a grid file with
 * a broken feature, a database error in the last insert — leaves nothing; a code that is taken is
 * refused; the same call retried (one after another, or four at once) is answered with the first result
 * and creates one office; a suspended office refuses what would change its data on every channel.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    private final District district = new District();

    @Test
    void onboardingCreatesExactlyTheTemplatesDataAndNothingInAnyOtherOffice() throws Exception {
        Map<String, Map<String, Long>> before = rowsByOffice();
        String body = District.onboarding("caohejing", "漕河泾街道", 121.390, 31.160, 3, 2,
                District.gridFile("CHJ", 121.390, 31.160, 3, 2));
        HttpResponse<String> created = district.post("/offices", body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("/admin/api/v1/offices/caohejing", created.headers().firstValue("Location").orElse(""));
        assertEquals("admin@caohejing", PublicApi.field(created.body(), "adminSignIn"));
        assertTrue(PublicApi.field(created.body(), "oneTimePassword").length() >= 12, created.body());

        Map<String, Map<String, Long>> after = rowsByOffice();
        before.forEach((office, tables) -> assertEquals(tables, after.get(office), office + " is untouched"));
        Map<String, Long> made = after.get("caohejing");
        // 天平街道, suspended in the demo data (so no other test can change it), got the district's catalogue,
        // replies, result kinds and national calendar from the same defaults
        Map<String, Long> demo = after.get("tianping");
        assertEquals(7L, made.get("unit"), "the template's seven member units");
        assertEquals(2L, made.get("squad"), "the template's two squads");
        assertEquals(6L, made.get("grid"), "the grid file's six grids");
        assertEquals(1L, made.get("staff"), "the first admin, nobody else");
        assertEquals(2L, made.get("duty_level_rule"), "the template's duty shares");
        for (String table : List.of("category", "category_question", "standard_reply", "result_kind", "calendar_day")) {
            assertEquals(demo.get(table), made.get(table), table + ": the district's defaults, as the demo office got them");
        }
        assertEquals(1L, made.get("audit_entry"), "the onboarding is in the office's audit trail");
        for (String table : List.of("case_file", "case_event", "api_key", "joint_operation", "duty_shift")) {
            assertEquals(0L, made.getOrDefault(table, 0L), table + " starts empty");
        }
        assertEquals("ACTIVE", scalar("SELECT status FROM tenant WHERE code = 'caohejing'"));
        assertEquals("district:district", scalar("SELECT actor_login FROM audit_entry WHERE tenant_id = 'caohejing'"));
        assertEquals("漕河泾综治办", scalar("SELECT name FROM unit WHERE tenant_id = 'caohejing' AND type = 'GOVERNANCE'"),
                "unit names take the office's own place name");
        assertEquals("1", scalar("SELECT password_change_required FROM staff WHERE tenant_id = 'caohejing'"));
    }

    @Test
    void aGridFileWithABrokenFeatureLeavesNothingBehindAndNamesTheFeature() throws Exception {
        String grids = District.gridFile("XJH", 121.420, 31.170, 2, 1);
        String bowTie = "{\"type\":\"Feature\",\"properties\":{\"code\":\"XJH-09\",\"name\":\"画错的网格\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[121.420,31.172],[121.424,31.174],[121.424,31.172],[121.420,31.174],[121.420,31.172]]]}}";
        String broken = grids.replace("]}", "," + bowTie + "]}");
        HttpResponse<String> refused = district.post("/offices", District.onboarding("xujiahui", "徐家汇街道", 121.420, 31.170, 2, 1, broken));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"field\":\"grids\"") && refused.body().contains("第 3 个要素（XJH-09）：边界自相交"), refused.body());
        assertNothingOf("xujiahui");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        HttpResponse<String> refused = district.post("/offices", "{\"code\":\"Bad Code\",\"name\":\"\",\"kind\":\"村\","
                + "\"boundary\":{\"type\":\"Point\",\"coordinates\":[121.4,31.1]},\"template\":\"nope\",\"admin\":{\"login\":\"\"}}");
        assertEquals(400, refused.statusCode(), refused.body());
        for (String field : List.of("code", "name", "kind", "boundary", "template", "admin.login", "admin.name")) {
            assertTrue(refused.body().contains("\"field\":\"" + field + "\""), field + " is named: " + refused.body());
        }
        HttpResponse<String> notJson = district.post("/offices", "{\"code\":");
        assertEquals(400, notJson.statusCode(), notJson.body());
    }

    @Test
    void aDatabaseErrorInTheLastStepLeavesNothingBehind() throws Exception {
        execute("CREATE TRIGGER it_fail_onboarding BEFORE INSERT ON office_onboarding FOR EACH ROW "
                + "IF NEW.tenant_code = 'kangjian' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected by ProvisioningIT'; END IF");
        try {
            HttpResponse<String> failed = district.post("/offices", District.onboarding("kangjian", "康健街道", 121.410, 31.150, 2, 2,
                    District.gridFile("KJ", 121.410, 31.150, 2, 2)));
            assertTrue(failed.statusCode() >= 500, failed.statusCode() + " " + failed.body());
            assertTrue(failed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), failed.body());
            assertFalse(failed.body().contains("injected") || failed.body().contains("SQL"), "no internals in the answer: " + failed.body());
            assertNothingOf("kangjian");
        } finally {
            execute("DROP TRIGGER IF EXISTS it_fail_onboarding");
        }
        HttpResponse<String> again = district.post("/offices", District.onboarding("kangjian", "康健街道", 121.410, 31.150, 2, 2,
                District.gridFile("KJ", 121.410, 31.150, 2, 2)));
        assertEquals(201, again.statusCode(), "once the database is well, the same office is onboarded: " + again.body());
    }

    @Test
    void aTemplateSavedFromAnOfficeGivesTheNextOfficeItsSetUpUnderItsOwnName() throws Exception {
        assertEquals(201, district.post("/offices", District.onboarding("longhua", "龙华街道", 121.360, 31.160, 1, 1, null)).statusCode());
        execute("UPDATE category SET handle_hours = 6, urgent_handle_hours = 2 WHERE tenant_id = 'longhua' AND code = '0104'");
        execute("UPDATE unit SET contact_phone = '021-99999999' WHERE tenant_id = 'longhua'");
        HttpResponse<String> saved = district.post("/templates", "{\"fromOffice\":\"longhua\",\"code\":\"longhua-set\",\"name\":\"龙华街道的设置\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        assertEquals(409, district.post("/templates", "{\"fromOffice\":\"longhua\",\"code\":\"longhua-set\",\"name\":\"再存一次\"}").statusCode());

        HttpResponse<String> created = district.post("/offices", District.onboarding("meilong", "梅陇镇", 121.340, 31.160, 1, 1, null)
                .replace("xuhui-street", "longhua-set"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("6/2", scalar("SELECT CONCAT(handle_hours, '/', urgent_handle_hours) FROM category WHERE tenant_id = 'meilong' AND code = '0104'"),
                "the source office's limits");
        assertEquals("梅陇城管中队", scalar("SELECT name FROM unit WHERE tenant_id = 'meilong' AND type = 'CITY_MGMT'"),
                "unit names under the new office's own name");
        assertEquals("0", scalar("SELECT COUNT(*) FROM unit WHERE tenant_id = 'meilong' AND contact_phone IS NOT NULL"),
                "the source office's telephone numbers stay with it");
    }

    @Test
    void aCodeThatIsTakenIsRefused() throws Exception {
        HttpResponse<String> taken = district.post("/offices", District.onboarding("fenglin", "另一个枫林", 121.300, 31.100, 1, 1, null));
        assertEquals(409, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("\"field\":\"code\"") && taken.body().contains("枫林街道"), taken.body());
        assertEquals("枫林街道", scalar("SELECT name FROM tenant WHERE code = 'fenglin'"));
    }

    @Test
    void theSameCallRetriedIsAnsweredWithTheFirstResultAndCreatesOneOffice() throws Exception {
        String body = District.onboarding("tianlin", "田林街道", 121.400, 31.170, 2, 1, District.gridFile("TL", 121.400, 31.170, 2, 1));
        HttpResponse<String> first = district.post("/offices", body);
        HttpResponse<String> second = district.post("/offices", body);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        String password = PublicApi.field(first.body(), "oneTimePassword");
        assertEquals(PublicApi.field(first.body(), "adminSignIn"), PublicApi.field(second.body(), "adminSignIn"));
        assertFalse(second.body().contains(password), "the one-time password is in the first answer only (never stored): " + second.body());
        assertFalse(scalarOrEmpty("SELECT reply FROM office_onboarding WHERE tenant_code = 'tianlin'").contains(password));
        assertTrue(second.body().contains("\"repeated\":true"), second.body());
        HttpResponse<String> different = district.post("/offices", body.replace("王芳", "李强"));
        assertEquals(409, different.statusCode(), "the same code with other content: " + different.body());

        // four scripts at the very same moment: one office, one first answer, three repeats of it
        String racing = District.onboarding("hongmei", "虹梅街道", 121.380, 31.150, 2, 1, District.gridFile("HM", 121.380, 31.150, 2, 1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(() -> new District().post("/offices", racing)));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> passwords = new ArrayList<>();
        for (Future<HttpResponse<String>> a : answers) {
            statuses.add(a.get().statusCode());
            passwords.add(PublicApi.field(a.get().body(), "oneTimePassword"));
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, passwords.stream().filter(java.util.Objects::nonNull).count(), "one first answer with the password: " + passwords);
        assertEquals("1", scalar("SELECT COUNT(*) FROM tenant WHERE code = 'hongmei'"));
        assertEquals("1", scalar("SELECT COUNT(*) FROM staff WHERE tenant_id = 'hongmei'"));
    }

    @Test
    void aSuspendedOfficeRefusesEverythingThatWouldChangeItsDataOnEveryChannel() throws Exception {
        HttpResponse<String> created = district.post("/offices", District.onboarding("xietu", "斜土街道", 121.450, 31.195, 2, 1,
                District.gridFile("XT", 121.450, 31.195, 2, 1)));
        assertEquals(201, created.statusCode(), created.body());
        PublicApi resident = new PublicApi();
        HttpResponse<String> report = resident.postJson("/api/v1/offices/xietu/reports",
                "{\"category\":\"0104\",\"description\":\"人行道上有流动摊贩\",\"address\":\"斜土路 100 号\",\"longitude\":121.451,\"latitude\":31.196}");
        assertEquals(201, report.statusCode(), "the new office takes reports at once: " + report.body());
        String number = PublicApi.field(report.body(), "number");
        String code = PublicApi.field(report.body(), "accessCode");

        HttpResponse<String> suspended = district.post("/offices/xietu/suspend", "");
        assertEquals(200, suspended.statusCode(), suspended.body());
        assertTrue(suspended.body().contains("\"status\":\"SUSPENDED\""), suspended.body());
        assertEquals(200, district.post("/offices/xietu/suspend", "").statusCode(), "suspending again answers as it is");
        long cases = PublicApi.rows("case_file");

        assertEquals(403, resident.postJson("/api/v1/offices/xietu/reports",
                "{\"category\":\"0104\",\"description\":\"又有摊贩\",\"address\":\"斜土路 100 号\"}").statusCode(), "JSON API report");
        assertEquals(403, resident.get("/open311/v2/services.json?jurisdiction_id=xietu").statusCode(), "Open311 services");
        assertEquals(403, resident.postUrlEncoded("/open311/v2/requests.json", Map.of("jurisdiction_id", "xietu",
                "service_code", "0104", "description", "又有摊贩", "address_string", "斜土路 100 号")).statusCode(), "Open311 request");
        assertTrue(resident.get("/o/xietu/report").body().contains("暂停受理"), "the site's form says so");
        assertEquals(403, resident.postJson("/api/v1/offices/xietu/cases/" + number + "/support", "").statusCode(), "'me too'");
        HttpResponse<String> rating = resident.postJson("/api/v1/track/rate",
                "{\"number\":\"" + number + "\",\"code\":\"" + code + "\",\"score\":5}");
        assertTrue(rating.statusCode() == 403 || rating.statusCode() == 409, "rating: " + rating.statusCode() + " " + rating.body());
        HttpResponse<String> reopen = resident.postJson("/api/v1/track/reopen",
                "{\"number\":\"" + number + "\",\"code\":\"" + code + "\",\"reason\":\"还在\"}");
        assertEquals(403, reopen.statusCode(), "reopening: " + reopen.body());
        assertEquals(200, resident.postJson("/api/v1/track", "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}").statusCode(),
                "the resident can still read their case");
        assertEquals(cases, PublicApi.rows("case_file"), "nothing was filed");
        assertEquals("0", scalar("SELECT COUNT(*) FROM case_supporter WHERE tenant_id = 'xietu'"));

        assertEquals(200, district.post("/offices/xietu/resume", "").statusCode());
        assertEquals(201, resident.postJson("/api/v1/offices/xietu/reports",
                "{\"category\":\"0104\",\"description\":\"又有摊贩\",\"address\":\"斜土路 100 号\"}").statusCode(), "resumed: reports again");
        assertEquals("3", scalar("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = 'xietu' AND subject = 'OFFICE'"),
                "onboard, suspend, resume: the repeated suspension recorded nothing");
        assertEquals("onboard,suspend,resume", scalar("SELECT GROUP_CONCAT(action ORDER BY id) FROM district_audit WHERE office = 'xietu'"),
                "and the same in the district's own trail");
    }

    @Test
    void onlyASuspendedOfficeIsRetiredAndARetiredOneStaysSo() throws Exception {
        assertEquals(201, district.post("/offices", District.onboarding("wangjiaping", "王家坪街道", 121.320, 31.160, 1, 1, null)).statusCode());
        assertEquals(409, district.post("/offices/wangjiaping/retire", "").statusCode(), "a running office is suspended first");
        assertEquals(200, district.post("/offices/wangjiaping/suspend", "").statusCode());
        HttpResponse<String> retired = district.post("/offices/wangjiaping/retire", "");
        assertEquals(200, retired.statusCode(), retired.body());
        assertTrue(retired.body().contains("\"status\":\"RETIRED\""), retired.body());
        assertEquals(409, district.post("/offices/wangjiaping/resume", "").statusCode(), "retired for good");
        assertEquals(409, district.post("/offices/wangjiaping/keys", "{\"integrator\":\"12345\"}").statusCode(), "read-only");
        HttpResponse<String> report = new PublicApi().postJson("/api/v1/offices/wangjiaping/reports",
                "{\"category\":\"0104\",\"description\":\"有摊贩\",\"address\":\"王家坪路 1 号\"}");
        assertEquals(403, report.statusCode(), report.body());
        assertTrue(report.body().contains("已撤销"), report.body());
        assertEquals("1", scalar("SELECT COUNT(*) FROM tenant WHERE code = 'wangjiaping' AND retired_at IS NOT NULL"), "kept, not deleted");
    }

    @Test
    void onlyADistrictAdminsTokenOpensTheApi() throws Exception {
        for (String token : new String[] {null, "wrong-token", "demo-fenglin-open311"}) {
            HttpResponse<String> refused = new District(token).get("/offices");
            assertEquals(401, refused.statusCode(), token + ": " + refused.body());
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertFalse(refused.body().contains("枫林街道"));
            assertEquals(401, new District(token).post("/offices/fenglin/suspend", "").statusCode());
        }
        assertEquals("ACTIVE", scalar("SELECT status FROM tenant WHERE code = 'fenglin'"));
        HttpResponse<String> list = district.get("/offices");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"code\":\"fenglin\"") && list.body().contains("\"openNow\""), list.body());
        assertFalse(list.body().contains("contact") || list.body().contains("description"), "figures only: " + list.body());
    }

    // ---------------------------------------------------------------- the database, counted

    /** Rows of every tenant-scoped table, by office and table (tables without rows of an office are left out). */
    private static Map<String, Map<String, Long>> rowsByOffice() throws SQLException {
        Map<String, Map<String, Long>> rows = new TreeMap<>();
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                     + "AND column_name = 'tenant_id' AND table_name IN (SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE')")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                try (Statement q = c.createStatement();
                     ResultSet r = q.executeQuery("SELECT tenant_id, COUNT(*) FROM " + table + " GROUP BY tenant_id")) {
                    while (r.next()) {
                        rows.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(table, r.getLong(2));
                    }
                }
            }
        }
        return rows;
    }

    private static void assertNothingOf(String office) throws SQLException {
        assertEquals("0", scalar("SELECT COUNT(*) FROM tenant WHERE code = '" + office + "'"), "no tenant row");
        assertEquals("0", scalar("SELECT COUNT(*) FROM office_onboarding WHERE tenant_code = '" + office + "'"));
        assertTrue(rowsByOffice().get(office) == null, "no row of " + office + " in any table: " + rowsByOffice().get(office));
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static String scalarOrEmpty(String sql) throws SQLException {
        String value = scalar(sql);
        return value == null ? "" : value;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
    }
}
