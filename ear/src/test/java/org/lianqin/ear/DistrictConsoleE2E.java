package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.PasswordPage;
import org.lianqin.ear.pages.ReceiptPage;
import org.lianqin.ear.pages.ReportForm;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.Workbench;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district onboards 长桥街道 through the console with its grid file (a first try whose boundary
 * leaves a grid outside is refused with the grid named, nothing created); its new admin signs into the
 * portal with the one-time password, must choose their own, and finds the template's units and
 * categories; a resident reports from the residents' site with "use my location" at once and the case
 * lands in the right grid; the district suspends the office — the form and Open311 say so, the admin's
 * open portal session ends — and resumes it.
 */
@ExtendWith(ArquillianExtension.class)
class DistrictConsoleE2E {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NEW_PASSWORD = "Changqiao-Qiao-2026";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void theDistrictOnboardsChangqiaoItsAdminSignsInAResidentReportsAndTheDistrictSuspendsAndResumesIt() throws Exception {
        // 长桥街道: six grids of 0.010° in two rows over 121.430–121.460 × 31.150–31.170, the office reaching to 31.175
        Path grids = Files.createTempFile("changqiao-grids", ".geojson");
        Files.writeString(grids, gridFile());
        String tooSmall = District.polygon(121.430, 31.150, 121.455, 31.175);
        String boundary = District.polygon(121.430, 31.150, 121.460, 31.175);

        try (Browser console = new Browser("zh-CN", 1440, 1000);
             Browser staff = new Browser("zh-CN", 1440, 1000);
             Browser resident = new Browser("zh-CN", 390, 844)) {
            SignInView.openConsole(console).signIn("district", "demo2026");
            await(console, "#office-list");
            assertTrue(text(console, "#offices-summary").contains("个街镇"), text(console, "#offices-summary"));
            console.screenshot("admin-offices");
            // the console's session is no key to the API: a page elsewhere cannot post to it with the cookie
            String cookie = "JSESSIONID=" + console.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertEquals(401, new PublicApi().get("/admin/api/v1/offices", Map.of("Cookie", cookie)).statusCode());

            console.open("/admin/onboard");
            await(console, "#onboard-submit");
            type(console, "#onboard-name input", "长桥街道");
            type(console, "#onboard-code input", "changqiao");
            type(console, "#onboard-boundary textarea", tooSmall);
            upload(console, grids);
            new WebDriverWait(console.driver(), PATIENCE).until(d -> text(console, "#onboard-grids-file").contains("已选择"));
            type(console, "#onboard-admin-name input", "王芳");
            click(console, "#onboard-submit");
            new WebDriverWait(console.driver(), PATIENCE).until(d -> !text(console, "#onboard-grids-error").isEmpty());
            String refusal = text(console, "#onboard-grids-error");
            assertTrue(refusal.contains("CQ-03") && refusal.contains("范围之外"), "the grid outside the boundary is named: " + refusal);
            assertTrue(text(console, "#onboard-message").contains("没有开通"), text(console, "#onboard-message"));
            assertEquals("0", scalar("SELECT COUNT(*) FROM tenant WHERE code = ?", "changqiao"), "nothing half made");
            console.fullPageScreenshot("admin-onboard-refused");

            type(console, "#onboard-boundary textarea", boundary);
            click(console, "#onboard-submit");
            await(console, "#onboard-password");
            String oneTime = text(console, "#onboard-password");
            assertEquals("admin@changqiao", text(console, "#onboard-signin"));
            assertTrue(text(console, "#onboard-result").contains("成员单位 7 个") && text(console, "#onboard-result").contains("网格 6 个"),
                    text(console, "#onboard-result"));
            console.screenshot("admin-onboard");

            // the new admin: one-time password, their own, then the template's units and categories
            SignInView.openPortal(staff).signIn("admin@changqiao", oneTime);
            PasswordPage.shown(staff).change(oneTime, NEW_PASSWORD, NEW_PASSWORD);
            new Workbench(staff);
            staff.open("/portal/units");
            staff.awaitVaadin();
            String units = staff.driver().findElement(By.tagName("body")).getText();
            for (String unit : List.of("长桥综治办", "长桥派出所", "长桥市场监管所", "长桥城管中队", "长桥房管办", "长桥绿化市容所", "长桥社区居委会")) {
                assertTrue(units.contains(unit), unit + " in " + units);
            }
            staff.open("/portal/catalogue");
            staff.awaitVaadin();
            assertTrue(staff.driver().getPageSource().contains("占道经营"), "the district's catalogue");

            // a resident, at once, where they stand: 121.4551, 31.1652 lies in CQ-06
            resident.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
            resident.driver().executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 31.1652, "longitude", 121.4551, "accuracy", 10));
            ReportForm form = ReportForm.open(resident, "changqiao");
            resident.driver().findElement(By.id("locate")).click();
            new WebDriverWait(resident.driver(), PATIENCE).until(d -> !d.findElement(By.id("longitude")).getDomProperty("value").isEmpty());
            ReceiptPage receipt = form.chooseCategory("0104").describe("长桥新村门口每天傍晚有流动摊贩占道")
                    .enterAddress("罗秀路 100 号").submit();
            String number = receipt.number();
            assertTrue(number.startsWith("CHANGQIAO-"), number);
            assertEquals("CQ-06", scalar("SELECT g.code FROM case_file c JOIN grid g ON g.tenant_id = c.tenant_id AND g.id = c.grid_id "
                    + "WHERE c.tenant_id = 'changqiao' AND c.number = ?", number), "routed to the grid the resident stood in");

