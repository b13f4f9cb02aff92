package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.photos.TestImages;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Street office A (fenglin) gives out nothing of street office B (huajing), through any door of the whole
 * EAR — and the list of doors is not written here but read from the application: the JSON API and
 * Open311 from /openapi, the residents' site from the {@code @WebServlet} patterns of the EAR's WARs, the
 * portal's and the console's views from their {@code @Route} classes. Each door needs an entry in one of
 * the three tables below saying how to ask it, as A, for B's things (B's case numbers, access codes,
 * photo, idempotency key, Open311 request and api_key, unsubscribe token); a door without an entry fails
 * the suite, so a new endpoint, servlet or view cannot go untested.
 *
 * <p>An answer fails when it carries any of B's secrets that its request did not itself contain (an echo
 * of what was asked is no leak), when a call marked {@code refused} — it names B's object through A —
 * gets anything but a 4xx, and when anything answers a 5xx. Both of the first two count as cross-tenant
 * reads. Before the probes, B's secrets are shown to open B's things through B's own doors, so that a 404
 * through A means isolation, not a dead secret; after them, B's reporter still gets in with B's code and
 * B's follower still follows.
 *
 * <p>The portal and the console have no working sign-in yet (their LoginView refuses everyone), so their
 * views are asked without one: they must show nothing of B's either way.
 */
@ExtendWith(ArquillianExtension.class)
class CrossTenantIT {

    private static final String API = "/api/v1/offices/";
    private static final String O311 = "/open311/v2/";
    private static final String DISTRICT = "/admin/api/v1/";
    private static final String TRACK_WHY = "no office in the path, the case number names it: B's code on A's case, "
            + "B's code on B's sequence under A's prefix, A's code on B's case";

