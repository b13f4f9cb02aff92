package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Where staff choose their own password (portal-web's {@code PasswordView}). */
public final class PasswordPage {

    private final Browser browser;

    private PasswordPage(Browser browser) {
        this.browser = browser;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class)
                .until(d -> d.getCurrentUrl().endsWith("/portal/password") && !d.findElements(By.id("password-save")).isEmpty());
        browser.awaitVaadin();
    }

    /** The page, which a sign-in or a navigation has just shown. */
    public static PasswordPage shown(Browser browser) {
        return new PasswordPage(browser);
    }

    /** The words above the form. */
    public String explanation() {
        return browser.driver().findElement(By.cssSelector("vaadin-vertical-layout > p")).getText();
    }

    /** Fills the three fields and saves. */
    public PasswordPage change(String current, String next, String again) {
        type("password-current", current);
        type("password-new", next);
        type("password-again", again);
        browser.driver().findElement(By.id("password-save")).click();
        browser.awaitVaadin();
        return this;
    }

    /** The refusal shown, empty when none. */
    public String message() {
        WebElement m = browser.driver().findElement(By.id("password-message"));
        return m.isDisplayed() ? m.getText() : "";
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
