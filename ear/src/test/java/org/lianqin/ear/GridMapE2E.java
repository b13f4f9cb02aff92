package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.Board;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.Workbench;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 华泾镇's admin divides the north of the town, which has no grids yet, into new ones: a GeoJSON file
 * with a broken feature is refused whole with that feature named, the corrected file is imported, a
 * resident's report inside a new grid is routed to it at once, and one more grid is drawn on the map
 * corner by corner.
 */
@ExtendWith(ArquillianExtension.class)
class GridMapE2E {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    private static String box(double west, double south, double east, double north) {
        return ring(west, south, east, south, east, north, west, north, west, south);
    }

    private static String ring(double... xy) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            r.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.4f,%.4f]", xy[i], xy[i + 1]));
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + r + "]]}";
    }

    private static String feature(String code, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\"},\"geometry\":" + geometry + "}";
    }

    @Test
    void theAdminImportsGridsFromAFileAndDrawsOneAndAReportIsRoutedToANewGrid() throws Exception {
        // 华泾镇: grids HJ-01..04 cover 121.440–121.460 × 31.105–31.125; the town reaches north to 31.145
        String three = String.join(",",
                feature("HJ-05", "华泾北区西片", box(121.440, 31.125, 121.450, 31.135)),
                feature("HJ-06", "华泾北区东片", box(121.450, 31.125, 121.460, 31.135)),
                feature("HJ-07", "华泾北区西北片", box(121.440, 31.135, 121.450, 31.145)));
        String bowTie = feature("HJ-09", "画错的网格", ring(121.450, 31.135, 121.460, 31.145, 121.460, 31.135, 121.450, 31.145, 121.450, 31.135));
        Path broken = Files.createTempFile("grids-broken", ".geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[" + three + "," + bowTie + "]}");
        Path good = Files.createTempFile("grids", ".geojson");
        Files.writeString(good, "{\"type\":\"FeatureCollection\",\"features\":[" + three + "]}");

        try (Browser admin = new Browser("zh-CN", 1440, 1000)) {
            SignInView.open(admin, "/portal/login").signIn("admin@huajing", "demo2026");
            new Workbench(admin);
            admin.open("/portal/grids");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(
                    By.cssSelector("#grid-map.leaflet-container path.leaflet-interactive")).isEmpty());

            upload(admin, broken);
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> d.findElement(By.id("grid-message")).isDisplayed());
            String refusal = admin.driver().findElement(By.id("grid-message")).getText();
            assertTrue(refusal.contains("没有导入任何网格") && refusal.contains("第 4 个要素（HJ-09）：边界自相交"), refusal);
            assertTrue(listed(admin).stream().noneMatch(c -> c.equals("HJ-05")), "nothing of the refused file is kept");
            admin.screenshot("portal-grids-refused");

            upload(admin, good);
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> d.findElement(By.id("grid-message")).getText().contains("已导入 3 个网格"));
            assertTrue(listed(admin).containsAll(List.of("HJ-05", "HJ-06", "HJ-07")), "the three grids are listed: " + listed(admin));

            HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/huajing/reports",
                    "{\"category\":\"0104\",\"description\":\"新小区门口每天傍晚有流动摊贩\","
                            + "\"address\":\"华泾路北段\",\"longitude\":121.4551,\"latitude\":31.1302}");
            assertEquals(201, created.statusCode(), created.body());
            String number = PublicApi.field(created.body(), "number");

            // one more grid, drawn on the map in the corner the file left free
            admin.driver().findElement(By.id("grid-new")).click();
            admin.awaitVaadin();
            admin.driver().findElement(By.id("grid-draw")).click();
            admin.awaitVaadin();
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> d.findElement(By.id("grid-map")).getAttribute("class").contains("editing"));
            WebElement map = admin.driver().findElement(By.id("grid-map"));
            for (double[] corner : List.of(new double[] {121.4505, 31.1355}, new double[] {121.4595, 31.1355},
                    new double[] {121.4595, 31.1445}, new double[] {121.4505, 31.1445})) {
                clickAt(admin, map, corner[0], corner[1]);
            }
            type(admin, "#grid-code input", "HJ-08");
            type(admin, "#grid-name input", "华泾北区东北片");
            admin.driver().findElement(By.id("grid-save")).click();
            admin.awaitVaadin();
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> listed(admin).contains("HJ-08"));
            admin.screenshot("portal-grids");

            Board board = Board.open(admin, "/portal/board?grid=HJ-06");
            assertTrue(board.caseNumbers().contains(number), "the resident's report is in the new grid HJ-06");
        }
    }

    private static void upload(Browser browser, Path file) {
        WebElement upload = browser.driver().findElement(By.id("grid-upload"));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        (inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.get(0))
                .sendKeys(file.toString());
        browser.awaitVaadin();
    }

    private static List<String> listed(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#grid-list vaadin-grid-cell-content")).stream()
                .map(c -> c.getText().strip()).toList();
    }

    /** A click on the map at a longitude and latitude, at the pixel Leaflet puts it. */
    private static void clickAt(Browser browser, WebElement map, double longitude, double latitude) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.driver().executeScript(
                "const p = arguments[0].lq.map.latLngToContainerPoint([arguments[2], arguments[1]]); return [p.x, p.y];",
                map, longitude, latitude);
        int x = at.get(0).intValue() - map.getSize().getWidth() / 2;
        int y = at.get(1).intValue() - map.getSize().getHeight() / 2;
        new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
        browser.awaitVaadin();
    }

    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