    /**
     * The JSON API and Open311, by "METHOD path" as /openapi lists them ({@code {format: xml|json}} read as
     * {@code {format}}): how to ask each, as A, for B's things.
     */
    static final Map<String, Probe> ENDPOINTS = Map.ofEntries(
            entry("GET /api/v1/offices", new Probe("no tenant-scoped data: the active street offices",
                    (a, b) -> List.of(get("/api/v1/offices")))),
            entry("GET /api/v1/offices/at", new Probe("no tenant-scoped data: whose grids cover B's point",
                    (a, b) -> List.of(get(API + "at?longitude=" + b.longitude() + "&latitude=" + b.latitude())))),
            entry("GET /api/v1/offices/{office}", new Probe("A's own card, no cases",
                    (a, b) -> List.of(get(API + a.office())))),
            entry("GET /api/v1/offices/{office}/categories", new Probe("A's categories, no cases",
                    (a, b) -> List.of(get(API + a.office() + "/categories")))),
            entry("POST /api/v1/offices/{office}/reports", new Probe(
                    "a report to A under B's idempotency key (JSON, then multipart): A's own receipt, never B's case",
                    (a, b) -> List.of(
                            postJson(API + a.office() + "/reports", reportJson(a), Map.of("Idempotency-Key", b.key())),
                            postMultipart(API + a.office() + "/reports", reportFields(a, b.key()))))),
            entry("GET /api/v1/offices/{office}/cases", new Probe("A's public list, open and all: none of B's cases",
                    (a, b) -> List.of(get(API + a.office() + "/cases"),
                            get(API + a.office() + "/cases?open=false&size=100")))),
            entry("GET /api/v1/offices/{office}/cases/nearby", new Probe("A's open cases around B's point: none of B's",
                    (a, b) -> List.of(get(API + a.office() + "/cases/nearby?category=0104&longitude=" + b.longitude()
                            + "&latitude=" + b.latitude())))),
            entry("GET /api/v1/offices/{office}/cases/{number}", new Probe("B's public cases through A",
                    (a, b) -> List.of(
                            refused(get(API + a.office() + "/cases/" + b.number())),
                            refused(get(API + a.office() + "/cases/" + b.open311Number()))))),
            entry("POST /api/v1/offices/{office}/cases/{number}/support", new Probe("'me too' on B's case through A",
                    (a, b) -> List.of(refused(postJson(API + a.office() + "/cases/" + b.number() + "/support", "", Map.of()))))),
            entry("GET /api/v1/offices/{office}/cases/{number}/photos/{id}", new Probe(
                    "B's photo through A: on B's case (public, and with B's code), and on A's own case with A's code",
                    (a, b) -> List.of(
                            refused(get(API + a.office() + "/cases/" + b.number() + "/photos/" + b.photoId())),
                            refused(get(API + a.office() + "/cases/" + b.number() + "/photos/" + b.photoId(),
                                    Map.of("X-Access-Code", b.code()))),
                            refused(get(API + a.office() + "/cases/" + a.number() + "/photos/" + b.photoId(),
                                    Map.of("X-Access-Code", a.code())))))),
            entry("GET /api/v1/offices/{office}/map", new Probe("A's outlines and open problems: none of B's cases",
                    (a, b) -> List.of(get(API + a.office() + "/map")))),
            entry("GET /api/v1/offices/{office}/statistics", new Probe("A's figures: counts, no cases",
                    (a, b) -> List.of(get(API + a.office() + "/statistics")))),
            entry("POST /api/v1/track", new Probe(TRACK_WHY,
                    (a, b) -> mixedCodes("/api/v1/track", a, b, ""))),
            entry("POST /api/v1/track/rate", new Probe(TRACK_WHY,
                    (a, b) -> mixedCodes("/api/v1/track/rate", a, b, ",\"score\":5"))),
            entry("POST /api/v1/track/reopen", new Probe(TRACK_WHY,
                    (a, b) -> mixedCodes("/api/v1/track/reopen", a, b, ",\"reason\":\"问题依旧\""))),

            entry("GET /open311/v2/discovery.{format}", new Probe("no tenant-scoped data: the discovery document",
                    (a, b) -> List.of(get(O311 + "discovery.xml"), get(O311 + "discovery.json")))),
            entry("GET /open311/v2/services.{format}", new Probe("A's services (its categories), no cases",
                    (a, b) -> List.of(get(O311 + "services.xml?jurisdiction_id=" + a.office()),
                            get(O311 + "services.json?jurisdiction_id=" + a.office())))),
            entry("GET /open311/v2/services/{code}.{format}", new Probe(
                    "A's service definitions: service codes are the national 小类 codes, the same in every office, no secret of B's",
                    (a, b) -> List.of(get(O311 + "services/0104.xml?jurisdiction_id=" + a.office()),
                            get(O311 + "services/0801.json?jurisdiction_id=" + a.office())))),
            entry("POST /open311/v2/requests.{format}", new Probe("a request to A's jurisdiction with B's api_key",
                    (a, b) -> List.of(
                            refused(postForm(O311 + "requests.xml", open311Fields(a, b.apiKey()))),
                            refused(postForm(O311 + "requests.json", open311Fields(a, b.apiKey())))))),
            entry("GET /open311/v2/requests.{format}", new Probe(
                    "A's list, filtered by B's ids and unfiltered: none of B's requests",
                    (a, b) -> List.of(
                            get(O311 + "requests.json?jurisdiction_id=" + a.office() + "&service_request_id="
                                    + b.number() + "%2C" + b.open311Number()),
                            get(O311 + "requests.xml?jurisdiction_id=" + a.office() + "&service_request_id=" + b.open311Number()),
                            get(O311 + "requests.json?jurisdiction_id=" + a.office())))),
            entry("GET /open311/v2/requests/{id}.{format}", new Probe(
                    "B's requests through A's jurisdiction: as anyone, with B's api_key and with A's",
                    (a, b) -> List.of(
                            refused(get(O311 + "requests/" + b.open311Number() + ".xml?jurisdiction_id=" + a.office())),
                            refused(get(O311 + "requests/" + b.open311Number() + ".json?jurisdiction_id=" + a.office()
                                    + "&api_key=" + b.apiKey())),
                            refused(get(O311 + "requests/" + b.number() + ".json?jurisdiction_id=" + a.office()
                                    + "&api_key=" + a.apiKey()))))),
            entry("GET /open311/v2/tokens/{token}.{format}", new Probe("B's idempotency key as a token at A's jurisdiction",
                    (a, b) -> List.of(
                            refused(get(O311 + "tokens/" + b.key() + ".xml?jurisdiction_id=" + a.office())),
                            refused(get(O311 + "tokens/" + b.key() + ".json?jurisdiction_id=" + a.office()))))),

            entry("GET " + DISTRICT + "offices", district("GET", "offices", null)),
            entry("POST " + DISTRICT + "offices", district("POST", "offices", "{\"code\":\"crosstenant\"}")),
            entry("GET " + DISTRICT + "offices/{code}", district("GET", "offices/{b}", null)),
            entry("POST " + DISTRICT + "offices/{code}/suspend", district("POST", "offices/{b}/suspend", "")),
            entry("POST " + DISTRICT + "offices/{code}/resume", district("POST", "offices/{b}/resume", "")),
            entry("POST " + DISTRICT + "offices/{code}/retire", district("POST", "offices/{b}/retire", "")),
            entry("GET " + DISTRICT + "offices/{code}/admins", district("GET", "offices/{b}/admins", null)),
            entry("POST " + DISTRICT + "offices/{code}/admins/{login}/password", district("POST", "offices/{b}/admins/admin/password", "")),
            entry("GET " + DISTRICT + "offices/{code}/keys", district("GET", "offices/{b}/keys", null)),
            entry("POST " + DISTRICT + "offices/{code}/keys", district("POST", "offices/{b}/keys", "{\"integrator\":\"A\"}")),
            entry("DELETE " + DISTRICT + "offices/{code}/keys/{id}", district("DELETE", "offices/{b}/keys/1", null)),
            entry("GET " + DISTRICT + "offices/{code}/measures", district("GET", "offices/{b}/measures?period=YEAR", null)),
            entry("GET " + DISTRICT + "offices/{code}/work-report", district("GET", "offices/{b}/work-report?period=YEAR", null)),
            entry("GET " + DISTRICT + "measures", district("GET", "measures?period=YEAR", null)),
            entry("GET " + DISTRICT + "templates", district("GET", "templates", null)),
            entry("POST " + DISTRICT + "templates", district("POST", "templates", "{\"fromOffice\":\"{b}\",\"code\":\"x\",\"name\":\"x\"}")));

    /**
     * The district's provisioning API acts across street offices for district admins only: asked for B's
     * office with no token and with A's own Open311 key as a bearer token, it must refuse (401) and
     * change nothing; ProvisioningIT shows what a district admin's token opens.
     */
    private static Probe district(String method, String path, String json) {
        return new Probe("the district's API: no district token, no office; a street office's key is no district token",
                (a, b) -> {
                    String where = DISTRICT + path.replace("{b}", b.office());
                    byte[] body = json == null ? null : json.replace("{b}", b.office()).getBytes(StandardCharsets.UTF_8);
                    Map<String, String> type = json == null ? Map.of() : Map.of("Content-Type", "application/json");
                    Map<String, String> withKey = new LinkedHashMap<>(type);
                    withKey.put("Authorization", "Bearer " + a.apiKey());
                    return List.of(new Call(true, method, where, type, body), new Call(true, method, where, withKey, body));
                });
    }

