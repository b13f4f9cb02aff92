package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.HomePage;
import org.lianqin.ear.pages.SignInView;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person sees on the three front doors, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class LoginViewsE2E {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void residentsHomeOnAPhoneListsTheStreetOffices() {
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            List<String> offices = HomePage.open(browser).officeNames();
            assertEquals(List.of("枫林街道", "华泾镇"), offices, "active offices in pinyin order");
            browser.screenshot("home-phone-zh");
        }
    }

    @Test
    void portalShowsItsSignInFormInChinese() {
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            SignInView portal = SignInView.openPortal(browser);
            assertEquals("联勤 · 街镇工作门户", portal.heading());
            String form = portal.formText();
            assertTrue(form.contains("登录"), form);
            assertTrue(portal.title().contains("街镇工作门户"), portal.title());
            browser.screenshot("portal-login-zh");
        }
    }

    @Test
    void anUnknownPortalAddressSaysSoInChinese() {
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            browser.open("/portal/no-such-view");
            browser.awaitVaadin();
            assertEquals("页面不存在", browser.driver().findElement(By.tagName("h1")).getText());
        }
    }

    @Test
    void consoleShowsItsSignInFormInEnglishToAnEnglishBrowser() {
        try (Browser browser = new Browser("en-GB", 1280, 800)) {
            SignInView console = SignInView.openConsole(browser);
            assertEquals("Lianqin · District console", console.heading());
            assertTrue(console.formText().contains("Sign in"));
            browser.screenshot("admin-login-en");
        }
    }
}
