package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.PasswordPage;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.Workbench;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A street office keeps its own house in the portal (its admin, TENANT_ADMIN): staff accounts with a
 * one-time password that the new person must replace at once, the audit trail that records it, and
 * the integrators' API keys, which work on Open311 until revoked.
 */
@ExtendWith(ArquillianExtension.class)
class StreetOfficeAdminE2E {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void theAdminCreatesAnAccountWhoseOneTimePasswordMustBeReplaced() {
        try (Browser admin = new Browser("zh-CN", 1440, 900); Browser newcomer = new Browser("zh-CN", 1280, 800)) {
            SignInView.open(admin, "/portal/login").signIn("admin@huajing", "demo2026");
            new Workbench(admin);
            admin.open("/portal/staff");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("staff-save")).isEmpty());
            admin.awaitVaadin();
            type(admin, "#staff-login input", "zhoujie");
            type(admin, "#staff-name input", "周杰");
            admin.driver().findElements(By.cssSelector("#staff-roles vaadin-checkbox")).stream()
                    .filter(c -> c.getText().contains("指挥中心值班员")).findFirst().orElseThrow().click();
            admin.driver().findElement(By.id("staff-save")).click();
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("one-time-password")).isEmpty());
            String oneTime = admin.driver().findElement(By.id("one-time-password")).getText().strip();
            assertTrue(oneTime.matches("[A-Za-z2-9]{14}"), oneTime);
            admin.screenshot("portal-staff-one-time");
            admin.driver().findElement(By.id("one-time-done")).click();
            admin.awaitVaadin();
            assertTrue(admin.driver().findElements(By.cssSelector("#staff-list vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().contains("zhoujie@huajing")), "the new account is listed");
            admin.screenshot("portal-staff-list");

            SignInView.open(newcomer, "/portal/login").signIn("zhoujie@huajing", oneTime);
            PasswordPage page = PasswordPage.shown(newcomer);
            page.change(oneTime, "Zhoujie-huajing-2026", "Zhoujie-huajing-2026");
            assertTrue(new Workbench(newcomer).signedInAs().contains("周杰"), "the newcomer is in with their own password");

            admin.open("/portal/audit");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("audit")).isEmpty());
            admin.awaitVaadin();
            String trail = admin.driver().findElements(By.cssSelector("#audit vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).reduce("", (a, b) -> a + " " + b);
            assertTrue(trail.contains("zhoujie") && trail.contains("新建") && trail.contains("王敏"), "the creation is on the audit trail: " + trail);
            assertTrue(!trail.contains(oneTime), "and the password is not");
            admin.screenshot("portal-audit");

            admin.open("/portal/units");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("unit-save")).isEmpty());
            admin.awaitVaadin();
            String units = admin.driver().findElements(By.cssSelector("#units vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).reduce("", (a, b) -> a + " | " + b);
            assertTrue(units.contains("华泾城管中队") && units.contains("乱设摊"), "each unit with the categories routed to it: " + units);
            admin.screenshot("portal-units");

            admin.open("/portal/catalogue");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("catalogue")).isEmpty());
            admin.awaitVaadin();
            admin.driver().findElements(By.cssSelector("#catalogue vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().strip().equals("0104")).findFirst().orElseThrow().click();
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> d.findElement(By.id("category-save")).isDisplayed());
            type(admin, "#category-urgent input", "99");
            admin.driver().findElement(By.id("category-save")).click();
            admin.awaitVaadin();
            assertTrue(admin.driver().findElement(By.id("category-message")).getText().contains("紧急处置时限不能长于"),
                    "a limit that makes no sense is refused in words");
            admin.screenshot("portal-catalogue");

            for (int row = 0; row < 200 && admin.driver().findElements(By.cssSelector("#catalogue vaadin-grid-cell-content")).stream()
                    .noneMatch(c -> String.valueOf(c.getDomProperty("textContent")).strip().equals("0801")); row += 8) {
                admin.driver().executeScript("document.getElementById('catalogue').scrollToIndex(arguments[0])", row);
                admin.awaitVaadin();
            }
            WebElement parking = admin.driver().findElements(By.cssSelector("#catalogue vaadin-grid-cell-content")).stream()
                    .filter(c -> String.valueOf(c.getDomProperty("textContent")).strip().equals("0801")).findFirst().orElseThrow();
            admin.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", parking);
            parking.click();
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("question-code-2")).isEmpty());
            assertEquals("vehicle", admin.driver().findElement(By.cssSelector("#question-code-2 input")).getDomProperty("value"),
                    "the office's extra questions of 乱停车 are there to change");
            admin.driver().executeScript("document.getElementById('category-questions').scrollIntoView({block: 'center'})");
            admin.screenshot("portal-catalogue-questions");
        }
    }

    @Test
    void anApiKeyIssuedWorksOnOpen311UntilItIsRevoked() throws Exception {
        try (Browser admin = new Browser("zh-CN", 1440, 900)) {
            SignInView.open(admin, "/portal/login").signIn("admin@fenglin", "demo2026");
            new Workbench(admin);
            admin.open("/portal/integrations");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("key-issue")).isEmpty());
            admin.awaitVaadin();
            type(admin, "#key-integrator input", "徐汇区网格化平台（测试）");
            admin.driver().findElement(By.id("key-issue")).click();
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("api-key-once")).isEmpty());
            String key = admin.driver().findElement(By.id("api-key-once")).getText().strip();
            admin.driver().findElement(By.id("api-key-done")).click();
            admin.awaitVaadin();

            PublicApi api = new PublicApi();
            java.util.Map<String, String> request = new java.util.LinkedHashMap<>();
            request.put("api_key", key);
            request.put("jurisdiction_id", "fenglin");
            request.put("service_code", "0104");
            request.put("lat", "31.1905");
            request.put("long", "121.4505");
            request.put("description", "网格化平台转来：路口乱设摊");
            assertEquals(201, api.postUrlEncoded("/open311/v2/requests.json", request).statusCode(), "the new key works");

            admin.open("/portal/integrations");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.cssSelector(".key-revoke")).isEmpty());
            admin.awaitVaadin();
            String row = rowText(admin, "徐汇区网格化平台（测试）");
            assertFalse(row.contains("从未使用"), "its last use shows: " + row);
            admin.screenshot("portal-api-keys");
            clickRevokeOf(admin, "徐汇区网格化平台（测试）");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> rowText(admin, "徐汇区网格化平台（测试）").contains("已吊销"));
            assertEquals(403, api.postUrlEncoded("/open311/v2/requests.json", request).statusCode(), "revoked: refused at once");
        }
    }

    @Test
    void theAdminMarksALocalHolidayOnTheWorkCalendar() {
        try (Browser admin = new Browser("zh-CN", 1440, 1000)) {
            SignInView.open(admin, "/portal/login").signIn("admin@huajing", "demo2026");
            new Workbench(admin);
            admin.open("/portal/calendar");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("calendar-save")).isEmpty());
            admin.awaitVaadin();
            assertTrue(admin.driver().findElement(By.cssSelector(".cal-day[data-day='2026-10-01']")).getAttribute("class")
                    .contains("cal-holiday"), "National Day arrives with the office");
            WebElement festival = admin.driver().findElement(By.cssSelector(".cal-day[data-day='2026-09-15']"));
            admin.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", festival);
            festival.click();
            admin.awaitVaadin();
            type(admin, "#calendar-note input", "区旅游节");
            admin.driver().findElement(By.id("calendar-save")).click();
            admin.awaitVaadin();
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> d.findElement(By.cssSelector(".cal-day[data-day='2026-09-15']"))
                    .getAttribute("class").contains("cal-local"));
            assertTrue(admin.driver().findElement(By.cssSelector(".cal-day[data-day='2026-09-15']")).getAttribute("class")
                    .contains("cal-holiday"), "the local holiday is marked as one");
            admin.screenshot("portal-calendar");
        }
    }

    /** The texts of the grid row that names the integrator (the cells follow each other in the grid's light DOM). */
    private static String rowText(Browser browser, String integrator) {
        java.util.List<WebElement> cells = browser.driver().findElements(By.cssSelector("#api-keys vaadin-grid-cell-content"));
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).getText().strip().equals(integrator)) {
                StringBuilder row = new StringBuilder();
                for (int j = i; j < Math.min(i + 4, cells.size()); j++) {
                    row.append(cells.get(j).getText()).append(" | ");
                }
                return row.toString();
            }
        }
        return "";
    }

    private static void clickRevokeOf(Browser browser, String integrator) {
        java.util.List<WebElement> cells = browser.driver().findElements(By.cssSelector("#api-keys vaadin-grid-cell-content"));
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).getText().strip().equals(integrator)) {
                cells.get(i + 3).findElement(By.cssSelector(".key-revoke")).click();
                browser.awaitVaadin();
                return;
            }
        }
        throw new AssertionError("no row for " + integrator);
    }

    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