    /**
     * The residents' site, by context root + {@code @WebServlet} pattern (the empty pattern, the context
     * root itself, as "/"): how to ask each, as A, for B's things.
     */
    static final Map<String, Probe> SERVLETS = Map.ofEntries(
            entry("/", new Probe("no tenant-scoped data: the home page lists the street offices",
                    (a, b) -> List.of(get("/")))),
            entry("/o/*", new Probe("A's pages show only A's cases; B's case page, 'me too' and 'follow' through A; "
                    + "A's form under B's idempotency key; a receipt name made up at A",
                    (a, b) -> List.of(
                            get("/o/" + a.office()),
                            get("/o/" + a.office() + "/report"),
                            refused(get("/o/" + a.office() + "/cases/" + b.number())),
                            refused(postForm("/o/" + a.office() + "/cases/" + b.number() + "/support", Map.of())),
                            refused(postForm("/o/" + a.office() + "/cases/" + b.number() + "/follow",
                                    Map.of("email", "someone@example.com"))),
                            refused(get("/o/" + a.office() + "/receipt/" + b.key())),
                            postMultipart("/o/" + a.office() + "/report", reportFields(a, b.key()))))),
            entry("/track", new Probe("the empty form for B's number (it only echoes it); then " + TRACK_WHY,
                    (a, b) -> List.of(
                            get("/track?number=" + b.number()),
                            refused(postForm("/track", Map.of("number", a.number(), "code", b.code()))),
                            refused(postForm("/track", Map.of("number", underPrefixOf(a, b), "code", b.code()))),
                            refused(postForm("/track", Map.of("number", b.number(), "code", a.code())))))),
            entry("/photo", new Probe("signed links only: A's own link pointed at B's photo, B's link moved onto A's case",
                    (a, b) -> List.of(
                            refused(get(a.photoLink().replaceFirst("([?&]i=)\\d+", "$1" + b.photoId()))),
                            refused(get(b.photoLink().replaceFirst("([?&]n=)[^&]+", "$1" + a.number())))))),
            entry("/follow", new Probe("B's follower token at A: the confirmation link's page (a button, no data) and its POST",
                    (a, b) -> List.of(get("/follow?o=" + a.office() + "&t=" + b.unsubscribe()),
                            refused(postForm("/follow", Map.of("o", a.office(), "t", b.unsubscribe())))))),
            entry("/unsubscribe", new Probe("B's follower token at A: the mail's link and its one-click POST",
                    (a, b) -> List.of(
                            refused(get("/unsubscribe?o=" + a.office() + "&t=" + b.unsubscribe())),
                            refused(postForm("/unsubscribe?o=" + a.office() + "&t=" + b.unsubscribe(),
                                    Map.of("List-Unsubscribe", "One-Click")))))),
            entry("/error", new Probe("no tenant-scoped data: the error page",
                    (a, b) -> List.of(get("/error")))));