            // the district suspends 长桥街道
            console.open("/admin/offices/changqiao");
            await(console, "#office-actions");
            console.screenshot("admin-office");
            click(console, "#office-suspend");
            confirm(console);
            new WebDriverWait(console.driver(), PATIENCE).until(d -> text(console, "#office-message").contains("已暂停"));
            resident.open("/o/changqiao/report");
            assertTrue(resident.driver().getPageSource().contains("暂停受理"), "the residents' form says so");
            assertEquals(403, new PublicApi().get("/open311/v2/services.json?jurisdiction_id=changqiao").statusCode(), "and Open311");
            staff.open("/portal/units");
            new WebDriverWait(staff.driver(), PATIENCE).until(d -> d.getCurrentUrl().endsWith("/portal/login"));
            SignInView again = SignInView.openPortal(staff);
            again.signIn("admin@changqiao", NEW_PASSWORD);
            assertTrue(again.error().contains("暂停"), "the portal says the office is suspended: " + again.error());

            // and resumes it
            console.open("/admin/offices/changqiao");
            await(console, "#office-actions");
            click(console, "#office-resume");
            confirm(console);
            new WebDriverWait(console.driver(), PATIENCE).until(d -> text(console, "#office-message").contains("已恢复受理"));
            ReportForm.open(resident, "changqiao");
            assertFalse(resident.driver().getPageSource().contains("暂停受理"), "the form takes reports again");
            assertEquals(200, new PublicApi().get("/open311/v2/services.json?jurisdiction_id=changqiao").statusCode());

            console.open("/admin/trail");
            await(console, "#trail");
            String trail = console.driver().findElement(By.id("trail")).getDomProperty("textContent");
            assertTrue(trail.contains("开通街镇") && trail.contains("暂停受理") && trail.contains("恢复受理") && trail.contains("长桥街道"), trail);
            console.screenshot("admin-trail");
        }
    }

    private static String gridFile() {
        String[] names = {"龙华西路片", "罗秀路片", "华滨路片", "长桥新村片", "龙川北路片", "百色路片"};
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            double west = 121.430 + (i % 3) * 0.010;
            double south = 31.150 + (i / 3) * 0.010;
            features.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"type\":\"Feature\",\"properties\":{\"code\":\"CQ-%02d\",\"name\":\"%s\"},\"geometry\":%s}",
                    i + 1, names[i], District.polygon(west, south, west + 0.010, south + 0.010)));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
    }

    private static void await(Browser browser, String css) {
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        browser.awaitVaadin();
    }

    private static String text(Browser browser, String css) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    private static void type(Browser browser, String css, String value) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(value);
        browser.driver().executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        browser.awaitVaadin();
    }

    private static void click(Browser browser, String css) {
        WebElement button = browser.driver().findElement(By.cssSelector(css));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.awaitVaadin();
    }

    private static void confirm(Browser browser) {
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).isEmpty());
        browser.driver().findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        browser.awaitVaadin();
    }

    private static void upload(Browser browser, Path file) {
        WebElement upload = browser.driver().findElement(By.id("grid-upload"));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        (inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.get(0))
                .sendKeys(file.toString());
        browser.awaitVaadin();
    }

    private static String scalar(String sql, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
