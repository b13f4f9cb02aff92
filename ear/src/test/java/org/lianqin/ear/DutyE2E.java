package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.Workbench;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 华泾镇's command centre raises the duty level for a major event: the board says so, with the shortened
 * handling limits, and the rota shows who is on duty; then the level goes back to normal.
 */
@ExtendWith(ArquillianExtension.class)
class DutyE2E {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void theCommandCentreRaisesTheDutyLevelAndTheBoardShowsIt() {
        try (Browser dispatcher = new Browser("zh-CN", 1440, 1000)) {
            SignInView.open(dispatcher, "/portal/login").signIn("dispatcher@huajing", "demo2026");
            new Workbench(dispatcher);
            dispatcher.open("/portal/duty");
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> !d.findElements(By.id("duty-change")).isEmpty());
            dispatcher.awaitVaadin();
            assertTrue(banner(dispatcher).contains("三级（常态）") && banner(dispatcher).contains("李强"), banner(dispatcher));

            level(dispatcher, "二级（加强）");
            dispatcher.driver().findElement(By.id("duty-change")).click();
            dispatcher.awaitVaadin();
            assertTrue(dispatcher.driver().findElement(By.id("duty-message")).getText().contains("理由"),
                    "raising the level without a reason is refused in words");
            WebElement reason = dispatcher.driver().findElement(By.cssSelector("#duty-reason input"));
            reason.sendKeys("进博会安保");
            dispatcher.driver().findElement(By.id("duty-change")).click();
            dispatcher.awaitVaadin();
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> banner(dispatcher).contains("二级（加强）"));
            assertTrue(banner(dispatcher).contains("处置时限按 75% 计"), banner(dispatcher));
            assertTrue(dispatcher.driver().findElements(By.cssSelector("#duty-rota vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().contains("第一联勤分队")), "the rota shows the squads on patrol");
            dispatcher.screenshot("portal-duty");

            dispatcher.open("/portal/board");
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> !d.findElements(By.id("duty-banner")).isEmpty());
            assertTrue(banner(dispatcher).contains("勤务等级：二级（加强）"), banner(dispatcher));

            dispatcher.open("/portal/duty");
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> !d.findElements(By.id("duty-change")).isEmpty());
            dispatcher.awaitVaadin();
            level(dispatcher, "三级（常态）");
            dispatcher.driver().findElement(By.id("duty-change")).click();
            dispatcher.awaitVaadin();
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> banner(dispatcher).contains("三级（常态）"));
        }
    }

    private static void level(Browser browser, String label) {
        browser.driver().findElements(By.cssSelector("#duty-level vaadin-radio-button")).stream()
                .filter(r -> r.getText().contains(label)).findFirst().orElseThrow().click();
        browser.awaitVaadin();
    }

    private static String banner(Browser browser) {
        return browser.driver().findElement(By.id("duty-banner")).getText();
    }
}