    /**
     * The portal's and the console's views, by context root + "/" + {@code @Route} (or {@code @RouteAlias})
     * value: how to ask each, as A, for B's things. A view that takes a parameter (a template such as
     * {@code cases/:number}, or HasUrlParameter) is asked with B's number in it.
     */
    static final Map<String, Probe> ROUTES = Map.ofEntries(
            entry("/portal/", new Probe("the portal's entry: forwards to its sign-in, no office's data",
                    (a, b) -> List.of(page("/portal/")))),
            entry("/portal/login", new Probe("the portal's sign-in form, no office's data",
                    (a, b) -> List.of(page("/portal/login")))),
            entry("/portal/cases/:number", new Probe("one case for the command centre: to someone not signed in, the sign-in; "
                    + "PortalSignInE2E shows a signed-in dispatcher another office's number as not found",
                    (a, b) -> List.of(page("/portal/cases/" + b.number()), page("/portal/cases/" + b.open311Number())))),
            entry("/portal/board", new Probe("the command centre's board: to someone not signed in, the sign-in; "
                    + "PortalSignInE2E shows a signed-in dispatcher only their own office's cases",
                    (a, b) -> List.of(page("/portal/board?q=" + b.number()), page("/portal/board")))),
            entry("/portal/intake", new Probe("the command centre's intake form: to someone not signed in, the sign-in; "
                    + "it shows only the signed-in office's catalogue", (a, b) -> List.of(page("/portal/intake")))),
            entry("/portal/inbox", new Probe("a unit's inbox: to someone not signed in, the sign-in; "
                    + "CaseLoopE2E shows a unit officer their unit's cases", (a, b) -> List.of(page("/portal/inbox")))),
            entry("/portal/patrol", new Probe("the inspector's screen: to someone not signed in, the sign-in; "
                    + "CaseLoopE2E shows an inspector the office's handled cases", (a, b) -> List.of(page("/portal/patrol")))),
            entry("/portal/replies", new Probe("a street office's standard replies, for its admin: to someone not signed "
                    + "in, the sign-in; the signed-in office's only", (a, b) -> List.of(page("/portal/replies")))),
            entry("/portal/staff", new Probe("a street office's staff accounts, for its admin: to someone not signed in, "
                    + "the sign-in; StaffAdminIT keeps every operation inside the admin's office", (a, b) -> List.of(page("/portal/staff")))),
            entry("/portal/audit", new Probe("a street office's audit trail, for its admin and leaders: to someone not "
                    + "signed in, the sign-in; StaffAdminIT shows each office sees its own entries", (a, b) -> List.of(page("/portal/audit")))),
            entry("/portal/integrations", new Probe("a street office's API keys, for its admin: to someone not signed in, "
                    + "the sign-in; StreetOfficeAdminE2E shows a revoked key refused at once", (a, b) -> List.of(page("/portal/integrations")))),
            entry("/portal/operations", new Probe("a street office's joint operations, for its command centre, admin and "
                    + "leaders: to someone not signed in, the sign-in; JointOperationsIT keeps them and their audit in the office",
                    (a, b) -> List.of(page("/portal/operations")))),
            entry("/portal/dashboard", new Probe("a street office's measures, for its leaders, command centre and admin: to "
                    + "someone not signed in, the sign-in; MeasuresIT reads every figure from the office's own rows only",
                    (a, b) -> List.of(page("/portal/dashboard?period=YEAR&unit=1&grid=" + b.office())))),
            entry("/portal/reports", new Probe("a street office's kept reports: to someone not signed in, the sign-in; "
                    + "KeptReports reads and serves only the signed-in office's rows", (a, b) -> List.of(page("/portal/reports")))),
            entry("/portal/calendar", new Probe("a street office's work calendar: to someone not signed in, the sign-in; "
                    + "CalendarIT keeps each office's holidays and their audit in the office", (a, b) -> List.of(page("/portal/calendar")))),
            entry("/portal/duty", new Probe("a street office's duty level and rota: to someone not signed in, the sign-in; "
                    + "DutyIT keeps the level, the rota and their audit in the office", (a, b) -> List.of(page("/portal/duty")))),
            entry("/portal/grids", new Probe("a street office's grids on a map, for its admin: to someone not signed in, "
                    + "the sign-in; OrganisationIT keeps imported grids and their audit inside the office",
                    (a, b) -> List.of(page("/portal/grids")))),
            entry("/portal/units", new Probe("a street office's member units, for its admin: to someone not signed in, "
                    + "the sign-in; OrganisationIT keeps unit changes inside the office", (a, b) -> List.of(page("/portal/units")))),
            entry("/portal/catalogue", new Probe("a street office's categories and time limits, for its admin: to someone "
                    + "not signed in, the sign-in; CaseWorkflowIT keeps a change inside the office", (a, b) -> List.of(page("/portal/catalogue")))),
            entry("/portal/password", new Probe("a member of staff's own new password: to someone not signed in, the "
                    + "sign-in; the signed-in person's own account only", (a, b) -> List.of(page("/portal/password")))),
            entry("/admin/", new Probe("the console's entry: forwards to its sign-in, no office's data",
                    (a, b) -> List.of(page("/admin/")))),
            entry("/admin/login", new Probe("the console's sign-in form, no office's data",
                    (a, b) -> List.of(page("/admin/login")))),
            entry("/admin/offices", new Probe("the district's list of offices (figures only): to someone not signed in, the sign-in",
                    (a, b) -> List.of(page("/admin/offices")))),
            entry("/admin/offices/:code", new Probe("one office as the district runs it: to someone not signed in, the sign-in; "
                    + "DistrictConsoleE2E shows a district admin suspending and resuming one", (a, b) -> List.of(page("/admin/offices/" + b.office())))),
            entry("/admin/compare", new Probe("the street offices' figures side by side (no case, no resident): to someone "
                    + "not signed in, the sign-in", (a, b) -> List.of(page("/admin/compare")))),
            entry("/admin/onboard", new Probe("onboarding a street office: to someone not signed in, the sign-in",
                    (a, b) -> List.of(page("/admin/onboard")))),
            entry("/admin/templates", new Probe("the district's templates (no office's data but its set-up): to someone not signed in, the sign-in",
                    (a, b) -> List.of(page("/admin/templates")))),
            entry("/admin/tokens", new Probe("a district admin's own API tokens: to someone not signed in, the sign-in",
                    (a, b) -> List.of(page("/admin/tokens")))),
            entry("/admin/trail", new Probe("the district's own trail (district admins' actions, no case or resident): to someone not signed in, the sign-in",
                    (a, b) -> List.of(page("/admin/trail")))),
            entry("/admin/password", new Probe("a district admin's own new password: to someone not signed in, the sign-in",
                    (a, b) -> List.of(page("/admin/password")))));

    /** What one street office's residents hold after reporting there: what the other office must never give out. */
    record Secrets(String office, String longitude, String latitude, String number, String code, String photoId,
                   String photoLink, String key, String unsubscribe, String open311Number, String open311Code,
                   String apiKey, String marker) {

        /** The strings that tell of these cases; the photo id is left out (a bare number matches too much). */
        List<String> identifying() {
            return Stream.of(number, code, key, unsubscribe, open311Number, open311Code, apiKey, marker)
                    .filter(Objects::nonNull).toList();
        }
    }

    /** One request; {@code refused}: it names B's object through A, so a 4xx is the only right answer. */
    record Call(boolean refused, String method, String path, Map<String, String> headers, byte[] body) {
    }

    /** The requests of one probe, made from A's and B's secrets. */
    @FunctionalInterface
    interface Calls {
        List<Call> of(Secrets a, Secrets b);
    }

