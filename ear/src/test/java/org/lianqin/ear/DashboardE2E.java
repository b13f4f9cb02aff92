package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.SignInView;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 枫林街道's leader opens the dashboard for this year: the cards say what independent SQL over the cases
 * says; a card opens the board on exactly its cases; a click on a category's bar opens the board on that
 * category's cases of the year; the year's work report is generated while the page shows its progress.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardE2E {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String THIS_YEAR = "YEAR(CONVERT_TZ(reported_at, '+00:00', '+08:00')) = "
            + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void theFiguresAreTheCasesAndEachLeadsToThem() throws Exception {
        long reported = PublicApi.rows("case_file WHERE tenant_id = 'fenglin' AND " + THIS_YEAR);
        long registered = PublicApi.rows("case_file WHERE tenant_id = 'fenglin' AND " + THIS_YEAR
                + " AND registered_at IS NOT NULL AND state NOT IN ('REJECTED', 'MERGED')");
        assertTrue(reported > 0, "the demo office has cases this year");
        NumberFormat zh = NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE);

        try (Browser leader = new Browser("zh-CN", 1440, 1100)) {
            SignInView.open(leader, "/portal/login").signIn("leader@fenglin", "demo2026");
            leader.open("/portal/dashboard");
            WebDriverWait wait = new WebDriverWait(leader.driver(), PATIENCE);
            wait.until(d -> !d.findElements(By.cssSelector("#card-reported .measure-card-value")).isEmpty());
            leader.awaitVaadin();
            assertEquals(zh.format(reported), value(leader, "reported"), "reported this year");
            assertEquals(zh.format(registered), value(leader, "registered"), "registered this year");
            wait.until(d -> drawn(leader, "chart-categories") && drawn(leader, "chart-trend") && drawn(leader, "chart-hotspots"));
            leader.fullPageScreenshot("leader-dashboard");

            // a card: the board with its cases
            leader.driver().findElement(By.id("card-reported")).click();
            leader.awaitVaadin();
            wait.until(d -> d.getCurrentUrl().contains("/portal/board") && !matching(leader).isEmpty());
            assertTrue(leader.driver().getCurrentUrl().contains("counted=REPORTED"), leader.driver().getCurrentUrl());
            assertEquals("共 " + reported + " 件", matching(leader));

            // a bar: the board with the category's cases of the year
            leader.driver().navigate().back();
            wait.until(d -> !d.findElements(By.id("chart-categories")).isEmpty() && drawn(leader, "chart-categories"));
            leader.awaitVaadin();
            WebElement chart = leader.driver().findElement(By.id("chart-categories"));
            @SuppressWarnings("unchecked")
            List<Object> bar = (List<Object>) ((JavascriptExecutor) leader.driver()).executeScript(
                    "const c = echarts.getInstanceByDom(arguments[0]); const o = c.getOption();"
                            + "const l = c.getModel().getSeriesByIndex(0).getData().getItemLayout(0);"
                            + "return [l.x + l.width / 2, l.y + l.height / 2, o.series[0].data[0], o.yAxis[0].data[0]];", chart);
            double x = ((Number) bar.get(0)).doubleValue();
            double y = ((Number) bar.get(1)).doubleValue();
            long inCategory = ((Number) bar.get(2)).longValue();
            new Actions(leader.driver()).moveToElement(chart, (int) (x - chart.getRect().getWidth() / 2.0),
                    (int) (y - chart.getRect().getHeight() / 2.0)).click().perform();
            wait.until(d -> d.getCurrentUrl().contains("/portal/board") && d.getCurrentUrl().contains("category="));
            leader.awaitVaadin();
            wait.until(d -> !matching(leader).isEmpty());
            String url = leader.driver().getCurrentUrl();
            String code = url.replaceAll(".*category=(\\w+).*", "$1");
            assertEquals(PublicApi.rows("case_file c JOIN category k ON k.tenant_id = c.tenant_id AND k.id = c.category_id"
                    + " WHERE c.tenant_id = 'fenglin' AND k.code LIKE '" + code + "%' AND " + THIS_YEAR.replace("reported_at", "c.reported_at")),
                    inCategory, "the bar is the category's cases: " + bar.get(3));
            assertEquals("共 " + inCategory + " 件", matching(leader), url);
            leader.screenshot("board-from-dashboard");

            // the year's work report, generated in the background, its progress shown, then kept
            leader.open("/portal/reports");
            wait.until(d -> !d.findElements(By.id("report-generate")).isEmpty());
            leader.awaitVaadin();
            leader.driver().findElement(By.id("report-generate")).click();
            leader.awaitVaadin();
            wait.until(d -> !d.findElements(By.cssSelector("[id^='report-download-']")).isEmpty());
            assertTrue(text(leader, "kept-reports").contains("城市综合管理联勤工作报告"), text(leader, "kept-reports"));
            leader.screenshot("leader-reports");
        }
    }

    private static String value(Browser b, String card) {
        return b.driver().findElement(By.cssSelector("#card-" + card + " .measure-card-value")).getText();
    }

    private static boolean drawn(Browser b, String id) {
        return !b.driver().findElements(By.cssSelector("#" + id + "[data-drawn]")).isEmpty();
    }

    private static String matching(Browser b) {
        List<WebElement> m = b.driver().findElements(By.id("board-matching"));
        return m.isEmpty() ? "" : m.get(0).getText();
    }

    private static String text(Browser b, String id) {
        return String.valueOf(((JavascriptExecutor) b.driver()).executeScript("return arguments[0].textContent",
                b.driver().findElement(By.id(id))));
    }
}
