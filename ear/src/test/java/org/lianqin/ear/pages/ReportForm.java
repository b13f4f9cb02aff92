package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A street office's report form, {@code /o/{office}/report} (of an office that takes reports). */
public final class ReportForm {

    private final Browser browser;

    /** The form the browser shows after going back from its receipt. */
    public static ReportForm back(Browser browser) {
        browser.driver().navigate().back();
        return new ReportForm(browser);
    }

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

    /** Waits for the map to have drawn the street office's outlines, then taps its middle: the place picked. */
    public ReportForm tapMap() {
        Await.element(driver(), "#map[data-ready=true]");
        field("map").click();
        return this;
    }

    /** Drags the map's pin by so many pixels: the place corrected. */
    public ReportForm dragPin(int right, int down) {
        new Actions(driver()).dragAndDropBy(Await.element(driver(), "#map .pin"), right, down).perform();
        return this;
    }

    /** Where the pin is on the screen: its left and top edge, in pixels. */
    public Point pinPosition() {
        return Await.element(driver(), "#map .pin").getLocation();
    }

    /** "Use my location": the browser's (emulated) position becomes the place, the pin moves there. */
    public ReportForm useMyLocation() {
        Await.element(driver(), "#map[data-ready=true]");
        field("locate").click();
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

    /** Sends the form again as it is (after going back to it): the receipt it lands on. */
    public ReceiptPage submitAgain() {
        return submit();
    }

    /** Sends the report, which comes back with what to correct and what was typed. */
    public ReportForm submitExpectingErrors() {
        Await.leave(driver(), submitButton());
        ReportForm again = new ReportForm(browser);
        Await.element(driver(), "#error-summary");
        return again;
    }

    /** The summary's refusals, in the order shown. */
    public List<String> errors() {
        return Await.element(driver(), "#error-summary").findElements(By.cssSelector("li")).stream()
                .map(WebElement::getText).toList();
    }

    /** Where the summary's links go: the ids of the fields they name. */
    public List<String> errorLinks() {
        return driver().findElements(By.cssSelector("#error-summary li a")).stream()
                .map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf('#') + 1)).toList();
    }

    /** The refusal written beside a field (by the field's id), or null. */
    public String fieldError(String id) {
        List<WebElement> found = driver().findElements(By.id(id + "-error"));
        return found.isEmpty() ? null : found.get(0).getText();
    }

    /** Whether the field (by id) is marked invalid and described by its refusal. */
    public boolean markedInvalid(String id) {
        WebElement field = field(id);
        String describedBy = String.valueOf(field.getAttribute("aria-describedby"));
        return "true".equals(field.getAttribute("aria-invalid")) && List.of(describedBy.split(" ")).contains(id + "-error");
    }

    /** The id of the element that has the focus. */
    public String focused() {
        return driver().switchTo().activeElement().getAttribute("id");
    }

    /** The field's value, by its id. */
    public String valueOf(String id) {
        return value(id);
    }

    /** The form's idempotency key. */
    public String idempotencyKey() {
        return driver().findElement(By.name("idempotencyKey")).getAttribute("value");
    }

    /** The open problems of the chosen kind near the place, once listed. */
    public List<String> nearby() {
        Await.element(driver(), "#nearby:not([hidden]) li");
        return driver().findElements(By.cssSelector("#nearby li .text")).stream().map(WebElement::getText).toList();
    }

    /** "Me too", asked in place, on the problem nearby whose description has the text: what the page answers. */
    public String supportFirstNearbyOf(String text) {
        Await.element(driver(), "#nearby:not([hidden]) li");
        WebElement item = driver().findElements(By.cssSelector("#nearby li")).stream()
                .filter(li -> li.findElement(By.cssSelector(".text")).getText().contains(text)).findFirst().orElseThrow();
        item.findElement(By.cssSelector("button.support")).click();
        return new WebDriverWait(driver(), Await.PATIENCE).until(d -> {
            String said = item.findElement(By.cssSelector(".supported")).getText();
            return said.isBlank() ? null : said;
        });
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
