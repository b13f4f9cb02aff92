package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.Workbench;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 枫林街道's command centre plans a joint operation against street stalls over two grids with three
 * units, records its results when it is under way, links a case it dealt with, and the year's totals
 * show them.
 */
@ExtendWith(ArquillianExtension.class)
class JointOperationE2E {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void anOperationIsPlannedItsResultsRecordedAndTheTotalsShowThem() throws Exception {
        HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/fenglin/reports",
                "{\"category\":\"0104\",\"description\":\"医学院路夜间流动摊贩，油烟扰民\","
                        + "\"address\":\"医学院路 80 号\",\"longitude\":121.4525,\"latitude\":31.1885}");
        assertEquals(201, created.statusCode(), created.body());
        String number = PublicApi.field(created.body(), "number");
        LocalDateTime began = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.HOURS).minusHours(1);

        try (Browser dispatcher = new Browser("zh-CN", 1440, 1000)) {
            SignInView.open(dispatcher, "/portal/login").signIn("dispatcher@fenglin", "demo2026");
            new Workbench(dispatcher);
            dispatcher.open("/portal/operations");
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> !d.findElements(By.id("op-save")).isEmpty());
            dispatcher.awaitVaadin();

            type(dispatcher, "#op-title input", "枫林路夜间占道设摊联合整治");
            type(dispatcher, "#op-target input", "医学院路、枫林路夜间流动摊贩");
            at(dispatcher, "op-start", began);
            at(dispatcher, "op-end", began.plusHours(3));
            choose(dispatcher, "op-grids", "FL-01", "FL-03");
            choose(dispatcher, "op-units", "枫林城管中队", "枫林路派出所", "枫林市场监管所");
            dispatcher.driver().findElement(By.id("op-save")).click();
            dispatcher.awaitVaadin();
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> cells(dispatcher, "operations").contains("枫林路夜间占道设摊联合整治"));
            assertTrue(cells(dispatcher, "operations").contains("已计划"), "planned: " + cells(dispatcher, "operations"));

            List<WebElement> counts = dispatcher.driver().findElements(By.cssSelector("#op-results vaadin-integer-field input"));
            counts.get(0).sendKeys("12");
            counts.get(1).sendKeys("30");
            type(dispatcher, "#op-note textarea", "以劝离为主，暂扣三轮车两辆");
            dispatcher.driver().findElement(By.id("op-record")).click();
            dispatcher.awaitVaadin();
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> cells(dispatcher, "operations").contains("已完成"));

            type(dispatcher, "#op-case input", number);
            dispatcher.driver().findElement(By.id("op-link")).click();
            dispatcher.awaitVaadin();
            new WebDriverWait(dispatcher.driver(), PATIENCE).until(d -> d.findElement(By.id("op-linked")).getText().contains(number));

            List<String> totals = cells(dispatcher, "op-totals");
            int year = totals.indexOf("全年");
            assertTrue(year >= 0, "the year's row: " + totals);
            // 期间 | 行动（次） | 清理占道摊点 | 劝离流动摊贩 | 4 more kinds | 关联案件
            int columns = 2 + 6 + 1;
            List<String> yearRow = totals.subList(year, year + columns);
            assertTrue(Integer.parseInt(yearRow.get(1)) >= 1, "operations counted: " + yearRow);
            assertTrue(Integer.parseInt(yearRow.get(2)) >= 12 && Integer.parseInt(yearRow.get(3)) >= 30, "results summed: " + yearRow);
            assertTrue(Integer.parseInt(yearRow.get(8)) >= 1, "the linked case counted: " + yearRow);
            assertTrue(totals.contains(began.getMonthValue() + " 月"), "the month's row: " + totals);
            dispatcher.driver().executeScript("document.getElementById('op-year').scrollIntoView({block: 'start'})");
            dispatcher.screenshot("portal-operations");
        }
    }

    /** Types a date and a time into a date-time picker as a person does (zh-CN: 2026/11/27, 13:00). */
    private static void at(Browser browser, String id, LocalDateTime when) {
        WebElement picker = browser.driver().findElement(By.id(id));
        WebElement date = picker.findElement(By.cssSelector("vaadin-date-picker input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.format("%d/%d/%d", when.getYear(), when.getMonthValue(), when.getDayOfMonth()), Keys.ENTER);
        WebElement time = picker.findElement(By.cssSelector("vaadin-time-picker input"));
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.format("%02d:%02d", when.getHour(), when.getMinute()), Keys.ENTER);
        browser.awaitVaadin();
    }

    /** Picks items of a multi-select combo box by the start of their label. */
    private static void choose(Browser browser, String id, String... labels) {
        WebElement box = browser.driver().findElement(By.id(id));
        for (String label : labels) {
            WebElement input = box.findElement(By.cssSelector("input"));
            input.click();
            input.sendKeys(label);
            WebElement item = new WebDriverWait(browser.driver(), PATIENCE).until(d -> d.findElements(
                    By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                    .filter(i -> i.isDisplayed() && i.getText().strip().startsWith(label)).findFirst().orElse(null));
            item.click();
            input.sendKeys(Keys.ESCAPE);
            browser.awaitVaadin();
        }
        browser.driver().findElement(By.tagName("h2")).click();
        browser.awaitVaadin();
    }

    private static List<String> cells(Browser browser, String grid) {
        return browser.driver().findElements(By.cssSelector("#" + grid + " vaadin-grid-cell-content")).stream()
                .map(c -> String.valueOf(c.getDomProperty("textContent")).strip()).toList();
    }

    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
