package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The residents' home page, {@code /}: the street offices to choose from, and "find my street office". */
public final class HomePage {

    private final Browser browser;

    private HomePage(Browser browser) {
        this.browser = browser;
        Await.element(driver(), "main h1");
    }

    public static HomePage open(Browser browser) {
        browser.open("/");
        return new HomePage(browser);
    }

    /** The names of the street offices listed, in the order shown. */
    public List<String> officeNames() {
        return driver().findElements(By.cssSelector(".office .name")).stream().map(WebElement::getText).toList();
    }

    /** Chooses the street office with this name (part of its link's text). */
    public OfficePage chooseOffice(String name) {
        Await.leave(driver(), driver().findElement(By.partialLinkText(name)));
        return new OfficePage(browser);
    }

    /** "Find my street office": the browser's location leads to that office's report form, the point filled in. */
    public ReportForm findMyOffice() {
        Await.leave(driver(), driver().findElement(By.id("find-office")));
        return new ReportForm(browser);
    }

    private WebDriver driver() {
        return browser.driver();
    }
}
