package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One case in the portal (portal-web's {@code CaseDetailView}): its state, the steps it offers the
 * signed-in person, each step's dialog, and the timeline.
 */
public final class CasePage {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Browser browser;

    private CasePage(Browser browser) {
        this.browser = browser;
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.id("case-number")).isEmpty());
        browser.awaitVaadin();
    }

    /** Opens the case by its address, signed in already. */
    public static CasePage open(Browser browser, String number) {
        browser.open("/portal/cases/" + number);
        return new CasePage(browser);
    }

    /** The case a click or a filed form has just opened. */
    public static CasePage shown(Browser browser) {
        return new CasePage(browser);
    }

    public String number() {
        return browser.driver().findElement(By.id("case-number")).getText().split("\\s")[0];
    }

    /** The state's name as shown beside the number. */
    public String state() {
        return browser.driver().findElement(By.id("case-state")).getText().strip();
    }

    /** The steps offered, by their names in CaseStep ("REGISTER", "DISPATCH" …). */
    public List<String> steps() {
        return browser.driver().findElements(By.cssSelector("#case-steps vaadin-button")).stream()
                .map(b -> b.getAttribute("id").substring("step-".length())).toList();
    }

    /** Opens the step's dialog. */
    public CasePage begin(String step) {
        browser.driver().findElement(By.id("step-" + step)).click();
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.id("step-submit")).isEmpty());
        browser.awaitVaadin();
        return this;
    }

    /** Types the note into the open dialog. */
    public CasePage note(String text) {
        WebElement area = browser.driver().findElement(By.cssSelector("#step-note textarea"));
        area.clear();
        area.sendKeys(text);
        return this;
    }

    /** The note the open dialog holds. */
    public String typedNote() {
        return browser.driver().findElement(By.cssSelector("#step-note textarea")).getAttribute("value");
    }

    /** Attaches a photo to the open dialog and waits until it has been received. */
    public CasePage photo(Path file) {
        WebElement upload = browser.driver().findElement(By.id("step-photos"));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.get(0);
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "const f = arguments[0].files; return !!f && f.length > 0 && f.every(x => x.complete)", upload)));
        browser.awaitVaadin();
        return this;
    }

    /** Sends the open dialog and waits for the answer (the dialog gone, or its message shown). */
    public CasePage send() {
        browser.driver().findElement(By.id("step-submit")).click();
        browser.awaitVaadin();
        return this;
    }

    /** Does the step: opens its dialog, writes the note when one is given, sends it, and waits for the new state. */
    public CasePage take(String step, String note) {
        begin(step);
        if (note != null) {
            note(note);
        }
        send();
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> d.findElements(By.id("step-submit")).isEmpty());
        return new CasePage(browser);
    }

    /** The open dialog's message (a refusal, or news of someone else's change), empty when none. */
    public String dialogMessage() {
        List<WebElement> found = browser.driver().findElements(By.id("step-message"));
        return found.isEmpty() || !found.get(0).isDisplayed() ? "" : found.get(0).getText();
    }

    /** The open dialog's send button's text. */
    public String sendButton() {
        return browser.driver().findElement(By.id("step-submit")).getText();
    }

    /** Reads the page again (after someone else's change). */
    public CasePage reloaded() {
        browser.driver().navigate().refresh();
        new WebDriverWait(browser.driver(), PATIENCE).ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class).until(d -> !d.findElements(By.id("case-number")).isEmpty());
        return new CasePage(browser);
    }

    /** The timeline's rows as text (step, state, person, note). */
    public String timeline() {
        return browser.shadowText("#case-timeline") + browser.driver().findElement(By.id("case-timeline")).getText();
    }

    /** How many photos the case shows. */
    public int photoCount() {
        return browser.driver().findElements(By.cssSelector("#case-photos img")).size();
    }
}
