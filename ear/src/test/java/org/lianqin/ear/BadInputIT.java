package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.photos.TestImages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input suite: well over a thousand malformed and hostile requests against the whole EAR on
 * Payara and MariaDB, generated rather than written out — (a) every path, query and header parameter of
 * every operation the OpenAPI document describes, with hostile values; (b) a valid JSON report mutated
 * field by field; (c) multipart reports with disguised photos and broken envelopes, to the API and to
 * the site's form; (d) Open311 posts; (e) tracking, on the API and the site; (f) raw sockets that send
 * too little or nothing at all. None may answer 5xx; none that must be refused may be accepted; each
 * refusal comes in its surface's own format (a problem document on /api/v1 and /admin/api/v1, an Open311 error on
 * /open311/v2, a readable page on the site); together they write no row. Each request is a new resident
 * (its own X-Forwarded-For), so no rate limit is reached. One test method, so that nothing legitimate
 * writes meanwhile; every failure is collected and reported at once.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String REPORTS = "/api/v1/offices/fenglin/reports";
    private static final String SITE_FORM = "/o/fenglin/report";
    private static final String UNKNOWN_CASE = "FENGLIN-2026-999999";
    private static final String CODE = "23456789";
    private static final String JSON = "application/json";
    private static final String URLENCODED = "application/x-www-form-urlencoded";
    private static final String BOUNDARY = "lianqin-bad-input";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A path parameter of an OpenAPI path, {@code {name}} or {@code {name: regex}}. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([A-Za-z0-9_.-]+)\\s*(?::[^}]*)?\\}");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})");

    /** What the other parameters of an operation get while one of them is hostile. */
    private static final Map<String, String> BENIGN_PATH = Map.of("office", "fenglin", "number", UNKNOWN_CASE,
            "id", "1", "code", "0104", "format", "json", "token", "no-such-token");
    private static final Map<String, String> BENIGN_QUERY = Map.of("jurisdiction_id", "fenglin",
            "longitude", "121.4505", "latitude", "31.1905", "category", "0104");

    /** Hostile values of a URL component (and, for headers, as text; the client refuses some of them). */
    private static final List<Hostile> HOSTILE = List.of(
            Hostile.literal("empty", ""),
            Hostile.literal("10 000 characters", "A".repeat(10_000)),
            Hostile.literal("NaN", "NaN"),
            Hostile.literal("Infinity", "Infinity"),
            Hostile.literal("1e9999", "1e9999"),
            Hostile.literal("-1", "-1"),
            Hostile.literal("a 20-digit number", "99999999999999999999"),
            Hostile.raw("%00", "%00", "\0"),
            Hostile.raw("%FF", "%FF", "\u00FF"),
            Hostile.raw("../../etc/passwd", "../../etc/passwd", "../../etc/passwd"),
            Hostile.literal("../../etc/passwd, encoded", "../../etc/passwd"),
            Hostile.literal("SQL quote", "' OR '1'='1' -- "),
            Hostile.literal("SQL drop", "1; DROP TABLE case_file; --"),
            Hostile.literal("a script", "<script>alert(1)</script>"),
            Hostile.raw("CRLF", "%0D%0ASet-Cookie:%20injected=1", "\r\nSet-Cookie: injected=1"),
            Hostile.literal("an RTL override", "\u202Egpj.exe"),
            Hostile.raw("a lone surrogate in UTF-8", "%ED%A0%80", "\uD800"),
            Hostile.literal("a lone surrogate as a JSON escape", "\\ud800"),
            Hostile.literal("emoji", "\uD83D\uDE00\uD83D\uDEA7"),
            Hostile.literal("zero-width characters", "\u200B\u200C\u200D\uFEFF"));

    /** A valid JSON report, field by field (values as JSON text). */
    private static final Map<String, String> REPORT = ordered(
            "category", js("0104"), "description", js("（非法输入测试）路口有人摆摊"), "address", js("枫林路 100 号"),
            "longitude", "121.4505", "latitude", "31.1905", "contact", js("13900001111"));

    /** What a text field of a JSON report must not be: label, JSON value. */
    private static final List<String[]> WRONG_TEXT = List.of(
            new String[] {"a number", "12345"},
            new String[] {"an array", "[\"x\"]"},
            new String[] {"an object", "{\"a\":\"b\"}"},
            new String[] {"a boolean", "true"},
            new String[] {"10 000 characters", js("长".repeat(10_000))},
            new String[] {"with NUL", js("前\\u0000后")},
            new String[] {"with a lone surrogate", js("前\\ud800后")},
            new String[] {"only zero-width characters", js("\u200B\u200B")},
            new String[] {"with U+FFFD", js("前\uFFFD后")},
            new String[] {"with a BOM", js("\uFEFF前后")},
            new String[] {"with an RTL override", js("前\u202E后")},
            new String[] {"a script", js("<script>alert(1)</script>")},
            new String[] {"an img onerror", js("<img src=x onerror=alert(1)>")});

    /** What a coordinate of a JSON report must not be: label, JSON value. */
    private static final List<String[]> WRONG_COORDINATE = List.of(
            new String[] {"the string NaN", js("NaN")},
            new String[] {"the string Infinity", js("Infinity")},
            new String[] {"the string 1e9999", js("1e9999")},
            new String[] {"bare NaN", "NaN"},
            new String[] {"bare Infinity", "Infinity"},
            new String[] {"1e9999", "1e9999"},
            new String[] {"-1e9999", "-1e9999"},
            new String[] {"an array", "[121.4505]"},
            new String[] {"an object", "{}"},
            new String[] {"a boolean", "true"},
            new String[] {"null (its partner given)", "null"},
            new String[] {"1e-9999 (0 after rounding)", "1e-9999"});

    /** Points on the globe but nowhere near a street office (longitude, latitude). */
    private static final List<String[]> FAR_POINTS = List.of(
            new String[] {"0", "0"}, new String[] {"-121.4505", "-31.1905"}, new String[] {"180", "90"},
            new String[] {"31.1905", "121.4505"}, new String[] {"116.39", "39.9"});

    /** Idempotency keys of the wrong shape (16 to 64 of A-Z a-z 0-9 . _ : -): label, key. */
    private static final Map<String, String> WRONG_KEYS = ordered(
            "8 characters", "abcdefgh", "65 characters", "k".repeat(65), "spaces", "key with spaces 0123456789",
            "Chinese", "幂等键幂等键幂等键幂等键幂等键幂等键");

    /** Case numbers and access codes of the tracking API that must find nothing (JSON values). */
    private static final List<String[]> TRACK_VALUES = List.of(
            new String[] {"empty", js("")},
            new String[] {"10 000 characters", js("A".repeat(10_000))},
            new String[] {"a number", "123"},
            new String[] {"null", "null"},
            new String[] {"an array", "[]"},
            new String[] {"an object", "{}"},
            new String[] {"a boolean", "true"},
            new String[] {"../../etc/passwd", js("../../etc/passwd")},
            new String[] {"SQL quote", js("' OR '1'='1")},
            new String[] {"NUL", js("\\u0000")},
            new String[] {"a lone surrogate", js("\\ud800")},
            new String[] {"a 20-digit serial", js("FENGLIN-2026-99999999999999999999")},
            new String[] {"a script", js("<script>alert(1)</script>")},
            new String[] {"an RTL override", js("\u202E" + UNKNOWN_CASE)},
            new String[] {"serial 0", js("FENGLIN-2026-0")});

    /** Ratings that are not 1 to 5 (JSON values). */
    private static final List<String> WRONG_SCORES = List.of(js("NaN"), "NaN", "1e9999", "-1", "0", "6", "3.5",
            js("5"), "null", "[5]", "99999999999999999999");

    /** A valid Open311 POST, field by field (values urlencoded). */
    private static final Map<String, String> OPEN311 = ordered("api_key", "demo-fenglin-open311",
            "jurisdiction_id", "fenglin", "service_code", "0104", "lat", "31.1905", "long", "121.4505",
            "address_string", enc("枫林路 300 号"), "description", enc("（非法输入测试）Open311"),
            "email", enc("resident@example.org"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withStaffDriver();
    }

    /** What a case may answer: a refusal (4xx, never 2xx), or anything but a server error (a GET may 404 or ignore it). */
    enum Expect { REFUSED, NO_5XX }

    /**
     * One hostile request: the group that made it and what it is (for the failure list), the request, what
     * it may answer and, where that matters, the exact status. The HttpRequest is built only when sent, since
     * the client refuses some URIs and header values: such a case counts as not sent.
     */
    private record Case(String group, String label, String method, String path, Map<String, String> headers,
                        byte[] body, Expect expect, int status) {

        static Case get(String group, String label, String path, Expect expect) {
            return new Case(group, label, "GET", path, Map.of(), null, expect, 0);
        }

        /** A POST that must be refused; contentType null sends none. */
        static Case post(String group, String label, String path, String contentType, byte[] body) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Case(group, label, "POST", path, headers, body, Expect.REFUSED, 0);
        }

        Case header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Case(group, label, method, path, more, body, expect, status);
        }

        Case expecting(int exactStatus) {
            return new Case(group, label, method, path, headers, body, expect, exactStatus);
        }

        HttpRequest request(String client) {
            HttpRequest.Builder b = HttpRequest.newBuilder(EarDeployment.url(path)).timeout(TIMEOUT)
                    .header("X-Forwarded-For", client)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            return b.build();
        }

        String describe() {
            return group + " " + method + " " + abbreviate(path, 120) + " [" + label + "]";
        }
    }

    /** A hostile value: as it goes into a URL (encoded, or raw on purpose) and as header text. */
    private record Hostile(String label, String url, String text) {

        static Hostile literal(String label, String value) {
            return new Hostile(label, enc(value), value);
        }

        static Hostile raw(String label, String url, String text) {
            return new Hostile(label, url, text);
        }
    }

    /** A part of a multipart body: a text field when fileName is null. */
    private record Part(String name, String fileName, String type, byte[] content) {
    }

    /** What a raw socket saw: the status of an answer (0 when the server just closed), after how long, or what went wrong. */
    private record Probe(String label, int status, long millis, String trouble) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private final List<String> notSent = new ArrayList<>();
    private int tried;
    private int serverErrors;
    private int accepted;

    @Test
    void hostileInputIsRefusedInItsOwnFormatAndStoresNothing() throws Exception {
        long rowsBefore = caseRows();
        ExecutorService probes = Executors.newFixedThreadPool(2);
        try {
            String host = "Host: " + EarDeployment.url("/").getAuthority() + "\r\n";
            Future<Probe> bodyNeverSent = probes.submit(() -> slowProbe("headers sent, the declared body never",
                    "POST /api/v1/track HTTP/1.1\r\n" + host + "X-Forwarded-For: " + freshClient()
                            + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"));
            Future<Probe> headersNeverEnd = probes.submit(() -> slowProbe("headers never finished",
                    "GET /track HTTP/1.1\r\n" + host + "X-Forwarded-For: " + freshClient() + "\r\nX-Slow: 1\r\n"));

            Map<String, List<Case>> groups = new LinkedHashMap<>();
            groups.put("(a) OpenAPI parameters", fromOpenApi());
            groups.put("(b) JSON report fields", jsonReports());
            groups.put("(c) multipart reports", multipartReports());
            groups.put("(d) Open311 posts", open311Posts());
            groups.put("(e) tracking and the site", tracking());
            groups.forEach((name, cases) -> System.out.println("BadInputIT: " + name + ": " + cases.size() + " cases"));
            for (List<Case> cases : groups.values()) {
                run(cases);
            }

            truncated("a JSON report", REPORTS, JSON, "{\"category");
            truncated("a form report on the site", SITE_FORM, "multipart/form-data; boundary=b", "--b\r\nConte");
            truncated("an Open311 post", "/open311/v2/requests.json", URLENCODED, "api_key=de");
            judge(bodyNeverSent.get(150, TimeUnit.SECONDS));
            judge(headersNeverEnd.get(150, TimeUnit.SECONDS));
            stillServing("(f) at the end");
        } finally {
            probes.shutdownNow();
        }

        long written = caseRows() - rowsBefore;
        if (written != 0) {
            failures.add("rows written by refused requests: " + written);
        }
        notSent.forEach(n -> System.out.println("BadInputIT: not sent: " + n));
        System.out.println("BadInputIT: requests tried=" + tried + ", 5xx=" + serverErrors + ", wrongly accepted=" + accepted
                + ", rows written by refused requests=" + written + ", not sent=" + notSent.size());
        assertTrue(tried >= 300, "only " + tried + " requests were answered");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---------------------------------------------------------------- (a) the OpenAPI document

    private List<Case> fromOpenApi() throws IOException, InterruptedException {
        List<Case> cases = new ArrayList<>();
        Map<?, ?> doc = openApi();
        if (doc == null) {
            return cases;
        }
        if (!(doc.get("paths") instanceof Map<?, ?> items)) {
            failures.add("(a) GET /openapi: the document has no paths");
            return cases;
        }
        for (Map.Entry<?, ?> item : items.entrySet()) {
            String template = String.valueOf(item.getKey()).replaceAll("/{2,}", "/");
            if (!(item.getValue() instanceof Map<?, ?> operations)) {
                continue;
            }
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (operations.get(method) instanceof Map<?, ?> operation) {
                    List<Map<?, ?>> parameters = new ArrayList<>(parameters(doc, operations.get("parameters")));
                    parameters.addAll(parameters(doc, operation.get("parameters")));
                    cases.addAll(operationCases(method.toUpperCase(Locale.ROOT), template, parameters));
                }
            }
        }
        if (cases.isEmpty()) {
            failures.add("(a) GET /openapi: no operation with a parameter in " + items.keySet());
        }
        return cases;
    }

    /** The OpenAPI document, or null (and a failure) when there is none. */
    private Map<?, ?> openApi() throws IOException, InterruptedException {
        try {
            return OpenApiDocument.fetch(http);
        } catch (RuntimeException e) {
            failures.add("(a) GET /openapi: " + e.getMessage());
            return null;
        }
    }

    private static List<Map<?, ?>> parameters(Map<?, ?> doc, Object declared) {
        List<Map<?, ?>> found = new ArrayList<>();
        if (declared instanceof List<?> list) {
            for (Object p : list) {
                Object parameter = p;
                if (p instanceof Map<?, ?> m && m.get("$ref") instanceof String ref) {
                    parameter = pointer(doc, ref);
                }
                if (parameter instanceof Map<?, ?> resolved) {
                    found.add(resolved);
                }
            }
        }
        return found;
    }

    /** The target of a local $ref such as #/components/parameters/office. */
    private static Object pointer(Map<?, ?> doc, String ref) {
        Object at = doc;
        for (String step : ref.replaceFirst("^#/", "").split("/")) {
            at = at instanceof Map<?, ?> m ? m.get(step) : null;
        }
        return at;
    }

    /**
     * Each path parameter, query parameter and (of a GET) header parameter in turn with each hostile value,
     * the others benign. A GET may answer 404 or ignore a query parameter, so only a server error fails it;
     * a POST carries a valid body, which must still be refused (nothing hostile names a real office or case).
     */
    private static List<Case> operationCases(String method, String template, List<Map<?, ?>> parameters) {
        Set<String> path = new LinkedHashSet<>();
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            path.add(m.group(1));
        }
        Set<String> query = new LinkedHashSet<>();
        Set<String> header = new LinkedHashSet<>();
        for (Map<?, ?> p : parameters) {
            String name = String.valueOf(p.get("name"));
            switch (String.valueOf(p.get("in"))) {
                case "path" -> path.add(name);
                case "query" -> query.add(name);
                case "header" -> header.add(name);
                default -> {
                    // cookies: none here
                }
            }
        }
        List<Case> cases = new ArrayList<>();
        for (String name : path) {
            for (Hostile h : HOSTILE) {
                cases.add(openApiCase(method, template, fill(template, name, h.url()) + query(query, null, null),
                        name + "=" + h.label()));
            }
        }
        for (String name : query) {
            for (Hostile h : HOSTILE) {
                cases.add(openApiCase(method, template, fill(template, null, null) + query(query, name, h.url()),
                        "?" + name + "=" + h.label()));
            }
        }
        if (method.equals("GET")) {
            for (String name : header) {
                for (Hostile h : HOSTILE) {
                    cases.add(openApiCase(method, template, fill(template, null, null) + query(query, null, null),
                            "header " + name + ": " + h.label()).header(name, h.text()));
                }
            }
        }
        return cases;
    }

    private static Case openApiCase(String method, String template, String path, String label) {
        if (template.startsWith("/admin/api/")) {
            // the district's API, with a district admin's token: the hostile value must reach the validation
            String what = template + " " + label + " (district token)";
            Case c = method.equals("GET") ? Case.get("(a)", what, path, Expect.NO_5XX)
                    : template.endsWith("/keys") ? Case.post("(a)", what, path, JSON, utf8("{\"integrator\":\"x\"}"))
                    : new Case("(a)", what, method, path, Map.of(), null, Expect.REFUSED, 0);
            return c.header("Authorization", "Bearer " + District.TOKEN);
        }
        String what = template + " " + label;
        if (method.equals("GET")) {
            return Case.get("(a)", what, path, Expect.NO_5XX);
        }
        if (template.startsWith("/open311/")) {
            return Case.post("(a)", what, path, URLENCODED, ascii(open311Form()));
        }
        if (template.endsWith("/reports")) {
            return Case.post("(a)", what, path, JSON, utf8(report()));
        }
        if (template.contains("/track")) {
            return Case.post("(a)", what, path, JSON, utf8(track(js(UNKNOWN_CASE), js(CODE))));
        }
        return new Case("(a)", what, method, path, Map.of(), null, Expect.REFUSED, 0);
    }

    /** The template with {@code name} as {@code value} and the other parameters benign. */
    private static String fill(String template, String name, String value) {
        return TEMPLATE.matcher(template).replaceAll(r -> Matcher.quoteReplacement(
                r.group(1).equals(name) ? value : BENIGN_PATH.getOrDefault(r.group(1), "x")));
    }

    /** The query string: the benign companions an operation needs (jurisdiction_id, the other coordinate), then the hostile one. */
    private static String query(Set<String> names, String hostile, String value) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String n : names) {
            if (!n.equals(hostile) && BENIGN_QUERY.containsKey(n)) {
                q.add(n + "=" + BENIGN_QUERY.get(n));
            }
        }
        if (hostile != null) {
            q.add(hostile + "=" + value);
        }
        return q.toString();
    }

    // ---------------------------------------------------------------- (b) the JSON report, field by field

    private static List<Case> jsonReports() {
        List<Case> cases = new ArrayList<>();
        for (String field : List.of("category", "description", "address", "contact")) {
            for (String[] v : WRONG_TEXT) {
                cases.add(jsonReport(field + " " + v[0], report(field, v[1])));
            }
        }
        for (String field : List.of("category", "description")) {
            cases.add(jsonReport(field + " null", report(field, "null")));
        }
        for (String field : List.of("longitude", "latitude")) {
            for (String[] v : WRONG_COORDINATE) {
                cases.add(jsonReport(field + " " + v[0], report(field, v[1])));
            }
            cases.add(jsonReport(field + " a numeric string", report(field, js(REPORT.get(field)))));
        }
        for (String[] p : FAR_POINTS) {
            cases.add(jsonReport("the point " + p[0] + "," + p[1], report("longitude", p[0], "latitude", p[1])));
        }

        String deepArray = "[".repeat(10_000) + "]".repeat(10_000);
        String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        cases.add(jsonReport("the body an array 10 000 deep", deepArray));
        cases.add(jsonReport("the body an object 10 000 deep", deepObject));
        cases.add(jsonReport("category an array 10 000 deep", report("category", deepArray)));
        cases.add(jsonReport("answers an object 10 000 deep", report("answers", deepObject)));
        String valid = report();
        cases.add(jsonReport("two JSON objects", valid + valid));
        cases.add(jsonReport("trailing garbage", valid + "xyz"));
        cases.add(jsonReport("a trailing comma", valid + ","));
        cases.add(jsonReport("a trailing brace", valid + "}"));
        cases.add(jsonReport("a trailing NUL byte", valid + "\0"));
        cases.add(jsonReport("an empty object", "{}"));
        cases.add(jsonReport("null", "null"));
        cases.add(jsonReport("a JSON string", js("report")));
        cases.add(jsonReport("an empty body", ""));
        cases.add(jsonReport("only whitespace", "  \r\n\t "));
        cases.add(jsonReport("a BOM before the object", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(valid))));
        cases.add(jsonReport("a 70 KB body", report("description", js("x".repeat(70_000)))).expecting(413));

        String[] names = {"C3 28", "FF", "ED A0 80 (a surrogate)", "C0 AF (overlong)", "E6 9E (cut short)"};
        byte[][] bytes = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE6, (byte) 0x9E}};
        for (int i = 0; i < names.length; i++) {
            cases.add(jsonReport("description with the bytes " + names[i], splice(report("description", js("前@@后")), "@@", bytes[i])));
        }
        for (String type : new String[] {null, "text/plain", URLENCODED, "application/xml"}) {
            cases.add(Case.post("(b)", "Content-Type " + (type == null ? "missing" : type), REPORTS, type, utf8(valid))
                    .expecting(415));
        }
        for (String n : List.of("NaN", "Infinity", "1e9999")) {
            cases.add(jsonReport("the answer people=" + n, report("category", js("0601"), "answers", "{\"people\":" + js(n) + "}")));
        }
        cases.add(jsonReport("an answer to no question", report("answers", "{\"nosuch\":\"x\"}")));
        WRONG_KEYS.forEach((label, key) -> cases.add(jsonReport("Idempotency-Key of " + label, valid).header("Idempotency-Key", key)));
        cases.add(jsonReport("Idempotency-Key with CRLF", valid).header("Idempotency-Key", "abcdefghijklmnop\r\nX-Injected: 1"));
        return cases;
    }

    private static Case jsonReport(String label, String body) {
        return jsonReport(label, utf8(body));
    }

    private static Case jsonReport(String label, byte[] body) {
        return Case.post("(b)", label, REPORTS, JSON, body);
    }

    /** The valid report with some fields replaced or added (name, JSON value, ...). */
    private static String report(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(REPORT);
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        StringJoiner json = new StringJoiner(",", "{", "}");
        fields.forEach((k, v) -> json.add("\"" + k + "\":" + v));
        return json.toString();
    }

    // ---------------------------------------------------------------- (c) multipart reports: the API and the site's form

    private static List<Case> multipartReports() {
        List<Case> cases = new ArrayList<>();
        byte[] jpeg = TestImages.jpeg();
        for (String path : List.of(REPORTS, SITE_FORM)) {
            cases.add(withFiles(path, "a PHP script named .jpg", photo("evil.jpg", "image/jpeg", utf8("<?php system($_GET['c']); ?>"))));
            cases.add(withFiles(path, "an HTML page named .jpg", photo("page.jpg", "image/jpeg",
                    utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"))));
            cases.add(withFiles(path, "an SVG with a script named .jpg", photo("image.jpg", "image/jpeg",
                    utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>"))));
            cases.add(withFiles(path, "a JPEG header followed by a script", photo("mixed.jpg", "image/jpeg",
                    concat(Arrays.copyOf(jpeg, 20), utf8("<script>alert(1)</script>")))));
            cases.add(withFiles(path, "a PNG with a broken CRC", photo("broken.png", "image/png", pngWithBrokenCrc())));
            cases.add(withFiles(path, "a PNG declaring 60000 x 60000 pixels", photo("bomb.png", "image/png", pngOf60000Square())));
            cases.add(withFiles(path, "an empty file", photo("empty.jpg", "image/jpeg", new byte[0])));
            Part[] six = new Part[6];
            for (int i = 0; i < six.length; i++) {
                six[i] = photo("photo" + i + ".jpg", "image/jpeg", jpeg);
            }
            cases.add(withFiles(path, "six photos", six));
            cases.add(withFiles(path, "a 6 MB photo", photo("big.jpg", "image/jpeg", Arrays.copyOf(jpeg, 6 * 1024 * 1024)))
                    .expecting(413));
            cases.add(withFiles(path, "a file in the field avatar", new Part("avatar", "me.jpg", "image/jpeg", jpeg)));

            List<Part> parts = formParts(null, null);
            parts.add(photo("ok.jpg", "image/jpeg", jpeg));
            byte[] body = multipart(BOUNDARY, parts);
            cases.add(Case.post("(c)", "a boundary other than the body's", path, "multipart/form-data; boundary=other-boundary", body));
            cases.add(Case.post("(c)", "cut off in the photo", path, "multipart/form-data; boundary=" + BOUNDARY,
                    Arrays.copyOf(body, body.length - jpeg.length / 2)));
            cases.add(Case.post("(c)", "no boundary in the Content-Type", path, "multipart/form-data", body));
            cases.add(Case.post("(c)", "a JSON body said to be multipart", path, "multipart/form-data; boundary=" + BOUNDARY, utf8(report())));

            cases.add(withField(path, "description with invalid UTF-8", "description",
                    concat(utf8("前"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, utf8("后"))));
            cases.add(withField(path, "a 9 000-byte description", "description", utf8("x".repeat(9_000))));
            cases.add(withField(path, "longitude NaN", "longitude", utf8("NaN")));
            WRONG_KEYS.forEach((label, key) -> cases.add(withField(path, "idempotencyKey of " + label, "idempotencyKey", utf8(key))));
        }
        cases.add(Case.post("(c)", "the site's form urlencoded", SITE_FORM, URLENCODED,
                ascii("category=0104&description=x&address=y")).expecting(415));
        cases.add(Case.post("(c)", "the site's form without Content-Type", SITE_FORM, null,
                multipart(BOUNDARY, formParts(null, null))).expecting(415));
        return cases;
    }

    private static Case withFiles(String path, String label, Part... files) {
        List<Part> parts = formParts(null, null);
        parts.addAll(Arrays.asList(files));
        return Case.post("(c)", label, path, "multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, parts));
    }

    private static Case withField(String path, String label, String name, byte[] value) {
        return Case.post("(c)", label, path, "multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, formParts(name, value)));
    }

    /** The text fields of a valid form report (the site's form and the API read the same names), one replaced or added. */
    private static List<Part> formParts(String name, byte[] value) {
        Map<String, String> fields = ordered("category", "0104", "description", "（非法输入测试）带照片的上报",
                "address", "枫林路 8 号", "longitude", "121.4505", "latitude", "31.1905");
        List<Part> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(new Part(k, null, null, k.equals(name) ? value : utf8(v))));
        if (name != null && !fields.containsKey(name)) {
            parts.add(new Part(name, null, null, value));
        }
        return parts;
    }

    private static Part photo(String fileName, String type, byte[] content) {
        return new Part("photo", fileName, type, content);
    }

    private static byte[] multipart(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"")
                    + (p.type() == null ? "" : "\r\nContent-Type: " + p.type()) + "\r\n\r\n"));
            out.writeBytes(p.content());
            out.writeBytes(utf8("\r\n"));
        }
        out.writeBytes(utf8("--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    /** TestImages' PNG with the first byte of its IHDR chunk's CRC flipped. */
    private static byte[] pngWithBrokenCrc() {
        byte[] png = TestImages.png();
        png[29] ^= (byte) 0xFF;
        return png;
    }

    /** TestImages' PNG claiming 60 000 × 60 000 pixels, its IHDR CRC made right again: a decompression bomb's header. */
    private static byte[] pngOf60000Square() {
        byte[] png = TestImages.png();
        for (int at : new int[] {16, 20}) {
            png[at] = 0;
            png[at + 1] = 0;
            png[at + 2] = (byte) 0xEA;
            png[at + 3] = 0x60;
        }
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        long v = crc.getValue();
        png[29] = (byte) (v >>> 24);
        png[30] = (byte) (v >>> 16);
        png[31] = (byte) (v >>> 8);
        png[32] = (byte) v;
        return png;
    }

    // ---------------------------------------------------------------- (d) Open311 posts

    private static List<Case> open311Posts() {
        String people = "attribute%5Bpeople%5D";
        List<String[]> mutations = List.of(
                new String[] {"no api_key", "api_key", null},
                new String[] {"a blank api_key", "api_key", ""},
                new String[] {"an api_key of spaces", "api_key", "%20%20%20"},
                new String[] {"a space-padded api_key", "api_key", "%20demo-fenglin-open311%20"},
                new String[] {"another office's api_key", "api_key", "demo-huajing-open311"},
                new String[] {"a 10 000-character api_key", "api_key", "k".repeat(10_000)},
                new String[] {"an api_key ending in %00", "api_key", "demo-fenglin-open311%00"},
                new String[] {"an unknown jurisdiction_id", "jurisdiction_id", "nowhere"},
                new String[] {"a blank jurisdiction_id", "jurisdiction_id", ""},
                new String[] {"a suspended office's jurisdiction_id", "jurisdiction_id", "tianping"},
                new String[] {"jurisdiction_id with SQL", "jurisdiction_id", enc("fenglin' OR '1'='1")},
                new String[] {"description %FF", "description", "%FF"},
                new String[] {"description with %00", "description", "abc%00def"},
                new String[] {"description with a UTF-8 surrogate", "description", "%ED%A0%80"},
                new String[] {"description with a script", "description", enc("<script>alert(1)</script>")},
                new String[] {"description with the escape %G1", "description", "%G1"},
                new String[] {"description ending in a lone %", "description", "100%"},
                new String[] {"a 10 000-character first_name", "first_name", "a".repeat(10_000)},
                new String[] {"a 10 000-character last_name", "last_name", "a".repeat(10_000)},
                new String[] {"a 10 000-character email", "email", "a".repeat(9_988) + "%40example.org"},
                new String[] {"lat NaN", "lat", "NaN"},
                new String[] {"long NaN", "long", "NaN"},
                new String[] {"lat Infinity", "lat", "Infinity"},
                new String[] {"lat 1e9999", "lat", "1e9999"},
                new String[] {"long -1e9999", "long", "-1e9999"},
                new String[] {"lat and long 0,0", "lat", "0", "long", "0"},
                new String[] {"lat without long", "long", null},
                new String[] {"no service_code", "service_code", null},
                new String[] {"service_code with SQL", "service_code", enc("0104' OR '1'='1")},
                new String[] {"attribute[people]=NaN", "service_code", "0601", people, "NaN"},
                new String[] {"attribute[people]=Infinity", "service_code", "0601", people, "Infinity"},
                new String[] {"attribute[people]=1e9999", "service_code", "0601", people, "1e9999"},
                new String[] {"media_url javascript:", "media_url", enc("javascript:alert(1)")});
        List<Case> cases = new ArrayList<>();
        for (String format : List.of("json", "xml")) {
            String path = "/open311/v2/requests." + format;
            for (String[] m : mutations) {
                cases.add(Case.post("(d)", m[0], path, URLENCODED, ascii(open311Form(Arrays.copyOfRange(m, 1, m.length)))));
            }
            String json = "{\"api_key\":\"demo-fenglin-open311\",\"jurisdiction_id\":\"fenglin\",\"service_code\":\"0104\","
                    + "\"lat\":31.1905,\"long\":121.4505,\"description\":\"JSON\"}";
            cases.add(Case.post("(d)", "a JSON body", path, JSON, utf8(json)).expecting(415));
            cases.add(Case.post("(d)", "no Content-Type", path, null, ascii(open311Form())).expecting(415));
            cases.add(Case.post("(d)", "Content-Type text/plain", path, "text/plain", ascii(open311Form())).expecting(415));
            cases.add(Case.post("(d)", "a 1 MB body", path, URLENCODED, ascii(open311Form("description", "x".repeat(1024 * 1024))))
                    .expecting(413));
        }
        return cases;
    }

    /** The valid Open311 form with fields replaced (name, urlencoded value, ...; a null value leaves the field out). */
    private static String open311Form(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(OPEN311);
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                fields.remove(changes[i]);
            } else {
                fields.put(changes[i], changes[i + 1]);
            }
        }
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    // ---------------------------------------------------------------- (e) tracking, on the API and the site

    private static List<Case> tracking() {
        List<Case> cases = new ArrayList<>();
        for (String[] v : TRACK_VALUES) {
            cases.add(Case.post("(e)", "number " + v[0], "/api/v1/track", JSON, utf8(track(v[1], js(CODE)))));
            cases.add(Case.post("(e)", "code " + v[0], "/api/v1/track", JSON, utf8(track(js(UNKNOWN_CASE), v[1]))));
        }
        for (String score : WRONG_SCORES) {
            cases.add(Case.post("(e)", "score " + score, "/api/v1/track/rate", JSON, utf8("{\"number\":" + js(UNKNOWN_CASE)
                    + ",\"code\":" + js(CODE) + ",\"score\":" + score + ",\"comment\":\"x\"}")));
        }
        cases.add(Case.post("(e)", "a 10 000-character comment", "/api/v1/track/rate", JSON, utf8("{\"number\":"
                + js(UNKNOWN_CASE) + ",\"code\":" + js(CODE) + ",\"score\":5,\"comment\":" + js("长".repeat(10_000)) + "}")));
        for (String[] reason : List.of(new String[] {"10 000 characters", js("长".repeat(10_000))},
                new String[] {"NUL", js("\\u0000")}, new String[] {"a script", js("<script>alert(1)</script>")},
                new String[] {"only zero-width characters", js("\u200B\u200B")})) {
            cases.add(Case.post("(e)", "reason " + reason[0], "/api/v1/track/reopen", JSON, utf8("{\"number\":"
                    + js(UNKNOWN_CASE) + ",\"code\":" + js(CODE) + ",\"reason\":" + reason[1] + "}")));
        }
        cases.add(Case.post("(e)", "a 70 KB number", "/api/v1/track", JSON, utf8(track(js("A".repeat(70_000)), js(CODE))))
                .expecting(413));
        cases.add(Case.post("(e)", "no Content-Type", "/api/v1/track", null, utf8(track(js(UNKNOWN_CASE), js(CODE)))).expecting(415));
        cases.add(Case.post("(e)", "Content-Type text/plain", "/api/v1/track", "text/plain",
                utf8(track(js(UNKNOWN_CASE), js(CODE)))).expecting(415));

        for (Hostile h : HOSTILE) {
            String v = h.url();
            String l = "=" + h.label();
            cases.add(Case.get("(e)", "number" + l, "/track?number=" + v, Expect.NO_5XX));
            cases.add(Case.post("(e)", "number" + l, "/track", URLENCODED, ascii("number=" + v + "&code=" + CODE)));
            cases.add(Case.post("(e)", "code" + l, "/track", URLENCODED, ascii("number=" + UNKNOWN_CASE + "&code=" + v)));
            cases.add(Case.post("(e)", "score" + l, "/track", URLENCODED,
                    ascii("action=rate&number=" + UNKNOWN_CASE + "&code=" + CODE + "&score=" + v)));
            cases.add(Case.get("(e)", "photo n" + l, "/photo?n=" + v + "&i=1&e=4102444800&t=x", Expect.REFUSED));
            cases.add(Case.get("(e)", "photo t" + l, "/photo?n=" + UNKNOWN_CASE + "&i=1&e=4102444800&t=" + v, Expect.REFUSED));
            cases.add(Case.get("(e)", "unsubscribe t" + l, "/unsubscribe?o=fenglin&t=" + v, Expect.REFUSED));
            cases.add(Case.get("(e)", "unsubscribe o" + l, "/unsubscribe?o=" + v + "&t=x", Expect.REFUSED));
            cases.add(Case.post("(e)", "one-click unsubscribe t" + l, "/unsubscribe", URLENCODED, ascii("o=fenglin&t=" + v)));
            cases.add(Case.get("(e)", "office" + l, "/o/" + v, Expect.NO_5XX));
            cases.add(Case.get("(e)", "office" + l, "/o/" + v + "/report", Expect.NO_5XX));
            cases.add(Case.get("(e)", "longitude" + l, SITE_FORM + "?longitude=" + v + "&latitude=31.1905", Expect.NO_5XX));
            cases.add(Case.get("(e)", "lang" + l, "/?lang=" + v, Expect.NO_5XX));
        }
        return cases;
    }

    private static String track(String number, String code) {
        return "{\"number\":" + number + ",\"code\":" + code + "}";
    }

    // ---------------------------------------------------------------- the runner and its checks

    private void run(List<Case> cases) throws InterruptedException {
        for (Case c : cases) {
            HttpRequest request;
            try {
                request = c.request(freshClient());
            } catch (IllegalArgumentException e) {
                notSent.add(c.describe() + ": " + e.getMessage());
                continue;
            }
            HttpResponse<byte[]> response;
            try {
                response = send(request);
            } catch (HttpTimeoutException e) {
                tried++;
                failures.add(c.describe() + " -> no answer within " + TIMEOUT.toSeconds() + " s");
                continue;
            } catch (IOException | IllegalArgumentException e) {
                notSent.add(c.describe() + ": " + e);
                continue;
            }
            tried++;
            check(c, request.uri(), response);
        }
    }

    /** Sends, once more on a new connection when the server had closed the pooled one after its last answer. */
    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private void check(Case c, URI uri, HttpResponse<byte[]> r) {
        int status = r.statusCode();
        String body = new String(r.body(), StandardCharsets.UTF_8);
        String type = r.headers().firstValue("Content-Type").orElse("");
        List<String> wrong = new ArrayList<>();
        if (status >= 500) {
            serverErrors++;
            wrong.add("a server error");
        } else if (status == 429) {
            wrong.add("429: the suite ran into a rate limit");
        } else if (c.expect() == Expect.REFUSED && status >= 200 && status < 300) {
            accepted++;
            wrong.add("accepted what must be refused");
        } else if (c.expect() == Expect.REFUSED && status < 400) {
            wrong.add("expected a 4xx");
        }
        if (c.status() != 0 && status != c.status()) {
            wrong.add("expected " + c.status());
        }
        if (status >= 400) {
            wrong.addAll(formatTrouble(uri, status, type, body));
        }
        if (!wrong.isEmpty()) {
            failures.add(c.describe() + " -> " + status + ": " + String.join("; ", wrong) + " | " + abbreviate(body.replaceAll("\\s+", " ").strip(), 160));
        }
    }

    /** What is wrong with an error answer: server internals shown, or not the format of its surface. */
    private static List<String> formatTrouble(URI uri, int status, String type, String body) {
        List<String> trouble = new ArrayList<>();
        if (body.contains("Exception") || body.contains("at org.") || body.contains("Payara")) {
            trouble.add("shows server internals (Exception, stack frames or Payara)");
        }
        if (status > 499) {
            return trouble;
        }
        if (status == 400 && type.isEmpty() && body.isEmpty()) {
            return trouble;   // the HTTP server refused the request line itself (%00, bad UTF-8, 10 000 characters): no application saw it
        }
        String path = uri.normalize().getRawPath();
        String t = type.toLowerCase(Locale.ROOT);
        if (path.startsWith("/api/") || path.startsWith("/admin/api/")) {
            if (!t.startsWith("application/problem+json")) {
                trouble.add("not application/problem+json but " + (type.isEmpty() ? "no Content-Type" : type));
            } else if (!String.valueOf(status).equals(PublicApi.field(body, "status")) || PublicApi.field(body, "code") == null) {
                trouble.add("a problem document without its status and code");
            }
        } else if (path.startsWith("/open311/")) {
            if (path.endsWith(".json")) {
                if (!t.startsWith("application/json") || !body.strip().startsWith("[") || !body.contains("\"code\":" + status)
                        || !body.contains("\"description\"")) {
                    trouble.add("not an Open311 JSON error");
                }
            } else if (!t.contains("xml") || !body.contains("<errors>") || !body.contains("<code>" + status + "</code>")
                    || !body.contains("<description>")) {
                trouble.add("not an Open311 XML error");
            }
        } else if (!t.startsWith("text/html") || !body.toLowerCase(Locale.ROOT).contains("<html")) {
            trouble.add("not an HTML page but " + (type.isEmpty() ? "no Content-Type" : type) + (body.isEmpty() ? ", empty" : ""));
        }
        return trouble;
    }

    // ---------------------------------------------------------------- (f) raw sockets: too little, or nothing

    /** Declares a body of 1000 bytes, sends 10 and hangs up; the server must serve the next request as ever. */
    private void truncated(String label, String path, String type, String tenBytes) throws IOException, InterruptedException {
        try (Socket socket = openSocket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + EarDeployment.url("/").getAuthority()
                    + "\r\nX-Forwarded-For: " + freshClient() + "\r\nContent-Type: " + type
                    + "\r\nContent-Length: 1000\r\n\r\n" + tenBytes).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        tried++;
        stillServing("(f) after " + label + " cut short (Content-Length 1000, 10 bytes sent)");
    }

    private void stillServing(String when) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(EarDeployment.url("/api/v1/offices")).timeout(TIMEOUT)
                    .header("X-Forwarded-For", freshClient()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                failures.add(when + ": a normal request answered " + r.statusCode());
            }
        } catch (IOException e) {
            failures.add(when + ": a normal request failed: " + e);
        }
    }

    /**
     * Sends {@code head} and waits, at most 90 s, for the server to answer or close the connection: it must
     * within 60 s. Runs beside the batch (it writes nothing), so the suite waits for it only once.
     */
    private static Probe slowProbe(String label, String head) {
        long start = 0;
        try (Socket socket = openSocket()) {
            socket.setSoTimeout(90_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            start = System.nanoTime();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n' && line.size() < 200; b = in.read()) {
                line.write(b);
            }
            Matcher m = STATUS_LINE.matcher(line.toString(StandardCharsets.ISO_8859_1));
            return new Probe(label, m.lookingAt() ? Integer.parseInt(m.group(1)) : 0, (System.nanoTime() - start) / 1_000_000, null);
        } catch (SocketTimeoutException e) {
            return new Probe(label, 0, 90_000, "the connection was still open after 90 s");
        } catch (IOException e) {
            if (start == 0) {
                return new Probe(label, 0, 0, "could not send: " + e);
            }
            return new Probe(label, 0, (System.nanoTime() - start) / 1_000_000, null);   // reset: closed too
        }
    }

    private void judge(Probe p) {
        tried++;
        String what = "(f) " + p.label();
        System.out.println("BadInputIT: " + what + ": " + (p.status() == 0 ? "closed" : "answered " + p.status())
                + " after " + p.millis() + " ms");
        if (p.trouble() != null) {
            failures.add(what + ": " + p.trouble());
            return;
        }
        if (p.millis() > 60_000) {
            failures.add(what + ": the server answered or closed only after " + p.millis() / 1000 + " s (at most 60 s)");
        }
        if (p.status() >= 500) {
            serverErrors++;
            failures.add(what + ": answered " + p.status());
        } else if (p.status() >= 200 && p.status() < 300) {
            accepted++;
            failures.add(what + ": answered " + p.status());
        }
    }

    private static Socket openSocket() throws IOException {
        URI base = EarDeployment.url("/");
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    // ---------------------------------------------------------------- the database and small helpers

    /**
     * Rows of every case table (case_% — case_file, case_event, case_attachment, case_public, case_follower,
     * case_number, case_supporter as the migrations stand) and of the mail outbox. The overdue timer's
     * escalations (case_event ESCALATE) are left out: it may run during the batch and writes for no request.
     */
    private static long caseRows() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND (table_name LIKE 'case\\_%' OR table_name = 'mail_outbox')")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            if (!tables.containsAll(List.of("case_file", "case_event", "case_attachment"))) {
                throw new IllegalStateException("Not the case tables expected: " + tables);
            }
            long rows = 0;
            for (String table : tables) {
                String where = table.equals("case_event") ? " WHERE action <> 'ESCALATE'" : "";
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table + where)) {
                    r.next();
                    rows += r.getLong(1);
                }
            }
            return rows;
        }
    }

    /** A new resident for each request, as PublicApi makes one (the test domain believes X-Forwarded-For from 127.0.0.1). */
    private static String freshClient() {
        return "198.51.100." + (1 + ThreadLocalRandom.current().nextInt(250)) + "-" + UUID.randomUUID();
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A JSON string of text that needs no escaping (or is escaped already). */
    private static String js(String text) {
        return "\"" + text + "\"";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The text as UTF-8 with {@code marker} replaced by raw bytes. */
    private static byte[] splice(String text, String marker, byte[] bytes) {
        int at = text.indexOf(marker);
        return concat(utf8(text.substring(0, at)), bytes, utf8(text.substring(at + marker.length())));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
