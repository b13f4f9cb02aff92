package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.cases.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident on a phone (390 × 844, Chinese): reports a problem with a photo on the street office's
 * page, gets its number and access code, follows it, and — after the command centre and the unit closed
 * it through core's services — rates the result. Screenshots of each page go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class ResidentJourneyE2E {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withStaffDriver();
    }

    /** The element's text, once the page that has it is there (a click that submits a form may return first). */
    private static String text(WebDriver d, String css) {
        return new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                .until(x -> x.findElements(By.cssSelector(css)).stream().findFirst().orElse(null)).getText();
    }

    @Test
    void aResidentReportsWithAPhotoFollowsTheCaseAndRatesTheResult() throws Exception {
        Path photo = Files.createTempFile("现场", ".jpg");
        Files.write(photo, TestImages.jpeg());
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            WebDriver d = browser.driver();
            browser.open("/");
            d.findElement(By.partialLinkText("枫林街道")).click();
            text(d, ".stats");
            assertEquals("枫林街道", text(d, "h1"));
            browser.fullPageScreenshot("resident-1-office");

            d.findElement(By.linkText("我要反映问题")).click();
            text(d, "#category");
            assertTrue(text(d, "h1").contains("反映问题"));
            new Select(d.findElement(By.id("category"))).selectByValue("0104");
            d.findElement(By.id("description")).sendKeys("小区门口每天傍晚有人摆摊卖菜，堵住了人行道");
            d.findElement(By.id("address")).sendKeys("枫林路 200 号");
            d.findElement(By.id("photo")).sendKeys(photo.toString());
            d.findElement(By.id("contact")).sendKeys("13800138000");
            browser.fullPageScreenshot("resident-2-report-form");
            d.findElement(By.cssSelector("form.report button[type=submit]")).click();

            text(d, "#case-number");
            assertEquals("已收到您的反映", text(d, "h1"));
            String number = text(d, "#case-number");
            String code = text(d, "#access-code");
            assertTrue(number.matches("FENGLIN-\\d{4}-\\d{6}"), number);
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{8}"), code);
            browser.fullPageScreenshot("resident-3-receipt");

            d.findElement(By.id("open-tracking")).click();
            assertEquals("待受理", text(d, "#case-state"));
            assertTrue(d.getPageSource().contains("小区门口每天傍晚有人摆摊卖菜"));
            assertEquals(1, d.findElements(By.cssSelector(".photos img")).size(), "the photo is on the tracking page");
            browser.driver().executeScript("document.querySelector('.photos img').scrollIntoView()");   // it loads lazily
            Boolean loaded = new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                    .until(x -> Boolean.TRUE.equals(browser.driver().executeScript(
                            "const i = document.querySelector('.photos img'); return i.complete && i.naturalWidth > 0")));
            assertTrue(loaded, "and it loads");
            browser.fullPageScreenshot("resident-4-tracking-reported");

            assertEquals("CLOSED", new PublicApi().staff("fenglin", "close", number, "已劝离摊贩，人行道已恢复通行"));

            browser.open("/track?number=" + number);
            d.findElement(By.id("code")).sendKeys(code);
            d.findElement(By.cssSelector("form.track button[type=submit]")).click();
            assertEquals("已办结", text(d, "#case-state"));
            String timeline = text(d, ".timeline");
            assertTrue(timeline.contains("已劝离摊贩，人行道已恢复通行"), timeline);
            assertFalse(d.getPageSource().contains("13800138000"), "no contact on the page");
            d.findElement(By.cssSelector("input[name=score][value='5']")).click();
            d.findElement(By.id("comment")).sendKeys("处理很快，谢谢");
            browser.fullPageScreenshot("resident-5-tracking-closed");
            d.findElement(By.cssSelector("form.rate button[type=submit]")).click();

            assertEquals("谢谢您的评价。", text(d, ".notice.ok"));
            assertTrue(d.getPageSource().contains("您的评价：5 分"));
            assertTrue(d.findElements(By.cssSelector("form.rate")).isEmpty(), "rated once");
            browser.fullPageScreenshot("resident-6-rated");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aWrongCodeRevealsNothingAndTheFormKeepsWhatWasTyped() {
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            WebDriver d = browser.driver();
            browser.open("/track?number=FENGLIN-2026-000001");
            d.findElement(By.id("code")).sendKeys("AAAAAAAA");
            d.findElement(By.cssSelector("form.track button[type=submit]")).click();
            assertEquals("没有找到这个案件，或查询码不正确。", text(d, ".notice.error"));

            browser.open("/o/fenglin/report");
            new Select(d.findElement(By.id("category"))).selectByValue("0104");
            d.findElement(By.id("description")).sendKeys("<b>加粗</b>的描述");
            d.findElement(By.id("address")).sendKeys("枫林路 1 号");
            d.findElement(By.cssSelector("form.report button[type=submit]")).click();
            assertTrue(text(d, "#form-error").contains("HTML"), text(d, "#form-error"));
            assertEquals("<b>加粗</b>的描述", d.findElement(By.id("description")).getAttribute("value"), "nothing lost");
            assertEquals("0104", new Select(d.findElement(By.id("category"))).getFirstSelectedOption().getAttribute("value"));
            browser.fullPageScreenshot("resident-7-form-error");
        }
    }

    @Test
    void theFormsMapSetsThePlaceWhereTheResidentTaps() {
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            WebDriver d = browser.driver();
            browser.open("/o/fenglin/report");
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(15))
                    .until(x -> !x.findElements(By.cssSelector("#map .leaflet-tile-loaded")).isEmpty());
            d.findElement(By.id("map")).click();
            String lon = d.findElement(By.id("longitude")).getAttribute("value");
            String lat = d.findElement(By.id("latitude")).getAttribute("value");
            assertTrue(lon.startsWith("121.") && lat.startsWith("31."), lon + "," + lat);
            assertTrue(text(d, "#located").startsWith("已选位置"), text(d, "#located"));
            new Select(d.findElement(By.id("category"))).selectByValue("0104");
            d.findElement(By.id("description")).sendKeys("地图上点选的位置");
            browser.fullPageScreenshot("resident-8-map");
            d.findElement(By.cssSelector("form.report button[type=submit]")).click();
            text(d, "#case-number");
            assertEquals("已收到您的反映", text(d, "h1"), "a point is enough, no address needed");
        }
    }

    @Test
    void theLocationFindsTheStreetOfficeAndFillsInThePoint() {
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            WebDriver d = browser.driver();
            browser.driver().executeCdpCommand("Browser.grantPermissions", java.util.Map.of("permissions", java.util.List.of("geolocation")));
            browser.driver().executeCdpCommand("Emulation.setGeolocationOverride",
                    java.util.Map.of("latitude", 31.1905, "longitude", 121.4505, "accuracy", 10));
            browser.open("/");
            d.findElement(By.id("find-office")).click();
            text(d, "#category");
            assertTrue(d.getCurrentUrl().contains("/o/fenglin/report?longitude=121.450500&latitude=31.190500"), d.getCurrentUrl());
            assertEquals("121.450500", d.findElement(By.id("longitude")).getAttribute("value"));
            assertEquals("31.190500", d.findElement(By.id("latitude")).getAttribute("value"));
        }
    }
}
