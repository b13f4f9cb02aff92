package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The portal's frame and workbench (portal-web's {@code MainLayout} and {@code WorkbenchView}) of a signed-in member of staff. */
public final class Workbench {

    private final Browser browser;

    public Workbench(Browser browser) {
        this.browser = browser;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
        browser.awaitVaadin();
    }

    /** The name, roles and street office at the top. */
    public String signedInAs() {
        return browser.driver().findElement(By.id("signed-in-as")).getText();
    }

    /** The case numbers the workbench lists. */
    public List<String> caseNumbers() {
        return browser.driver().findElements(By.cssSelector("#open-cases vaadin-grid-cell-content")).stream()
                .map(e -> e.getText().strip()).filter(t -> t.matches("[A-Z]+-\\d{4}-\\d+")).toList();
    }

    /** The workbench once a reload has shown it with this heading (after a change of language). */
    public static Workbench reloadedWith(Browser browser, String heading) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(d -> d.findElements(By.tagName("h2")).stream().anyMatch(h -> h.getText().equals(heading)));
        return new Workbench(browser);
    }

    /** Picks a language in the bar's switch (中文 / English); the page reloads in it. */
    public void chooseLanguage(String name) {
        browser.driver().findElement(By.id("language")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("vaadin-select-item"))
                .stream().anyMatch(i -> i.getText().strip().equals(name)));
        browser.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().strip().equals(name)).findFirst().orElseThrow().click();
    }

    public void signOut() {
        browser.driver().findElement(By.id("sign-out")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.awaitVaadin();
    }
}
