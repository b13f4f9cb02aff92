package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.OfficePage;
import org.lianqin.ear.pages.PublicCasePage;
import org.lianqin.ear.pages.ReceiptPage;
import org.lianqin.ear.pages.ReportForm;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.TrackingPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The residents' site on a phone (390 × 844) as FixMyStreet's users would try it: the map sets the place
 * with no tile service at all (the test domain has none); a receipt reloaded, then the form sent again
 * from the back button, leave one case and one working code; a form with three mistakes shows all three
 * at once, the focus on their summary, nothing typed lost, and a refused (429) form keeps it too; a
 * second "me too" from the same person does not count; a case's public page shows its timeline. Every
 * page passes axe-core with no serious or critical violation. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class ResidentSiteE2E {

    /** The 小类 the tests report under. */
    private static final String CATEGORY_0104 = "乱设摊";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withStaffDriver();
    }

    /** A resident of their own for the rate limits and "me too" (the test domain believes X-Forwarded-For). */
    private static String freshClient() {
        return "203.0.113." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
    }

    private static Browser phone(String language) {
        return new Browser(language, 390, 844).asClient(freshClient());
    }

    private static void accessible(Browser browser, String page) {
        List<String> violations = Axe.seriousViolations(browser);
        assertEquals(List.of(), violations, page + ": axe-core's serious and critical violations");
    }

    @Test
    void theMapSetsThePointWithNoTileServiceAndMyLocationMovesThePin() {
        try (Browser browser = phone("zh-CN")) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
            browser.driver().executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 31.1905, "longitude", 121.4505, "accuracy", 10));
            ReportForm form = ReportForm.open(browser, "fenglin").tapMap();
            assertEquals(0, browser.driver().findElements(By.cssSelector("#map .leaflet-tile")).size(), "no tiles at all");
            assertTrue(browser.driver().findElements(By.cssSelector("#map svg path")).size() >= 2,
                    "the office's outline and its grids are drawn");
            String lon = form.longitude();
            String lat = form.latitude();
            assertTrue(lon.startsWith("121.") && lat.startsWith("31."), lon + "," + lat);
            assertTrue(form.located().startsWith("已选位置"), form.located());

            Point before = form.pinPosition();
            form.dragPin(40, 30);
            assertNotEquals(before, form.pinPosition(), "the pin moved");
            assertTrue(Double.parseDouble(form.longitude()) > Double.parseDouble(lon), "dragged east: " + form.longitude());
            assertTrue(Double.parseDouble(form.latitude()) < Double.parseDouble(lat), "dragged south: " + form.latitude());

            form.useMyLocation();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(d -> form.longitude().equals("121.450500"));
            assertEquals("31.190500", form.latitude());
            accessible(browser, "the report form");
            form.chooseCategory("0104").describe("地图上点选的位置，门口有人摆摊");
            browser.fullPageScreenshot("resident-map-form");
            ReceiptPage receipt = form.submit();
            assertEquals("已收到您的反映", receipt.heading(), "a point is enough, no address needed");
        }
    }

    @Test
    void reloadingTheReceiptAndSendingTheFormAgainLeaveOneCaseAndOneWorkingCode() throws Exception {
        String description = "回执刷新测试：店门口堆放纸箱 " + UUID.randomUUID();
        try (Browser browser = phone("zh-CN")) {
            ReportForm form = ReportForm.open(browser, "fenglin");
            String key = form.idempotencyKey();
            ReceiptPage receipt = form.chooseCategory("0104").describe(description).enterAddress("枫林路 88 号").submit();
            String number = receipt.number();
            String code = receipt.accessCode();
            String address = receipt.url();
            assertTrue(address.matches(".*/o/fenglin/receipt/[A-Za-z0-9_-]+"), address);
            accessible(browser, "the receipt");
            browser.fullPageScreenshot("resident-receipt");

            ReceiptPage reloaded = receipt.reload();
            assertEquals(address, reloaded.url());
            assertEquals(number, reloaded.number());
            assertEquals(code, reloaded.accessCode(), "the same code, not a new one");

            ReportForm back = ReportForm.back(browser);
            assertEquals(key, back.idempotencyKey(), "back shows the form that was sent, with its key");
            if (back.description().isEmpty()) {   // the browser did not restore what was typed: the resident types it again
                back.chooseCategory("0104").describe(description).enterAddress("枫林路 88 号");
            }
            ReceiptPage again = back.submitAgain();
            assertEquals(address, again.url(), "the same receipt");
            assertEquals(number, again.number());
            assertEquals(code, again.accessCode());

            assertEquals(1, casesDescribed(description), "one case");
            TrackingPage tracking = TrackingPage.open(browser, number).enterCode(code).lookUp();
            assertEquals("待受理", tracking.state(), "and its code works");
            assertTrue(tracking.sourceContains("指挥中心受理之前，这个反映不会公开显示"), "says where the report is");
        }
    }

    @Test
    void threeMistakesShowAtOnceBesideTheirFieldsWithTheFocusOnTheSummary() {
        try (Browser browser = phone("zh-CN")) {
            ReportForm form = ReportForm.open(browser, "fenglin").chooseCategory("0801");
            browser.driver().findElement(By.id("q.0801[plate]")).sendKeys("沪A12345");
            form.enterContact("13800138000").follow(false);
            form = form.submitExpectingErrors();

            List<String> errors = form.errors();
            assertEquals(3, errors.size(), errors.toString());
            assertEquals(List.of("q.0801[vehicle]", "description", "address"), form.errorLinks());
            for (String field : form.errorLinks()) {
                assertTrue(form.markedInvalid(field), field + " is marked invalid and described by its refusal");
                assertTrue(errors.contains(form.fieldError(field)), field + ": " + form.fieldError(field));
            }
            assertTrue(form.fieldError("q.0801[vehicle]").contains("车辆类型"), "names the field: " + form.fieldError("q.0801[vehicle]"));
            assertEquals("error-summary", form.focused());
            assertEquals("0801", form.category());
            assertEquals("沪A12345", form.valueOf("q.0801[plate]"));
            assertEquals("13800138000", form.contact());
            assertTrue(!form.follows(), "the unticked box stays unticked");
            assertNull(form.fieldError("contact"));
            accessible(browser, "the form with its mistakes");
            browser.fullPageScreenshot("resident-form-errors");
        }
    }

    @Test
    void aFormRefusedForTooManyReportsKeepsWhatWasTyped() throws Exception {
        String client = freshClient();
        PublicApi sameResident = new PublicApi(client);
        int taken = 0;
        while (taken < 20) {   // the address's reports for the window, sent through the API
            HttpResponse<String> r = sameResident.postJson("/api/v1/offices/fenglin/reports",
                    "{\"category\":\"0104\",\"description\":\"用完上报次数 " + taken + "\",\"address\":\"枫林路 1 号\"}");
            if (r.statusCode() == 429) {
                break;
            }
            assertEquals(201, r.statusCode(), r.body());
            taken++;
        }
        try (Browser browser = new Browser("zh-CN", 390, 844).asClient(client)) {
            ReportForm form = ReportForm.open(browser, "fenglin").chooseCategory("0104")
                    .describe("被限流时填写的内容").enterAddress("枫林路 3 号").enterContact("a@example.com");
            form = form.submitExpectingErrors();
            assertTrue(form.errors().get(0).contains("频繁"), form.errors().toString());
            assertEquals("被限流时填写的内容", form.description());
            assertEquals("枫林路 3 号", form.address());
            assertEquals("a@example.com", form.contact());
            assertTrue(browser.driver().findElement(By.id("error-summary")).getText().contains("除照片外，您填写的内容都保留着"));
        }
    }

    @Test
    void aSecondMeTooFromTheSamePersonDoesNotCountAndTheCasePageShowsItsTimeline() throws Exception {
        PublicApi staff = new PublicApi();
        String description = "公开页面测试：人行道上的共享单车倒了一排 " + UUID.randomUUID();
        String number;
        try (Browser reporter = phone("zh-CN")) {
            number = ReportForm.open(reporter, "fenglin").chooseCategory("0104").describe(description)
                    .enterAddress("枫林路 120 号").tapMap().submit().number();
        }
        assertEquals("REGISTERED", staff.staff("fenglin", "register", number, null));
        assertEquals("DISPATCHED", staff.staff("fenglin", "dispatch", number, null));

        try (Browser browser = phone("zh-CN")) {
            PublicCasePage page = PublicCasePage.open(browser, "fenglin", number);
            assertEquals(CATEGORY_0104, page.heading());
            List<String> timeline = page.timeline();
            assertEquals(3, timeline.size(), timeline.toString());
            assertTrue(timeline.get(0).contains("群众反映") && timeline.get(1).contains("指挥中心受理立案")
                    && timeline.get(2).contains("派遣至责任单位"), timeline.toString());
            assertTrue(page.showsMap(), "the place on the map");
            assertTrue(page.source().contains(description));
            assertEquals("还没有", page.supporters());
            accessible(browser, "the public case page");

            page = page.support();
            assertEquals("谢谢，已记下您的支持。", page.supportNotice());
            assertEquals("1 人", page.supporters());
            page = page.support();
            assertEquals("您已经支持过这个问题，这次没有重复计数。", page.supportNotice());
            assertEquals("1 人", page.supporters(), "the second one did not count");
            browser.fullPageScreenshot("resident-case-page");

            // in the report form, asked in place: the same person again, through the nearby list
            ReportForm form = ReportForm.open(browser, "fenglin").chooseCategory("0104").describe("我也想反映这个")
                    .enterAddress("枫林路 121 号").tapMap();
            assertTrue(form.nearby().stream().anyMatch(t -> t.contains(description)), form.nearby().toString());
            assertEquals("您已经支持过这个问题，这次没有重复计数。", form.supportFirstNearbyOf(description));
            assertEquals("我也想反映这个", form.description(), "nothing typed lost, no navigation");
            assertTrue(form.url().endsWith("/o/fenglin/report"), form.url());
        }
        try (Browser other = phone("zh-CN")) {
            PublicCasePage page = PublicCasePage.open(other, "fenglin", number).support();
            assertEquals("2 人", page.supporters(), "another person counts");
        }
        OfficePage office;
        try (Browser english = phone("en")) {
            office = OfficePage.open(english, "fenglin");
            assertTrue(office.title().startsWith("Fenglin Subdistrict"), office.title());
            assertEquals("zh-CN", english.driver().findElement(By.cssSelector("h1 .zh")).getAttribute("lang"));
            assertTrue(english.driver().findElements(By.cssSelector(".cases .text")).stream()
                    .allMatch(e -> "zh-CN".equals(e.getAttribute("lang"))), "residents' Chinese text is marked as Chinese");
            accessible(english, "the English office page");
            english.fullPageScreenshot("resident-office-en");
        }
    }

    private static long casesDescribed(String description) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM case_file WHERE description = ?")) {
            s.setString(1, description);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void theSignInPagesFollowTheLanguageAskedForAndLeadBackToTheResidentsSite() {
        try (Browser browser = phone("zh-CN")) {
            SignInView portal = SignInView.open(browser, "/portal/login?lang=en");
            assertEquals("Lianqin · Street office portal", portal.heading(), "?lang=en over a Chinese browser");
            WebElement home = browser.driver().findElement(By.id("residents-site"));
            assertTrue(home.getAttribute("href").endsWith("/?lang=en"), home.getAttribute("href"));
            assertTrue(home.getSize().getHeight() >= 44, "a whole target: " + home.getSize());
            accessible(browser, "the portal's sign-in page");

            SignInView console = SignInView.open(browser, "/admin/login?lang=zh");
            assertEquals("联勤 · 区级管理控制台", console.heading());
            WebElement title = browser.driver().findElement(By.tagName("h1"));
            List<WebElement> parts = title.findElements(By.tagName("span"));
            assertEquals(List.of("联勤", "区级管理控制台"), parts.stream().map(WebElement::getText).toList());
            assertTrue(parts.stream().allMatch(p -> p.getSize().getHeight() < 45), "no part broken over two lines: "
                    + parts.stream().map(p -> p.getSize().toString()).toList());
            accessible(browser, "the console's sign-in page");

            browser.driver().findElement(By.id("login-language")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("h1")).getText().equals("Lianqin · District console"));
        }
    }

    @Test
    void everyResidentPageHasNoSeriousAccessibilityViolation() {
        List<String> pages = List.of("/", "/?lang=en", "/o/fenglin", "/o/fenglin/report", "/track", "/o/huajing",
                "/o/fenglin/receipt/no-such-receipt", "/unsubscribe?o=fenglin&t=nothing", "/follow?o=fenglin&t=nothing",
                "/no-such-page");
        List<String> found = new ArrayList<>();
        try (Browser browser = phone("zh-CN")) {
            for (String page : pages) {
                browser.open(page);
                browser.driver().findElement(By.tagName("h1"));
                Axe.seriousViolations(browser).forEach(v -> found.add(page + " " + v));
            }
        }
        assertEquals(List.of(), found);
    }
}
