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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A street office keeps its own house in the portal (its admin, TENANT_ADMIN): staff accounts with a
 * one-time password that the new person must replace at once, and the audit trail that records it.
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
        }
    }

    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
