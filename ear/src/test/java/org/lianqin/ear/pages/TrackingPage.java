package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tracking page, {@code /track}: a case looked up by number and access code, with its state, timeline
 * and photos, and the forms that rate it or reopen it; or the look-up form, with an error if it failed.
 */
public final class TrackingPage {

    private final Browser browser;

    TrackingPage(Browser browser) {
        this.browser = browser;
        Await.element(driver(), "main h1");
    }

    /** The look-up form. */
    public static TrackingPage open(Browser browser) {
        browser.open("/track");
        return new TrackingPage(browser);
    }

    /** The look-up form with the number filled in, as a link to one case opens it. */
    public static TrackingPage open(Browser browser, String number) {
        browser.open("/track?number=" + number);
        return new TrackingPage(browser);
    }

    public TrackingPage enterNumber(String number) {
        WebElement field = driver().findElement(By.id("number"));
        field.clear();
        field.sendKeys(number);
        return this;
    }

    public TrackingPage enterCode(String code) {
        driver().findElement(By.id("code")).sendKeys(code);
        return this;
    }

    /** Sends the look-up form: the case, or the form again with an error. */
    public TrackingPage lookUp() {
        return send("form.track");
    }

    /** The error message, once it is there. */
    public String error() {
        return Await.text(driver(), ".notice.error");
    }

    /** The message that a step was done, once it is there. */
    public String notice() {
        return Await.text(driver(), ".notice.ok");
    }

    /** The case's state, once the case is there. */
    public String state() {
        return Await.text(driver(), "#case-state");
    }

    /** The case's timeline, once it is there. */
    public String timeline() {
        return Await.text(driver(), ".timeline");
    }

    /** Whether the page's HTML has this text anywhere. */
    public boolean sourceContains(String text) {
        return driver().getPageSource().contains(text);
    }

    public int photoCount() {
        return driver().findElements(By.cssSelector(".photos img")).size();
    }

    /** Scrolls to the first photo, which loads lazily, and waits until it has loaded; true then, or a timeout. */
    public boolean firstPhotoLoads() {
        driver().executeScript("document.querySelector('.photos img').scrollIntoView()");
        return new WebDriverWait(driver(), Await.PATIENCE).until(x -> Boolean.TRUE.equals(driver().executeScript(
                "const i = document.querySelector('.photos img'); return i.complete && i.naturalWidth > 0")));
    }

    /** Whether the page offers to rate the result. */
    public boolean offersRating() {
        return !driver().findElements(By.cssSelector("form.rate")).isEmpty();
    }

    /** Chooses a score, 1 to 5, in the rating form. */
    public TrackingPage chooseScore(int score) {
        driver().findElement(By.cssSelector("input[name=score][value='" + score + "']")).click();
        return this;
    }

    /** Writes a comment in the rating form. */
    public TrackingPage comment(String comment) {
        driver().findElement(By.id("comment")).sendKeys(comment);
        return this;
    }

    /** Sends the rating form. */
    public TrackingPage sendRating() {
        return send("form.rate");
    }

    /** Reopens the closed case, saying why. */
    public TrackingPage reopen(String reason) {
        driver().findElement(By.id("reason")).sendKeys(reason);
        return send("form.reopen");
    }

    private TrackingPage send(String form) {
        Await.leave(driver(), driver().findElement(By.cssSelector(form + " button[type=submit]")));
        return new TrackingPage(browser);
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
