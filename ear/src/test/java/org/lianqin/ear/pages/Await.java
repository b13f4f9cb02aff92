package org.lianqin.ear.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The waiting the pages share: for an element of the page that has it, and for a page to be left. */
final class Await {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    private Await() {
    }

    /** The first element the selector finds, once the page that has it is there (a click that submits a form may return first). */
    static WebElement element(WebDriver driver, String css) {
        return new WebDriverWait(driver, PATIENCE)
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** The text of {@link #element}. */
    static String text(WebDriver driver, String css) {
        return element(driver, css).getText();
    }

    /**
     * Clicks something that loads another page and waits until the page it was on has gone: the old page
     * is marked, and the wait ends when the browser's page no longer has the mark.
     */
    static void leave(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("window.lianqinLeaving = true");
        element.click();
        new WebDriverWait(driver, PATIENCE).ignoring(JavascriptException.class)
                .until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.lianqinLeaving === true")));
    }
}
