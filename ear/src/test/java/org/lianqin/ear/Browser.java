package org.lianqin.ear;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download), in a given
 * language and window size, with screenshots kept under target/screenshots for a person to look at.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    Browser(String language, int width, int height) {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--lang=" + language, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        this.width = width;
        this.height = height;
        emulate(height);
    }

    private final int width;
    private final int height;

    /**
     * The viewport as the size asked for: headless Chromium keeps windows at least 500 px wide, so a
     * phone's 390 px comes from device emulation (a mobile viewport, as the phone's browser has).
     */
    private void emulate(int viewportHeight) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", viewportHeight,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Every request of this browser as coming from its own resident (an X-Forwarded-For the test domain
     * believes), so that the rate limits and "me too" count it apart from the other tests' browsers.
     */
    public Browser asClient(String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(EarDeployment.url(path).toString());
    }

    /** Waits until Vaadin has no request in flight (see STACK-NOTES). */
    public void awaitVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    /** Text inside shadow roots as well, which Vaadin's components use. */
    public String shadowText(String cssSelector) {
        return (String) driver.executeScript(
                "const e = document.querySelector(arguments[0]);"
                        + "return e ? (e.shadowRoot ? e.shadowRoot.textContent : '') + e.textContent : null;",
                cssSelector);
    }

    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, however long: the viewport grows to the page's height for the shot. */
    void fullPageScreenshot(String name) {
        Number pageHeight = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        emulate(Math.max(height, pageHeight.intValue()));
        screenshot(name);
        emulate(height);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
