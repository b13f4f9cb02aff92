package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The form staff record a problem with (portal-web's {@code ReportForm}): the command centre's intake, an inspector's patrol report. */
public final class StaffReportForm {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Browser browser;

    private StaffReportForm(Browser browser) {
        this.browser = browser;
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.id("report-submit")).isEmpty());
        browser.awaitVaadin();
    }

    public static StaffReportForm open(Browser browser, String path) {
        browser.open(path);
        return new StaffReportForm(browser);
    }

    /** Chooses the channel by its shown name (12345 热线 …). */
    public StaffReportForm channel(String name) {
        browser.driver().findElement(By.id("report-channel")).click();
        pick("vaadin-select-item[role=option]", name);
        return this;
    }

    /** Chooses the category by typing part of its name and taking the first match. */
    public StaffReportForm category(String typed) {
        WebElement input = browser.driver().findElement(By.cssSelector("#report-category input"));
        input.click();
        input.sendKeys(typed);
        pick("vaadin-combo-box-item", typed);
        return this;
    }

    public StaffReportForm urgent() {
        browser.driver().findElements(By.cssSelector("#report-priority vaadin-radio-button")).get(1).click();
        return this;
    }

    public StaffReportForm address(String text) {
        browser.driver().findElement(By.cssSelector("#report-address input")).sendKeys(text);
        return this;
    }

    public StaffReportForm point(double longitude, double latitude) {
        browser.driver().findElement(By.cssSelector("#report-longitude input")).sendKeys(String.valueOf(longitude));
        browser.driver().findElement(By.cssSelector("#report-latitude input")).sendKeys(String.valueOf(latitude));
        return this;
    }

    public StaffReportForm description(String text) {
        browser.driver().findElement(By.cssSelector("#report-description textarea")).sendKeys(text);
        return this;
    }

    public StaffReportForm caller(String text) {
        browser.driver().findElement(By.cssSelector("#report-caller input")).sendKeys(text);
        return this;
    }

    /** Files the case; the new case opens. */
    public CasePage file() {
        browser.driver().findElement(By.id("report-submit")).click();
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.id("case-number")).isEmpty()
                || d.findElement(By.id("report-message")).isDisplayed());
        return CasePage.shown(browser);
    }

    /** The form's refusal, if any. */
    public String message() {
        return browser.driver().findElement(By.id("report-message")).getText();
    }

    private void pick(String itemTag, String text) {
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> d.findElements(By.cssSelector(itemTag)).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().contains(text)));
        browser.driver().findElements(By.cssSelector(itemTag)).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text)).findFirst().orElseThrow().click();
        browser.awaitVaadin();
    }
}
