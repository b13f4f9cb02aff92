package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The receipt a report is answered with: the case's number and access code, and the way to follow it. */
public final class ReceiptPage {

    private final Browser browser;

    ReceiptPage(Browser browser) {
        this.browser = browser;
        Await.element(driver(), "#case-number");
    }

    public String heading() {
        return Await.text(driver(), "h1");
    }

    public String number() {
        return Await.text(driver(), "#case-number");
    }

    public String accessCode() {
        return Await.text(driver(), "#access-code");
    }

    /** The receipt's own address. */
    public String url() {
        return driver().getCurrentUrl();
    }

    /** Reloads the page: the same receipt. */
    public ReceiptPage reload() {
        driver().navigate().refresh();
        return new ReceiptPage(browser);
    }

    /** Whether the page shows the access code. */
    public boolean showsCode() {
        return !driver().findElements(org.openqa.selenium.By.id("access-code")).isEmpty();
    }

    /** Follows the case: its tracking page, number and code sent along. */
    public TrackingPage openTracking() {
        Await.leave(driver(), driver().findElement(By.id("open-tracking")));
        return new TrackingPage(browser);
    }

    private WebDriver driver() {
        return browser.driver();
    }
}