    /** How one door is asked, as A, for B's things; {@code why} says what it holds, and so why a 2xx may be right. */
    record Probe(String why, Calls calls) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withStaffDriver();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PHOTO_LINK = Pattern.compile("/photo\\?n=[^\"'\\s<>]+");
    private static final Pattern OPEN311_CODE = Pattern.compile("resident: ([2-9A-HJ-NP-Z]{12})");
    private static final Pattern WEB_MODULE = Pattern.compile(
            "<web-uri>\\s*([^<]+?)\\s*</web-uri>\\s*<context-root>\\s*([^<]*?)\\s*</context-root>");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String WEB_SERVLET = "Ljakarta/servlet/annotation/WebServlet;";
    private static final String ROUTE = "Lcom/vaadin/flow/router/Route;";
    private static final String ROUTE_ALIAS = "Lcom/vaadin/flow/router/RouteAlias;";
    /** Route.NAMING_CONVENTION: a @Route without a value, whose path comes from the class name. */
    private static final String NAMING_CONVENTION = "___NAMING_CONVENTION___";

    private int probes;
    private int reads;
    private int serverErrors;
    private final List<String> findings = new ArrayList<>();

    @Test
    void officeAGivesOutNothingOfOfficeBThroughAnyDoor() throws Exception {
        Secrets a = reportAs("fenglin", "121.4505", "31.1905");
        Secrets b = reportAs("huajing", "121.4405", "31.1055");
        assertSecretsOpenTheirOwnOffice(b);

        Set<String> endpoints = documentedEndpoints();
        List<WebModule> modules = webModules();
        Map<String, String> servlets = servlets(modules);
        Map<String, String> routes = routes(modules);
        assertFalse(endpoints.isEmpty(), "no endpoint found in /openapi");
        assertFalse(servlets.isEmpty(), "no @WebServlet found in the EAR's WARs");
        assertFalse(routes.isEmpty(), "no @Route found in the EAR's WARs");

        List<String> uncovered = new ArrayList<>();
        endpoints.stream().filter(e -> !ENDPOINTS.containsKey(e))
                .forEach(e -> uncovered.add("new endpoint " + e + ": add it to CrossTenantIT's table"));
        servlets.forEach((pattern, where) -> {
            if (!SERVLETS.containsKey(pattern)) {
                uncovered.add("new servlet " + pattern + " (" + where + "): add it to CrossTenantIT's SERVLETS table");
            }
        });
        routes.forEach((route, where) -> {
            if (!ROUTES.containsKey(route)) {
                uncovered.add("new route " + route + " (" + where + "): add it to CrossTenantIT's ROUTES table");
            }
        });
        noteStale("/openapi", ENDPOINTS, endpoints);
        noteStale("the servlets", SERVLETS, servlets.keySet());
        noteStale("the routes", ROUTES, routes.keySet());

        probeAll("endpoint", ENDPOINTS, a, b);
        probeAll("servlet", SERVLETS, a, b);
        probeAll("route", ROUTES, a, b);

        HttpResponse<String> stillB = new PublicApi().postJson("/api/v1/track", trackJson(b.number(), b.code(), ""));
        boolean stillFollowing = follower(b.number()).map(Follower::active).orElse(false);

        findings.forEach(f -> System.out.println("CrossTenantIT: " + f));
        uncovered.forEach(u -> System.out.println("CrossTenantIT: " + u));
        System.out.println("CrossTenantIT: endpoints=" + endpoints.size() + ", routes=" + routes.size()
                + ", servlets=" + servlets.size() + ", probes=" + probes + ", cross-tenant reads=" + reads);

        String report = String.join("\n", findings);
        assertEquals(0, reads, "answers of A that carried or served B's data:\n" + report);
        assertEquals(0, serverErrors, "server errors:\n" + report);
        assertTrue(uncovered.isEmpty(), String.join("\n", uncovered));
        assertEquals(200, stillB.statusCode(), "B's reporter still opens B's case with B's code: " + stillB.body());
        assertTrue(stillB.body().contains(b.marker()), stillB.body());
        assertTrue(stillFollowing, "B's follower still follows " + b.number());
    }

    // --- the runner ---------------------------------------------------------------------------------

    /** Asks every door of a table, as A, for B's things, and keeps what must not have been answered. */
    private void probeAll(String kind, Map<String, Probe> table, Secrets a, Secrets b)
            throws IOException, InterruptedException {
        for (String door : new TreeSet<>(table.keySet())) {
            for (Call call : table.get(door).calls().of(a, b)) {
                probes++;
                HttpResponse<byte[]> r = send(call);
                int status = r.statusCode();
                String answer = r.headers().map() + "\n" + new String(r.body(), StandardCharsets.UTF_8);
                String asked = call.path() + " " + call.headers() + " "
                        + (call.body() == null ? "" : new String(call.body(), StandardCharsets.UTF_8));
                List<String> leaked = b.identifying().stream()
                        .filter(answer::contains).filter(secret -> !asked.contains(secret)).toList();
                String what = kind + " " + door + ": " + call.method() + " " + call.path() + " answered " + status;
                if (!leaked.isEmpty()) {
                    reads++;
                    findings.add(what + " with B's " + leaked + ": " + excerpt(answer));
                } else if (call.refused() && status < 400) {
                    reads++;
                    findings.add(what + " for B's object asked through A (only a 4xx is right): " + excerpt(answer));
                }
                if (status >= 500) {
                    serverErrors++;
                    findings.add(what + " (a server error): " + excerpt(answer));
                }
            }
        }
    }

