package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.photos.TestImages;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The residents' JSON API (/api/v1) in the whole EAR on Payara and MariaDB, with the demo street
 * offices: reporting, tracking with the access code, rating and reopening after the command centre
 * closed the case, the public list, the record, the rate limits and the problem documents of bad input.
 */
@ExtendWith(ArquillianExtension.class)
class PublicApiIT {

    private static final String REPORTS = "/api/v1/offices/fenglin/reports";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withStaffDriver();
    }

    private static String report(String description) {
        return "{\"category\":\"0104\",\"description\":\"" + description + "\",\"address\":\"枫林路 100 号\","
                + "\"longitude\":121.4505,\"latitude\":31.1905,\"contact\":\"13900001111\"}";
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertEquals(code, PublicApi.field(r.body(), "code"), r.body());
        assertEquals(String.valueOf(status), PublicApi.field(r.body(), "status"));
        assertNotNull(PublicApi.field(r.body(), "detail"));
        assertFalse(r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void streetOfficesAndTheirPublicCategories() throws Exception {
        PublicApi api = new PublicApi();
        String offices = api.get("/api/v1/offices").body();
        assertTrue(offices.contains("\"code\":\"fenglin\"") && offices.contains("\"code\":\"huajing\""), offices);
        assertFalse(offices.contains("tianping"), "a suspended office takes no reports");
        String categories = api.get("/api/v1/offices/fenglin/categories").body();
        assertTrue(categories.contains("\"name\":\"占道经营\""), categories);
        assertTrue(categories.contains("\"code\":\"0104\""), categories);
        assertProblem(api.get("/api/v1/offices/nowhere/categories"), 404, "office-unknown");
        assertTrue(api.get("/api/v1/offices/at?longitude=121.4505&latitude=31.1905").body().contains("\"code\":\"fenglin\""),
                "the location chooses the street office");
        assertProblem(api.get("/api/v1/offices/at?longitude=116.39&latitude=39.9"), 404, "no-office-here");
    }

    @Test
    void aReportIsTrackedWithItsAccessCodeAndNothingElse() throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> created = api.postJson(REPORTS, report("路口有人摆摊卖水果"));
        assertEquals(201, created.statusCode(), created.body());
        String number = PublicApi.field(created.body(), "number");
        String code = PublicApi.field(created.body(), "accessCode");
        assertTrue(number.matches("FENGLIN-\\d{4}-\\d{6}"), number);
        assertTrue(code.matches("[2-9A-HJ-NP-Z]{12}"), code);

        HttpResponse<String> tracked = api.postJson("/api/v1/track",
                "{\"number\":\"" + number + "\",\"code\":\"" + code.toLowerCase() + "\"}");
        assertEquals(200, tracked.statusCode(), tracked.body());
        assertEquals("REPORTED", PublicApi.field(tracked.body(), "state"));
        assertTrue(tracked.body().contains("路口有人摆摊卖水果"));
        assertFalse(tracked.body().contains("13900001111"), "nobody's contact, not even the reporter's own");

        HttpResponse<String> wrong = api.postJson("/api/v1/track", "{\"number\":\"" + number + "\",\"code\":\"23456789\"}");
        HttpResponse<String> unknown = api.postJson("/api/v1/track", "{\"number\":\"FENGLIN-2026-999999\",\"code\":\"" + code + "\"}");
        assertProblem(wrong, 404, "case-not-found");
        assertEquals(wrong.body(), unknown.body(), "a wrong code and an unknown case look the same");
        assertProblem(api.get("/api/v1/offices/fenglin/cases/" + number), 404, "case-not-found");
    }

    @Test
    void aRetriedSubmissionAnswersTheFirstReceiptWithoutANewCode() throws Exception {
        PublicApi api = new PublicApi();
        String key = UUID.randomUUID().toString();
        byte[] body = report("重复提交测试").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> first = api.postJson(REPORTS, body, Map.of("Idempotency-Key", key));
        long cases = PublicApi.rows("case_file");
        HttpResponse<String> again = new PublicApi().postJson(REPORTS, body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.statusCode());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(PublicApi.field(first.body(), "number"), PublicApi.field(again.body(), "number"));
        assertEquals("true", PublicApi.field(again.body(), "repeated"));
        assertNull(PublicApi.field(again.body(), "accessCode"), "the code is shown once: " + again.body());
        assertEquals(cases, PublicApi.rows("case_file"), "no second case");
        String number = PublicApi.field(first.body(), "number");
        assertEquals(200, api.postJson("/api/v1/track", "{\"number\":\"" + number + "\",\"code\":\""
                + PublicApi.field(first.body(), "accessCode") + "\"}").statusCode(), "the first code still opens it");

        assertProblem(api.postJson(REPORTS, report("换了内容的重复提交").getBytes(StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", key)), 422, "idempotency-key-reused");
        assertProblem(new PublicApi().postJson(REPORTS, body, Map.of("Idempotency-Key", "short-12")), 400, "idempotency-key");
        assertProblem(new PublicApi().postJson(REPORTS, body, Map.of("Idempotency-Key", "k".repeat(65))), 400, "idempotency-key");
        HttpResponse<String> elsewhere = new PublicApi().postJson("/api/v1/offices/huajing/reports",
                report("别的街镇同一个键").replace("121.4505", "121.4405").replace("31.1905", "31.1055")
                        .getBytes(StandardCharsets.UTF_8), Map.of("Idempotency-Key", key));
        assertEquals(201, elsewhere.statusCode(), "keys are per street office: " + elsewhere.body());
        assertEquals(cases + 1, PublicApi.rows("case_file"));
    }

    @Test
    void theSitesFormRedirectsToItsReceiptAndTheSameFormSentAgainLandsThereFilingNothing() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "0104");
        form.put("description", "刷新回执页测试");
        form.put("address", "枫林路 12 号");
        form.put("idempotencyKey", UUID.randomUUID().toString());
        PublicApi resident = new PublicApi();
        HttpResponse<String> first = resident.postForm("/o/fenglin/report", form);
        assertEquals(303, first.statusCode(), first.body());
        String receipt = first.headers().firstValue("Location").orElseThrow();
        assertTrue(receipt.matches("/o/fenglin/receipt/[A-Za-z0-9_-]{32}"), receipt);
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertTrue(cookie.startsWith("lqb="), "the browser that sent it is named: " + cookie);
        Map<String, String> sameBrowser = Map.of("Cookie", cookie);
        String page = resident.get(receipt, sameBrowser).body();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"access-code\" class=\"code\">([2-9A-HJ-NP-Z]{12})<")
                .matcher(page);
        assertTrue(shown.find(), page);
        String code = shown.group(1);
        long cases = PublicApi.rows("case_file");

        HttpResponse<String> again = resident.postForm("/o/fenglin/report", form);
        assertEquals(303, again.statusCode(), again.body());
        assertEquals(receipt, again.headers().firstValue("Location").orElseThrow(), "the same receipt");
        assertTrue(resident.get(receipt, sameBrowser).body().contains(code), "with the same code");
        String elsewhere = new PublicApi().get(receipt).body();
        assertTrue(elsewhere.contains("id=\"case-number\"") && !elsewhere.contains(code), "another browser sees no code");
        assertEquals(cases, PublicApi.rows("case_file"), "nothing filed");

        form.put("description", "刷新回执页测试，后来又改了内容");
        HttpResponse<String> changed = resident.postForm("/o/fenglin/report", form);
        assertEquals(422, changed.statusCode(), "a changed form under a used key is asked to be sent again");
        assertTrue(changed.body().contains("之后内容又改动了"), changed.body());
        assertFalse(changed.body().contains(form.get("idempotencyKey")), "with a new key");
        assertEquals(cases, PublicApi.rows("case_file"));
        assertEquals(404, resident.get("/o/fenglin/receipt/no-such-receipt").statusCode());
    }

    @Test
    void concurrentSubmissionsWithOneKeyFileOneCaseAndAllGetItsNumber() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] body = report("同时重复提交").getBytes(StandardCharsets.UTF_8);
        long cases = PublicApi.rows("case_file");
        int clients = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < clients; i++) {
            PublicApi api = new PublicApi();
            answers.add(pool.submit(() -> {
                go.await();
                return api.postJson(REPORTS, body, Map.of("Idempotency-Key", key));
            }));
        }
        go.countDown();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        int created = 0;
        for (java.util.concurrent.Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
            created += r.statusCode() == 201 ? 1 : 0;
            numbers.add(PublicApi.field(r.body(), "number"));
        }
        pool.shutdown();
        assertEquals(1, created, "one of them filed it");
        assertEquals(1, numbers.size(), "all answered its number: " + numbers);
        assertEquals(cases + 1, PublicApi.rows("case_file"));
    }

    @Test
    void aPhotosNameIsKeptOnlyAsASafeName() throws Exception {
        Map<String, String> fields = Map.of("category", "0104", "description", "照片名测试", "address", "枫林路 9 号");
        HttpResponse<String> created = new PublicApi().postForm(REPORTS, fields,
                new Object[] {"photo", "../../etc/passwd.jpg", TestImages.jpeg()}, new Object[] {"photo", "a.jpg\0.php", TestImages.png()});
        assertEquals(201, created.statusCode(), created.body());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
             java.sql.PreparedStatement q = c.prepareStatement("SELECT a.file_name FROM case_attachment a JOIN case_file f "
                     + "ON f.id = a.case_id WHERE f.number = ? ORDER BY a.id")) {
            q.setString(1, PublicApi.field(created.body(), "number"));
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.sql.ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            assertEquals(java.util.Set.of("passwd.jpg", "a.png"), java.util.Set.copyOf(names), "no path, no NUL, the content's own type");
        }
    }

    @Test
    void aPhotoTravelsWithTheReportWithoutItsLocation() throws Exception {
        PublicApi api = new PublicApi();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "0104");
        fields.put("description", "带照片的上报");
        fields.put("address", "枫林路 8 号");
        HttpResponse<String> created = api.postForm(REPORTS, fields, new Object[] {"photo", "现场.jpg", TestImages.jpeg()});
        assertEquals(201, created.statusCode(), created.body());
        String number = PublicApi.field(created.body(), "number");
        String code = PublicApi.field(created.body(), "accessCode");
        String tracked = api.postJson("/api/v1/track", "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}").body();
        String photoId = PublicApi.field(tracked.substring(tracked.indexOf("\"photos\"")), "id");
        HttpResponse<byte[]> photo = api.getBytes("/api/v1/offices/fenglin/cases/" + number + "/photos/" + photoId,
                Map.of("X-Access-Code", code));
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertFalse(new String(photo.body(), StandardCharsets.ISO_8859_1).contains(TestImages.SECRET), "EXIF/GPS removed");
        assertEquals(404, api.getBytes("/api/v1/offices/fenglin/cases/" + number + "/photos/" + photoId, Map.of())
                .statusCode(), "not public before the command centre registered the case");
    }

    @Test
    void badInputIsAProblemAndStoresNothing() throws Exception {
        // a new resident for each request: the point here is the answers, not the rate limit
        long cases = PublicApi.rows("case_file");
        long photos = PublicApi.rows("case_attachment");
        assertProblem(new PublicApi().postJson(REPORTS, report("长".repeat(1001))), 400, "description-too-long");
        assertProblem(new PublicApi().postJson(REPORTS, "{\"category\":\"0104\",\"description\":\"x\",\"address\":\"a\",\"longitude\":\"东经\",\"latitude\":31}"),
                400, "malformed");
        assertProblem(new PublicApi().postJson(REPORTS, "{\"category\":\"0104\",\"address\":\"枫林路\"}"), 400, "description-required");
        assertProblem(new PublicApi().postJson(REPORTS, "{\"category\":\"0104\",\"description\":\"只有描述\"}"), 400, "place-required");
        assertProblem(new PublicApi().postJson(REPORTS, "[1,2,3]"), 400, "malformed");
        assertProblem(new PublicApi().postJson(REPORTS, "{\"category\":"), 400, "malformed");
        java.io.ByteArrayOutputStream invalidUtf8 = new java.io.ByteArrayOutputStream();
        invalidUtf8.writeBytes("{\"category\":\"0104\",\"address\":\"x\",\"description\":\"".getBytes(StandardCharsets.UTF_8));
        invalidUtf8.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        invalidUtf8.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(new PublicApi().postJson(REPORTS, invalidUtf8.toByteArray(), Map.of()), 400, "invalid-utf8");
        assertProblem(new PublicApi().postJson("/api/v1/offices/nowhere/reports", report("无此街镇")), 404, "office-unknown");
        assertProblem(new PublicApi().postJson("/api/v1/offices/fenglin%27%20OR%20%271%27%3D%271/reports", report("x")), 404, "office-unknown");
        assertProblem(new PublicApi().postJson(REPORTS, report("x").replace("0104", "0104' OR '1'='1")), 400, "category");
        assertProblem(new PublicApi().postJson(REPORTS, report("x").replace("0104", "9999")), 400, "category");
        assertProblem(new PublicApi().postJson(REPORTS, report("<script>alert(1)</script>")), 400, "markup");
        assertProblem(new PublicApi().postJson(REPORTS, report("x").replace("枫林路 100 号", "<img src=x onerror=alert(1)>")), 400, "markup");
        assertProblem(new PublicApi().postJson(REPORTS, report("x").replace("13900001111", "'; DROP TABLE case_file; --")), 400, "contact-invalid");
        assertProblem(new PublicApi().postJson(REPORTS, report("x").replace("\"contact\"", "\"website\":\"http://spam\",\"contact\"")), 400, "rejected");
        assertProblem(new PublicApi().postJson(REPORTS, report("x").replace("121.4505", "181")), 400, "point-invalid");
        Map<String, String> fields = Map.of("category", "0104", "description", "假图片", "address", "枫林路");
        assertProblem(new PublicApi().postForm(REPORTS, fields, new Object[] {"photo", "evil.jpg",
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)}), 400, "photo-type");
        byte[] huge = new byte[30 * 1024 * 1024];
        System.arraycopy(TestImages.jpeg(), 0, huge, 0, TestImages.jpeg().length);
        assertProblem(new PublicApi().postForm(REPORTS, fields, new Object[] {"photo", "huge.jpg", huge}), 413, "too-large");
        byte[] bigJson = ("{\"description\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(new PublicApi().postJson(REPORTS, bigJson, Map.of()), 413, "too-large");
        assertProblem(new PublicApi().get("/api/v1/nothing-here"), 404, "not-found");
        assertEquals(cases, PublicApi.rows("case_file"), "no case stored");
        assertEquals(photos, PublicApi.rows("case_attachment"), "no photo stored");
    }

    @Test
    void aSuspendedStreetOfficeTakesNothing() throws Exception {
        PublicApi api = new PublicApi();
        long cases = PublicApi.rows("case_file");
        assertProblem(api.postJson("/api/v1/offices/tianping/reports", report("暂停受理的街道")), 403, "office-suspended");
        assertEquals(cases, PublicApi.rows("case_file"));
    }

    @Test
    void wrongCodesHoldBackTheGuesserNotTheCaseAndOneClientIsHeldBack() throws Exception {
        PublicApi resident = new PublicApi();
        HttpResponse<String> created = resident.postJson(REPORTS, report("锁定测试"));
        String number = PublicApi.field(created.body(), "number");
        String code = PublicApi.field(created.body(), "accessCode");
        PublicApi guesser = new PublicApi();
        HttpResponse<String> guess = null;
        for (int i = 0; i < 31; i++) {
            guess = guesser.postJson("/api/v1/track", "{\"number\":\"" + number + "\",\"code\":\"WRONG" + i + "\"}");
        }
        assertProblem(guess, 429, "rate-limited");
        assertEquals(200, resident.postJson("/api/v1/track", "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}")
                .statusCode(), "the reporter still gets in");

        PublicApi flooder = new PublicApi();
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            last = flooder.postJson(REPORTS, "{\"category\":\"0104\",\"address\":\"x\"}");
            accepted += last.statusCode() == 400 ? 1 : 0;
        }
        assertEquals(10, accepted, "ten attempts per ten minutes, then no more");
        assertProblem(last, 429, "rate-limited");
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(201, new PublicApi().postJson(REPORTS, report("另一位居民")).statusCode(), "others are not held back");
    }

    @Test
    void afterClosureTheReporterSeesTheResultRatesOnceAndMayReopen() throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> created = api.postJson(REPORTS, report("人行道上有人占道卖菜"));
        String number = PublicApi.field(created.body(), "number");
        String code = PublicApi.field(created.body(), "accessCode");
        assertEquals("CLOSED", api.staff("fenglin", "close", number, "已劝离摊贩，人行道恢复通行"));

        String tracked = api.postJson("/api/v1/track", "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}").body();
        assertEquals("CLOSED", PublicApi.field(tracked, "state"));
        assertTrue(tracked.contains("已劝离摊贩，人行道恢复通行"), "the unit's public result");
        assertFalse(tracked.contains("内部备注"), "the dispatcher's note is internal");
        assertFalse(tracked.contains("李强") || tracked.contains("actorName"), "no staff names");
        assertEquals("true", PublicApi.field(tracked, "canRate"));

        String rateBody = "{\"number\":\"" + number + "\",\"code\":\"" + code + "\",\"score\":4,\"comment\":\"处理及时\"}";
        HttpResponse<String> rated = api.postJson("/api/v1/track/rate", rateBody);
        assertEquals(200, rated.statusCode(), rated.body());
        assertEquals("4", PublicApi.field(rated.body(), "satisfaction"));
        assertProblem(api.postJson("/api/v1/track/rate", rateBody), 409, "rated");
        assertProblem(api.postJson("/api/v1/track/rate", rateBody.replace(code, "22222222")), 404, "case-not-found");

        HttpResponse<String> reopened = api.postJson("/api/v1/track/reopen",
                "{\"number\":\"" + number + "\",\"code\":\"" + code + "\",\"reason\":\"第二天又来摆摊了\"}");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertNotEquals("CLOSED", PublicApi.field(reopened.body(), "state"));
    }

    @Test
    void onlyRegisteredVisibleCasesArePublicWithTheirRedactedText() throws Exception {
        PublicApi api = new PublicApi();
        String shown = PublicApi.field(api.postJson(REPORTS, report("公开测试：店外经营")).body(), "number");
        String hidden = PublicApi.field(api.postJson(REPORTS, report("隐藏测试")).body(), "number");
        String redacted = PublicApi.field(api.postJson(REPORTS, report("电话 13912345678 的张三乱摆摊")).body(), "number");
        String unregistered = PublicApi.field(api.postJson(REPORTS, report("尚未立案")).body(), "number");
        api.staff("fenglin", "register", shown, null);
        api.staff("fenglin", "register", hidden, null);
        api.staff("fenglin", "hide", hidden, "涉及个人隐私");
        api.staff("fenglin", "register", redacted, null);
        api.staff("fenglin", "redact", redacted, "有人乱摆摊");

        String list = api.get("/api/v1/offices/fenglin/cases?size=100").body();
        assertTrue(list.contains(shown), list);
        assertFalse(list.contains(hidden), "hidden by staff");
        assertFalse(list.contains(unregistered), "not registered yet");
        assertFalse(list.contains("13912345678"), "redacted");
        assertTrue(list.contains("有人乱摆摊"));
        assertFalse(list.contains("13900001111"), "no contacts in public lists");

        String supported = api.postJson("/api/v1/offices/fenglin/cases/" + shown + "/support", "").body();
        assertEquals("1", PublicApi.field(supported, "supporters"), supported);
        String nearby = api.get("/api/v1/offices/fenglin/cases/nearby?category=0104&longitude=121.4505&latitude=31.1905").body();
        assertTrue(nearby.contains(shown) && !nearby.contains(unregistered), nearby);

        String stats = api.get("/api/v1/offices/fenglin/statistics").body();
        assertTrue(Long.parseLong(PublicApi.field(stats, "casesThisYear")) >= 3, stats);
    }

    @Test
    void everyMistakeOfAReportIsNamedAtOnceAndNothingIsFiled() throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> refused = api.postJson(REPORTS,
                "{\"category\":\"0801\",\"description\":\" \",\"contact\":\"not a contact\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        for (String field : List.of("\"description\"", "\"address\"", "\"contact\"", "\"q.vehicle\"")) {
            assertTrue(refused.body().contains("\"field\":" + field), field + " in " + refused.body());
        }
    }

    @Test
    void meTooCountsOncePerBrowserAndAtMostThreeFromOneNetwork() throws Exception {
        PublicApi reporter = new PublicApi();
        String number = PublicApi.field(reporter.postJson(REPORTS, report("支持计数测试")).body(), "number");
        reporter.staff("fenglin", "register", number, null);
        String path = "/o/fenglin/cases/" + number + "/support";
        Map<String, String> json = Map.of("Accept", "application/json");

        PublicApi neighbour = new PublicApi();
        assertEquals("true", counted(neighbour.postUrlEncoded(path, Map.of(), json)), "a client without the site's cookie");
        assertEquals("false", counted(neighbour.postUrlEncoded(path, Map.of(), json)), "the same client again");
        Map<String, String> firstBrowser = browser(json);
        assertEquals("true", counted(neighbour.postUrlEncoded(path, Map.of(), firstBrowser)), "a browser behind the same router");
        assertEquals("false", counted(neighbour.postUrlEncoded(path, Map.of(), firstBrowser)), "that browser again");
        assertEquals("true", counted(neighbour.postUrlEncoded(path, Map.of(), browser(json))), "a third person there");
        assertEquals("false", counted(neighbour.postUrlEncoded(path, Map.of(), browser(json))),
                "a made-up cookie more: one network brings three supporters at most");
        assertEquals("false", counted(new PublicApi().postUrlEncoded(path, Map.of(), firstBrowser)),
                "the first browser from another network");
        HttpResponse<String> another = new PublicApi().postUrlEncoded(path, Map.of(), json);
        assertEquals("true", counted(another), "another person");
        assertEquals("4", PublicApi.field(another.body(), "supporters"));
        assertEquals("4", PublicApi.field(reporter.get("/api/v1/offices/fenglin/cases/" + number).body(), "supporters"));
    }

    private static String counted(HttpResponse<String> support) {
        return PublicApi.field(support.body(), "counted");
    }

    /** The headers of a browser of its own: the site's cookie with a name nobody else has. */
    private static Map<String, String> browser(Map<String, String> headers) {
        Map<String, String> with = new LinkedHashMap<>(headers);
        with.put("Cookie", "lqb=" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
        return with;

    }

    @Test
    void theOfficesMapIsGeoJsonOfItsOutlinesAndOpenPublicProblems() throws Exception {
        PublicApi api = new PublicApi();
        String registered = PublicApi.field(api.postJson(REPORTS, report("地图测试：已立案")).body(), "number");
        String waiting = PublicApi.field(api.postJson(REPORTS, report("地图测试：待受理")).body(), "number");
        api.staff("fenglin", "register", registered, null);
        HttpResponse<String> map = api.get("/api/v1/offices/fenglin/map");
        assertEquals(200, map.statusCode());
        assertTrue(map.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        String body = map.body();
        assertTrue(body.startsWith("{\"type\":\"FeatureCollection\""), body);
        assertTrue(body.contains("\"kind\":\"office\"") && body.contains("\"kind\":\"grid\""), "outlines");
        assertTrue(body.contains(registered), "the registered case with its point");
        assertFalse(body.contains(waiting), "nothing before registration");
        assertFalse(body.contains("13900001111"), "no contacts");
        assertEquals(404, api.get("/api/v1/offices/nowhere/map").statusCode());
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() throws Exception {
        String doc = new PublicApi().get("/openapi").body();
        assertTrue(doc.contains("/api/v1/offices/{office}/reports"), doc.lines().filter(l -> l.contains("/")).limit(40).toList().toString());
        assertTrue(doc.contains("/api/v1/track"));
    }
}
