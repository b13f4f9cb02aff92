package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * A case's public page, {@code /o/{office}/cases/{number}}: its category, state, place, public timeline,
 * supporters, "me too", "follow" and the reporter's way in with the access code.
 */
public final class PublicCasePage {

    private final Browser browser;

    PublicCasePage(Browser browser) {
        this.browser = browser;
        Await.element(driver(), "#timeline");
    }

    public static PublicCasePage open(Browser browser, String office, String number) {
        browser.open("/o/" + office + "/cases/" + number);
        return new PublicCasePage(browser);
    }

    public String heading() {
        return Await.text(driver(), "h1");
    }

    public String state() {
        return Await.text(driver(), "#case-state");
    }

    /** The public steps, each as its lines (when, what, the public text). */
    public List<String> timeline() {
        return driver().findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
    }

    /** How many people said "me too", as the page words it. */
    public String supporters() {
        return Await.text(driver(), "#supporters");
    }

    /** "Me too" without script: the page again, with what it says about this support. */
    public PublicCasePage support() {
        Await.leave(driver(), driver().findElement(By.id("support")));
        return new PublicCasePage(browser);
    }

    /** The notice about the last support. */
    public String supportNotice() {
        return Await.text(driver(), "#support-notice");
    }

    /** Waits for the map of the case's place to be drawn, its pin on the point: false if it never is. */
    public boolean showsMap() {
        try {
            Await.element(driver(), "#map[data-ready=true] .pin");
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    public String source() {
        return driver().getPageSource();
    }

    private WebDriver driver() {
        return browser.driver();
    }
}
