package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A street office's report form, {@code /o/{office}/report} (of an office that takes reports). */
public final class ReportForm {

    private final Browser browser;

    ReportForm(Browser browser) {
        this.browser = browser;
        Await.element(driver(), "#category");
    }

    public static ReportForm open(Browser browser, String office) {
        browser.open("/o/" + office + "/report");
        return new ReportForm(browser);
    }

    public String heading() {
        return Await.text(driver(), "h1");
    }

    /** Chooses the category by its code, the option's value. */
    public ReportForm chooseCategory(String code) {
        new Select(field("category")).selectByValue(code);
        return this;
    }

    public ReportForm describe(String description) {
        field("description").sendKeys(description);
        return this;
    }

    public ReportForm enterAddress(String address) {
        field("address").sendKeys(address);
        return this;
    }

    /** Waits for the map's tiles, then taps the map's middle: the place picked. */
    public ReportForm tapMap() {
        Await.element(driver(), "#map .leaflet-tile-loaded");
        field("map").click();
        return this;
    }

    public ReportForm attachPhotos(Path... photos) {
        field("photo").sendKeys(Arrays.stream(photos).map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        return this;
    }

    public ReportForm enterContact(String contact) {
        field("contact").sendKeys(contact);
        return this;
    }

    /** Ticks or unticks "follow the case" (ticked at first). */
    public ReportForm follow(boolean follow) {
        WebElement box = followBox();
        if (box.isSelected() != follow) {
            box.click();
        }
        return this;
    }

    /** Sends the report, which is taken. */
    public ReceiptPage submit() {
        Await.leave(driver(), submitButton());
        return new ReceiptPage(browser);
    }

    /** Sends the report, which comes back with an error and what was typed. */
    public ReportForm submitExpectingError() {
        Await.leave(driver(), submitButton());
        ReportForm again = new ReportForm(browser);
        Await.element(driver(), "#form-error");
        return again;
    }

    /** The form's error message, once it is there. */
    public String error() {
        return Await.text(driver(), "#form-error");
    }

    /** The status line under the address: where the place picked or found is. */
    public String located() {
        return Await.text(driver(), "#located");
    }

    /** The chosen category's code. */
    public String category() {
        return new Select(field("category")).getFirstSelectedOption().getAttribute("value");
    }

    public String description() {
        return value("description");
    }

    public String address() {
        return value("address");
    }

    public String contact() {
        return value("contact");
    }

    public String longitude() {
        return value("longitude");
    }

    public String latitude() {
        return value("latitude");
    }

    public boolean follows() {
        return followBox().isSelected();
    }

    /** The address the form is at, with its query. */
    public String url() {
        return driver().getCurrentUrl();
    }

    private WebElement field(String id) {
        return driver().findElement(By.id(id));
    }

    private String value(String id) {
        return field(id).getAttribute("value");
    }

    private WebElement followBox() {
        return driver().findElement(By.cssSelector("form.report input[name=follow]"));
    }

    private WebElement submitButton() {
        return driver().findElement(By.cssSelector("form.report button[type=submit]"));
    }

    private WebDriver driver() {
        return browser.driver();
    }
}