    /** One call as a resident of its own (a fresh client for the rate limits), redirects not followed. */
    private static HttpResponse<byte[]> send(Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(EarDeployment.url(call.path()))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", "198.51.100." + (1 + ThreadLocalRandom.current().nextInt(250)) + "-" + UUID.randomUUID());
        call.headers().forEach(request::header);
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void noteStale(String where, Map<String, Probe> table, Set<String> found) {
        table.keySet().stream().filter(k -> !found.contains(k)).sorted().forEach(k -> System.out.println(
                "CrossTenantIT: note: " + k + " has an entry but is not in " + where + " (probed all the same)"));
    }

    private static String excerpt(String answer) {
        String flat = answer.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    // --- the calls the tables are made of ---------------------------------------------------------

    private static Call get(String path) {
        return get(path, Map.of());
    }

    private static Call get(String path, Map<String, String> headers) {
        return new Call(false, "GET", path, headers, null);
    }

    /** A page as a browser asks for it (Vaadin answers its bootstrap page to HTML requests). */
    private static Call page(String path) {
        return get(path, Map.of("Accept", "text/html"));
    }

    private static Call postJson(String path, String json, Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Content-Type", "application/json");
        return new Call(false, "POST", path, h, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Call postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new Call(false, "POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static Call postMultipart(String path, Map<String, String> fields) {
        String boundary = "----crosstenant" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return new Call(false, "POST", path, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Call refused(Call call) {
        return new Call(true, call.method(), call.path(), call.headers(), call.body());
    }

    /** B's code on A's case, B's code on B's sequence under A's prefix, A's code on B's case. */
    private static List<Call> mixedCodes(String path, Secrets a, Secrets b, String more) {
        return List.of(
                refused(postJson(path, trackJson(a.number(), b.code(), more), Map.of())),
                refused(postJson(path, trackJson(underPrefixOf(a, b), b.code(), more), Map.of())),
                refused(postJson(path, trackJson(b.number(), a.code(), more), Map.of())));
    }

    private static String trackJson(String number, String code, String more) {
        return "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"" + more + "}";
    }

    /** B's number as if A had it: B's year and sequence under A's prefix (HUAJING-2026-000012 → FENGLIN-2026-000012). */
    private static String underPrefixOf(Secrets a, Secrets b) {
        return a.office().toUpperCase(Locale.ROOT) + b.number().substring(b.office().length());
    }

    private static String reportJson(Secrets a) {
        return "{\"category\":\"0104\",\"description\":\"甲方的上报，用了乙方的幂等键\",\"address\":\"测试路 9 号\","
                + "\"longitude\":" + a.longitude() + ",\"latitude\":" + a.latitude() + "}";
    }

    private static Map<String, String> reportFields(Secrets a, String idempotencyKey) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", "0104");
        f.put("description", "甲方的表单上报，用了乙方的幂等键");
        f.put("address", "测试路 9 号");
        f.put("longitude", a.longitude());
        f.put("latitude", a.latitude());
        f.put("idempotencyKey", idempotencyKey);
        return f;
    }

    private static Map<String, String> open311Fields(Secrets a, String apiKey) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("api_key", apiKey);
        f.put("jurisdiction_id", a.office());
        f.put("service_code", "0104");
        f.put("lat", a.latitude());
        f.put("long", a.longitude());
        f.put("address_string", "测试路 9 号");
        f.put("description", "用别的街镇的密钥提交");
        return f;
    }

    // --- the two offices' residents -----------------------------------------------------------------

    /**
     * Reports in the office as its residents do — through the JSON API with a photo, an e-mail to follow
     * it and an idempotency key, and through Open311 with the office's api_key — has the command centre
     * register both (so they are public), and keeps everything a resident then holds.
     */
    private static Secrets reportAs(String office, String longitude, String latitude) throws Exception {
        String marker = "XT-" + office + "-" + UUID.randomUUID().toString().substring(0, 13);
        String key = UUID.randomUUID().toString();
        PublicApi resident = new PublicApi();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "0104");
        fields.put("description", "跨街镇隔离测试（带照片）" + marker);
        fields.put("address", "测试路 1 号");
        fields.put("longitude", longitude);
        fields.put("latitude", latitude);
        fields.put("contact", office + "-follower@example.org");
        fields.put("idempotencyKey", key);
        HttpResponse<String> created = resident.postForm(API + office + "/reports", fields,
                new Object[] {"photo", "现场.jpg", TestImages.jpeg()});
        assertEquals(201, created.statusCode(), created.body());
        String number = PublicApi.field(created.body(), "number");
        String code = PublicApi.field(created.body(), "accessCode");
        assertNotNull(number, created.body());
        assertNotNull(code, created.body());

        String tracked = resident.postJson("/api/v1/track", trackJson(number, code, "")).body();
        assertTrue(tracked.contains("\"photos\""), tracked);
        String photoId = PublicApi.field(tracked.substring(tracked.indexOf("\"photos\"")), "id");
        assertNotNull(photoId, tracked);
        resident.staff(office, "register", number, null);

        String page = resident.postUrlEncoded("/track", Map.of("number", number, "code", code)).body();
        Matcher link = PHOTO_LINK.matcher(page);
        assertTrue(link.find(), "a signed photo link on the tracking page of " + number + ": " + page);
        String photoLink = link.group().replace("&amp;", "&");
        String unsubscribe = follower(number).map(Follower::token).orElse(null);
        assertNotNull(unsubscribe, "the follower of " + number + " (is mail enabled in the test domain?)");

        String apiKey = "demo-" + office + "-open311";
        Map<String, String> request = new LinkedHashMap<>();
        request.put("api_key", apiKey);
        request.put("jurisdiction_id", office);
        request.put("service_code", "0104");
        request.put("lat", latitude);
        request.put("long", longitude);
        request.put("address_string", "测试路 2 号");
        request.put("description", "跨街镇隔离测试（Open311）" + marker);
        HttpResponse<String> posted = new PublicApi().postUrlEncoded(O311 + "requests.json", request);
        assertEquals(201, posted.statusCode(), posted.body());
        String open311Number = PublicApi.field(posted.body(), "service_request_id");
        assertNotNull(open311Number, posted.body());
        Matcher open311Code = OPEN311_CODE.matcher(posted.body());
        resident.staff(office, "register", open311Number, null);

        return new Secrets(office, longitude, latitude, number, code, photoId, photoLink, key, unsubscribe,
                open311Number, open311Code.find() ? open311Code.group(1) : null, apiKey, marker);
    }

    /** B's secrets open B's things through B's own doors: a 404 through A is then isolation, not a dead secret. */
    private static void assertSecretsOpenTheirOwnOffice(Secrets b) throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> publicCase = api.get(API + b.office() + "/cases/" + b.number());
        assertEquals(200, publicCase.statusCode(), publicCase.body());
        assertTrue(publicCase.body().contains(b.marker()), publicCase.body());
        assertEquals(200, api.getBytes(API + b.office() + "/cases/" + b.number() + "/photos/" + b.photoId(), Map.of())
                .statusCode(), "B's public photo through B");
        assertEquals(200, api.getBytes(b.photoLink(), Map.of()).statusCode(), "B's signed photo link");
        HttpResponse<String> request = api.get(O311 + "requests/" + b.open311Number() + ".json?jurisdiction_id=" + b.office());
        assertEquals(200, request.statusCode(), request.body());
        assertTrue(request.body().contains(b.marker()), request.body());
        HttpResponse<String> token = api.get(O311 + "tokens/" + b.key() + ".json?jurisdiction_id=" + b.office());
        assertEquals(200, token.statusCode(), token.body());
        assertTrue(token.body().contains(b.number()), token.body());
    }

    /** A case's follower as the database has it. */
    record Follower(String token, boolean active) {
    }

    private static Optional<Follower> follower(String number) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
             PreparedStatement s = c.prepareStatement("SELECT f.token, f.active FROM case_follower f JOIN case_file k"
                     + " ON k.tenant_id = f.tenant_id AND k.id = f.case_id WHERE k.`number` = ? ORDER BY f.id")) {
            s.setString(1, number);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Follower(r.getString(1), r.getBoolean(2))) : Optional.empty();
            }
        }
    }

    // --- the doors, as the application has them ----------------------------------------------------

    /** "METHOD path" of every operation in /openapi. */
    private static Set<String> documentedEndpoints() throws IOException, InterruptedException {
        Set<String> found = new TreeSet<>();
        if (OpenApiDocument.fetch(HTTP).get("paths") instanceof Map<?, ?> paths) {
            for (Map.Entry<?, ?> path : paths.entrySet()) {
                if (path.getValue() instanceof Map<?, ?> operations) {
                    for (Object name : operations.keySet()) {
                        String method = String.valueOf(name).toLowerCase(Locale.ROOT);
                        if (HTTP_METHODS.contains(method)) {
                            found.add(method.toUpperCase(Locale.ROOT) + " " + normalisePath(String.valueOf(path.getKey())));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** One leading slash, no double or trailing ones, and {@code {name: regex}} as {@code {name}}. */
    static String normalisePath(String path) {
        String p = ("/" + path.strip()).replaceAll("/+", "/").replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*\\}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** A web module of the built EAR: its file, the context root it is served at ("" for /), its classes. */
    record WebModule(String war, String contextRoot, List<ClassInfo> classes) {
    }

    /**
     * The web modules of the EAR the build made (System property lianqin.ear), as its application.xml
     * lists them, each with the classes of its WEB-INF/classes and the project's own (org/lianqin/) in
     * its WEB-INF/lib jars, read from their class files.
     */
    private static List<WebModule> webModules() throws IOException {
        List<WebModule> modules = new ArrayList<>();
        try (ZipFile ear = new ZipFile(System.getProperty("lianqin.ear"))) {
            String applicationXml;
            try (InputStream in = ear.getInputStream(ear.getEntry("META-INF/application.xml"))) {
                applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher module = WEB_MODULE.matcher(applicationXml);
            while (module.find()) {
                String root = module.group(2).replaceAll("^/+|/+$", "");
                List<ClassInfo> classes = new ArrayList<>();
                Path war = copyOut(ear, module.group(1));
                try (ZipFile warZip = new ZipFile(war.toFile())) {
                    for (ZipEntry e : Collections.list(warZip.entries())) {
                        if (e.getName().startsWith("WEB-INF/classes/") && e.getName().endsWith(".class")) {
                            classes.add(classInfo(warZip, e));
                        } else if (e.getName().startsWith("WEB-INF/lib/") && e.getName().endsWith(".jar")) {
                            Path jar = copyOut(warZip, e.getName());
                            try (ZipFile jarZip = new ZipFile(jar.toFile())) {
                                for (ZipEntry j : Collections.list(jarZip.entries())) {
                                    if (j.getName().startsWith("org/lianqin/") && j.getName().endsWith(".class")) {
                                        classes.add(classInfo(jarZip, j));
                                    }
                                }
                            } finally {
                                Files.deleteIfExists(jar);
                            }
                        }
                    }
                } finally {
                    Files.deleteIfExists(war);
                }
                modules.add(new WebModule(module.group(1), root.isEmpty() ? "" : "/" + root, classes));
            }
        }
        return modules;
    }

    private static Path copyOut(ZipFile zip, String entry) throws IOException {
        Path file = Files.createTempFile("cross-tenant-", ".zip");
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static ClassInfo classInfo(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return ClassFiles.read(in.readAllBytes());
        }
    }

    /** Every {@code @WebServlet} URL pattern, as context root + pattern (the empty pattern as "/"), with its class. */
    private static Map<String, String> servlets(List<WebModule> modules) {
        Map<String, String> found = new TreeMap<>();
        for (WebModule module : modules) {
            for (ClassInfo c : module.classes()) {
                for (AnnotationValues annotation : c.annotations()) {
                    if (annotation.type().equals(WEB_SERVLET)) {
                        List<String> patterns = new ArrayList<>(annotation.strings().getOrDefault("value", List.of()));
                        patterns.addAll(annotation.strings().getOrDefault("urlPatterns", List.of()));
                        for (String pattern : patterns) {
                            found.put(module.contextRoot() + (pattern.isEmpty() ? "/" : pattern),
                                    c.javaName() + " in " + module.war());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every {@code @Route} and {@code @RouteAlias}, as context root + "/" + route, with its class. */
    private static Map<String, String> routes(List<WebModule> modules) {
        Map<String, String> found = new TreeMap<>();
        for (WebModule module : modules) {
            for (ClassInfo c : module.classes()) {
                for (AnnotationValues annotation : c.annotations()) {
                    if (annotation.type().equals(ROUTE) || annotation.type().equals(ROUTE_ALIAS)) {
                        List<String> value = annotation.strings().get("value");
                        String route = value == null || value.isEmpty() || value.get(0).equals(NAMING_CONVENTION)
                                ? c.conventionalRoute() : value.get(0);
                        boolean parameter = route.contains(":") || c.interfaces().contains("com/vaadin/flow/router/HasUrlParameter");
                        found.put(module.contextRoot() + "/" + route.replaceAll("^/+", ""), c.javaName() + " in " + module.war()
                                + (parameter ? ", takes a parameter: ask it with B's number" : ""));
                    }
                }
            }
        }
        return found;
    }

    // --- class files and JSON, read without a library --------------------------------------------

    /** A class as its class file has it: internal name, direct interfaces, its runtime-visible annotations. */
    record ClassInfo(String name, List<String> interfaces, List<AnnotationValues> annotations) {

        String javaName() {
            return name.replace('/', '.');
        }

        /** The route Vaadin derives from the class name: FooView → foo, Main and MainView → "". */
        String conventionalRoute() {
            String simple = name.substring(name.lastIndexOf('/') + 1);
            simple = simple.substring(simple.lastIndexOf('$') + 1);
            if (simple.equals("MainView") || simple.equals("Main")) {
                return "";
            }
            return (simple.endsWith("View") ? simple.substring(0, simple.length() - 4) : simple).toLowerCase(Locale.ROOT);
        }
    }

    /** An annotation (its type descriptor) and the string values of its elements; nested ones are listed apart. */
    record AnnotationValues(String type, Map<String, List<String>> strings) {
    }

    /** Just enough of the class file format (JVMS §4) to read a class's annotations. */
    private static final class ClassFiles {

        private ClassFiles() {
        }

        static ClassInfo read(byte[] bytes) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.skipNBytes(4);                                          // minor and major version
            int count = in.readUnsignedShort();
            Object[] pool = new Object[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> pool[i] = in.readUTF();                  // Utf8
                    case 7, 8, 16, 19, 20 -> pool[i] = in.readUnsignedShort();   // Class, String, MethodType, Module, Package
                    case 15 -> in.skipNBytes(3);                       // MethodHandle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {                                     // Long, Double: two entries
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            in.skipNBytes(2);                                          // access flags
            String name = className(pool, in.readUnsignedShort());
            in.skipNBytes(2);                                          // super class
            List<String> interfaces = new ArrayList<>();
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                interfaces.add(className(pool, in.readUnsignedShort()));
            }
            skipMembers(in);                                           // fields
            skipMembers(in);                                           // methods
            List<AnnotationValues> annotations = new ArrayList<>();
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                String attribute = (String) pool[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("RuntimeVisibleAnnotations")) {
                    for (int k = in.readUnsignedShort(); k > 0; k--) {
                        annotation(in, pool, annotations);
                    }
                } else {
                    in.skipNBytes(length);
                }
            }
            return new ClassInfo(name, interfaces, annotations);
        }

        private static String className(Object[] pool, int classIndex) {
            return (String) pool[(Integer) pool[classIndex]];
        }

        private static void skipMembers(DataInputStream in) throws IOException {
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                in.skipNBytes(6);                                      // access flags, name, descriptor
                for (int k = in.readUnsignedShort(); k > 0; k--) {
                    in.skipNBytes(2);
                    in.skipNBytes(in.readInt());
                }
            }
        }

        private static void annotation(DataInputStream in, Object[] pool, List<AnnotationValues> out) throws IOException {
            String type = (String) pool[in.readUnsignedShort()];
            Map<String, List<String>> strings = new LinkedHashMap<>();
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                String element = (String) pool[in.readUnsignedShort()];
                List<String> values = new ArrayList<>();
                elementValue(in, pool, values, out);
                strings.put(element, values);
            }
            out.add(new AnnotationValues(type, strings));
        }

        private static void elementValue(DataInputStream in, Object[] pool, List<String> strings,
                                         List<AnnotationValues> out) throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 's' -> strings.add((String) pool[in.readUnsignedShort()]);
                case 'e' -> in.skipNBytes(4);
                case '@' -> annotation(in, pool, out);
                case '[' -> {
                    for (int n = in.readUnsignedShort(); n > 0; n--) {
                        elementValue(in, pool, strings, out);
                    }
                }
                case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'c' -> in.skipNBytes(2);
                default -> throw new IOException("element value tag " + tag);
            }
        }
    }
}
