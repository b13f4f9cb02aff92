package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Vaadin sign-in view (vaadin-support's {@code LoginView}) of the street offices' portal,
 * {@code /portal/}, and of the district console, {@code /admin/}.
 */
public final class SignInView {

    private final Browser browser;

    private SignInView(Browser browser) {
        this.browser = browser;
        browser.awaitVaadin();
    }

    public static SignInView openPortal(Browser browser) {
        return open(browser, "/portal/");
    }

    public static SignInView openConsole(Browser browser) {
        return open(browser, "/admin/");
    }

    /** Any address that shows the sign-in view to someone not signed in. */
    public static SignInView open(Browser browser, String path) {
        browser.open(path);
        return new SignInView(browser);
    }

    /** The application's name above the form. */
    public String heading() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    /** The form's texts (title, labels, button), shadow root included. */
    public String formText() {
        return browser.shadowText("vaadin-login-form-wrapper");
    }

    /** Types the name and password and sends them, as a person would (Enter in the password field). */
    public void signIn(String name, String password) {
        WebElement user = driver().findElement(By.cssSelector("vaadin-login-form input[name='username']"));
        user.clear();
        user.sendKeys(name);
        WebElement secret = driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
        browser.awaitVaadin();
    }

    /** The form's error message after a refused sign-in, or an empty text when there is none. */
    public String error() {
        Object text = driver().executeScript("const f = document.querySelector('vaadin-login-form');"
                + "return f && f.error ? (f.i18n.errorMessage.title + ' ' + f.i18n.errorMessage.message) : '';");
        return String.valueOf(text);
    }

    /** The browser tab's title. */
    public String title() {
        return driver().getTitle();
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
