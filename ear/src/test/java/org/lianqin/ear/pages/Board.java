package org.lianqin.ear.pages;

import org.lianqin.ear.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The command centre's board (portal-web's {@code BoardView}). */
public final class Board {

    private final Browser browser;

    private Board(Browser browser) {
        this.browser = browser;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("board-counters")).isEmpty());
        browser.awaitVaadin();
    }

    /** Opens the board at the path (with its filters in the query), signed in already. */
    public static Board open(Browser browser, String pathAndQuery) {
        browser.open(pathAndQuery);
        return new Board(browser);
    }

    /** The count shown for a state (its enum name) or for OVERDUE. */
    public long count(String what) {
        String text = browser.driver().findElement(By.id("count-" + what)).getText();
        return Long.parseLong(text.lines().findFirst().orElse("0").strip());
    }

    /** The case numbers the board's grid shows (its first page as rendered). */
    public List<String> caseNumbers() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("#board vaadin-grid-cell-content")).isEmpty());
        browser.awaitVaadin();
        return browser.driver().findElements(By.cssSelector("#board vaadin-grid-cell-content")).stream()
                .map(e -> e.getText().strip()).filter(t -> t.matches("[A-Z]+-\\d{4}-\\d+")).toList();
    }

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
