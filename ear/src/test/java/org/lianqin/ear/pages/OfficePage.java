package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A street office's page, {@code /o/{office}}: its name, its figures, its open problems, the way to the report form. */
public final class OfficePage {

    private final Browser browser;

    OfficePage(Browser browser) {
        this.browser = browser;
        Await.element(driver(), ".stats");
    }

    public static OfficePage open(Browser browser, String office) {
        browser.open("/o/" + office);
        return new OfficePage(browser);
    }

    /** The office's name, the page's heading. */
    public String title() {
        return Await.text(driver(), "h1");
    }

    /** The figures: each label with its value, in the order shown. */
    public Map<String, String> stats() {
        Map<String, String> stats = new LinkedHashMap<>();
        for (WebElement figure : driver().findElements(By.cssSelector(".stats > div"))) {
            stats.put(figure.findElement(By.tagName("dt")).getText(), figure.findElement(By.tagName("dd")).getText());
        }
        return stats;
    }

    /** The descriptions of the open problems listed. */
    public List<String> openProblems() {
        return driver().findElements(By.cssSelector(".cases .case .text")).stream().map(WebElement::getText).toList();
    }

    /** Follows the link to the report form, found by its words as the resident reads them. */
    public ReportForm reportAProblem(String linkText) {
        Await.leave(driver(), driver().findElement(By.linkText(linkText)));
        return new ReportForm(browser);
    }

    private WebDriver driver() {
        return browser.driver();
    }
}
