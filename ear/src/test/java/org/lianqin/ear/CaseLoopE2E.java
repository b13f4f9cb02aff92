package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.photos.TestImages;
import org.lianqin.ear.pages.Board;
import org.lianqin.ear.pages.CasePage;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.StaffReportForm;
import org.lianqin.ear.pages.TrackingPage;
import org.lianqin.ear.pages.Workbench;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The closed loop in the portal, across the roles and both kinds of channel, in real browsers: a
 * resident's report through the public API appears on the dispatcher's open board without a reload; the
 * dispatcher records a call; registers and dispatches both; the unit officer accepts one and returns the
 * other; handles the first with a photo; the inspector, on a phone-sized screen, verifies it; the
 * resident's tracking page shows it closed; the timeline has every step. Then the stale action of two
 * dispatchers on one case, and what a unit officer cannot open.
 */
@ExtendWith(ArquillianExtension.class)
class CaseLoopE2E {

    private static final String PASSWORD = "demo2026";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void aReportAndACallGoRoundTheLoopAcrossTheRoles() throws Exception {
        Path photo = Files.createTempFile("处置后", ".jpg");
        Files.write(photo, TestImages.jpeg());
        try (Browser command = new Browser("zh-CN", 1440, 900);
             Browser unit = new Browser("zh-CN", 1280, 900);
             Browser inspector = new Browser("zh-CN", 390, 844);
             Browser resident = new Browser("zh-CN", 390, 844)) {
            SignInView.open(command, "/portal/login").signIn("dispatcher@fenglin", PASSWORD);
            new Workbench(command);
            Board board = Board.open(command, "/portal/board?state=REPORTED");
            List<String> before = board.caseNumbers();

            HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/fenglin/reports",
                    "{\"category\":\"0104\",\"description\":\"菜场门口傍晚有人摆摊卖水果，占了半条人行道\","
                            + "\"address\":\"枫林路 120 号\",\"longitude\":121.4506,\"latitude\":31.1906}");
            assertEquals(201, created.statusCode(), created.body());
            String reported = PublicApi.field(created.body(), "number");
            String code = PublicApi.field(created.body(), "accessCode");
            assertFalse(before.contains(reported));
            new WebDriverWait(command.driver(), PATIENCE).until(d -> board.caseNumbers().contains(reported));
            assertFalse(command.driver().findElement(By.id("board-updated")).getText().isBlank(), "the board says it was updated");
            assertTrue((Boolean) command.driver().executeScript("return [...document.querySelectorAll('#board vaadin-grid-cell-content')]"
                    + ".some(c => c.textContent.trim() === arguments[0] && c.assignedSlot && c.assignedSlot.parentElement.getAttribute('part').includes('fresh'))",
                    reported), "the new case is marked on the board");
            command.screenshot("portal-board-pushed");

            CasePage call = StaffReportForm.open(command, "/portal/intake").channel("12345 热线").category("乱设摊").urgent()
                    .address("枫林路 180 号").point(121.4512, 31.1911)
                    .description("来电反映：路口有流动摊贩，影响通行").caller("王先生 13900002222").file();
            String called = call.number();
            assertEquals("已上报", call.state());
            assertEquals(List.of("REGISTER", "REJECT", "MERGE", "REDACT", "COMMENT"), call.steps(),
                    "exactly the dispatcher's steps of a new case");
            call = call.take("REGISTER", null);
            assertEquals("已立案", call.state());
            call = call.take("DISPATCH", "请尽快处理");
            assertEquals("已派遣", call.state());
            CasePage web = CasePage.open(command, reported).take("REGISTER", null).take("DISPATCH", null);
            assertEquals("已派遣", web.state());
            assertTrue(web.timeline().contains("枫林城管中队"), "routed to the unit of the category");
            new WebDriverWait(command.driver(), PATIENCE).until(d -> d.findElements(
                    By.cssSelector("#case-map.leaflet-container path.leaflet-interactive")).size() >= 2);   // the grids and the point
            command.screenshot("portal-case-dispatched");

            SignInView.open(unit, "/portal/login").signIn("chengguan@fenglin", PASSWORD);
            new Workbench(unit);
            unit.open("/portal/inbox");
            new WebDriverWait(unit.driver(), PATIENCE).until(d -> d.findElements(By.cssSelector("#inbox vaadin-grid-cell-content")).stream()
                    .map(c -> c.getText().strip()).toList().containsAll(List.of(reported, called)));
            unit.screenshot("portal-unit-inbox");

            CasePage first = CasePage.open(unit, reported);
            assertEquals(List.of("ACCEPT", "RETURN", "REQUEST_EXTENSION", "REQUEST_DEFERRAL", "COMMENT"), first.steps(),
                    "exactly the unit's steps of a dispatched case");
            first = first.take("ACCEPT", null);
            assertEquals("处置中", first.state());

            CasePage.open(unit, called).begin("RETURN").note("经核实属于市场监管所职责，请改派").send();
            new WebDriverWait(unit.driver(), PATIENCE).until(d -> !d.findElements(By.id("inbox")).isEmpty());
            unit.awaitVaadin();
            assertFalse(unit.driver().findElements(By.cssSelector("#inbox vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().strip().equals(called)), "returned: back in the inbox, without it");

            first = CasePage.open(unit, reported).begin("HANDLE").note("已劝离摊贩，人行道已清理").photo(photo).send();
            first = CasePage.open(unit, reported);
            assertEquals("已处置", first.state());
            assertEquals(1, first.photoCount(), "the handling's photo is on the case");

            SignInView.open(inspector, "/portal/login").signIn("inspector@fenglin", PASSWORD);
            new Workbench(inspector);
            inspector.open("/portal/patrol");
            new WebDriverWait(inspector.driver(), PATIENCE).until(d -> d.findElement(By.id("patrol-verify")).getText().contains(reported));
            inspector.awaitVaadin();
            inspector.screenshot("portal-inspector-phone");
            inspector.driver().findElements(By.cssSelector("#patrol-verify a")).stream()
                    .filter(a -> a.getText().strip().equals(reported)).findFirst().orElseThrow().click();
            CasePage verifying = CasePage.shown(inspector);
            assertEquals(List.of("VERIFY_PASS", "VERIFY_FAIL", "COMMENT"), verifying.steps(), "the inspector verifies");
            verifying = verifying.take("VERIFY_PASS", "现场复核，已无摊贩");
            assertEquals("已结案", verifying.state());
            inspector.screenshot("portal-inspector-verified");

            TrackingPage tracking = TrackingPage.open(resident, reported).enterCode(code).lookUp();
            assertEquals("已办结", tracking.state());

            String timeline = CasePage.open(command, reported).timeline();
            for (String step : List.of("上报", "受理立案", "派遣", "单位签收", "处置完成", "核查通过")) {
                assertTrue(timeline.contains(step), step + " is on the timeline: " + timeline);
            }
            CasePage returned = CasePage.open(command, called);
            assertEquals("已立案", returned.state(), "the returned call waits for the command centre again");
            assertTrue(returned.timeline().contains("经核实属于市场监管所职责"), "with the unit's reason");
            assertTrue(returned.steps().contains("DISPATCH"), "to be dispatched again");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aStaleActionSaysSoAndKeepsWhatTheLoserTyped() throws Exception {
        HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/fenglin/reports",
                "{\"category\":\"0104\",\"description\":\"桥下有人摆摊\",\"address\":\"枫林路 60 号\"}");
        assertEquals(201, created.statusCode(), created.body());
        String number = PublicApi.field(created.body(), "number");
        try (Browser first = new Browser("zh-CN", 1280, 900); Browser second = new Browser("zh-CN", 1280, 900)) {
            SignInView.open(first, "/portal/login").signIn("dispatcher@fenglin", PASSWORD);
            new Workbench(first);
            SignInView.open(second, "/portal/login").signIn("dispatcher@fenglin", PASSWORD);
            new Workbench(second);
            CasePage loser = CasePage.open(second, number);
            CasePage winner = CasePage.open(first, number);

            String typed = "经查，同一地点今天已有 3 件相同的反映，本件不予受理";
            loser.begin("REJECT").note(typed);
            assertEquals("已立案", winner.take("REGISTER", null).state());
            loser.send();
            String message = loser.dialogMessage();
            assertTrue(message.contains("刚刚被他人修改") && message.contains("已立案"), message);
            assertEquals(typed, loser.typedNote(), "what the loser typed is kept");
            assertEquals("保存为备注", loser.sendButton(), "and can be kept as a comment");
            assertEquals("已立案", second.driver().findElement(By.id("case-state")).getText().strip(), "the new state is shown");
            second.screenshot("portal-stale-action");

            loser.send();
            new WebDriverWait(second.driver(), PATIENCE).until(d -> d.findElements(By.id("step-submit")).isEmpty());
            loser = CasePage.open(second, number);
            assertTrue(loser.timeline().contains(typed), "the note is on the timeline as a comment");

            // someone else's change that leaves the step open: the same dialog sends it again, and it goes through
            loser.begin("DISPATCH").note("请城管中队傍晚到场");
            CasePage.open(first, number).take("HIDE_PUBLIC", "含门牌号");
            loser.send();
            assertTrue(loser.dialogMessage().contains("请核对后再提交一次"), loser.dialogMessage());
            assertEquals("请城管中队傍晚到场", loser.typedNote());
            loser.send();
            new WebDriverWait(second.driver(), PATIENCE).until(d -> d.findElements(By.id("step-submit")).isEmpty());
            assertEquals("已派遣", CasePage.open(second, number).state(), "sent again with the case's new version");
        }
    }

    @Test
    void anAdminsStandardReplyStartsTheDispatchersNote() throws Exception {
        String wording = "经核实，该处为住宅小区内部道路，请联系小区物业处理。感谢您的关注。";
        try (Browser admin = new Browser("zh-CN", 1280, 900); Browser command = new Browser("zh-CN", 1280, 900)) {
            SignInView.open(admin, "/portal/login").signIn("admin@fenglin", PASSWORD);
            new Workbench(admin);
            admin.open("/portal/replies");
            new WebDriverWait(admin.driver(), PATIENCE).until(d -> !d.findElements(By.id("reply-save")).isEmpty());
            admin.awaitVaadin();
            admin.driver().findElement(By.id("reply-step")).click();
            pick(admin, "vaadin-select-item[role=option]", "不予立案");
            admin.driver().findElement(By.cssSelector("#reply-text textarea")).sendKeys(wording);
            admin.driver().findElement(By.id("reply-save")).click();
            admin.awaitVaadin();
            assertTrue(admin.driver().findElement(By.id("replies")).getText().contains(wording)
                    || admin.shadowText("#replies").contains(wording), "the new reply is listed");
            admin.screenshot("portal-standard-replies");

            HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/fenglin/reports",
                    "{\"category\":\"0104\",\"description\":\"小区里面有人摆摊\",\"address\":\"枫林路 90 弄\"}");
            String number = PublicApi.field(created.body(), "number");
            SignInView.open(command, "/portal/login").signIn("dispatcher@fenglin", PASSWORD);
            new Workbench(command);
            CasePage page = CasePage.open(command, number).begin("REJECT");
            command.driver().findElement(By.id("step-reply")).click();
            pick(command, "vaadin-select-item[role=option]", wording.substring(0, 12));
            assertEquals(wording, page.typedNote(), "the chosen reply fills the note");
            page.send();
            new WebDriverWait(command.driver(), PATIENCE).until(d -> d.findElements(By.id("step-submit")).isEmpty());
            assertEquals("不予立案", CasePage.open(command, number).state());
        }
    }

    private static void pick(Browser browser, String itemCss, String text) {
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> d.findElements(By.cssSelector(itemCss)).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().contains(text)));
        browser.driver().findElements(By.cssSelector(itemCss)).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text)).findFirst().orElseThrow().click();
        browser.awaitVaadin();
    }

    @Test
    void aUnitOfficerOpensNeitherTheCommandCentresNorTheAdminsViewsNorAnotherUnitsCase() throws Exception {
        HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/fenglin/reports",
                "{\"category\":\"0104\",\"description\":\"路边摊占道\",\"address\":\"枫林路 80 号\"}");
        String number = PublicApi.field(created.body(), "number");
        try (Browser browser = new Browser("zh-CN", 1280, 900)) {
            SignInView.open(browser, "/portal/login").signIn("police@fenglin", PASSWORD);
            new Workbench(browser);
            for (String path : List.of("/portal/board", "/portal/intake", "/portal/patrol", "/portal/replies",
                    "/portal/cases/" + number)) {
                browser.open(path);
                browser.awaitVaadin();
                assertTrue(browser.driver().findElements(By.id("board")).isEmpty()
                        && browser.driver().findElements(By.id("report-submit")).isEmpty()
                        && browser.driver().findElements(By.id("case-number")).isEmpty()
                        && browser.driver().findElements(By.id("replies")).isEmpty(), "nothing of " + path);
                assertFalse(browser.driver().getPageSource().contains("路边摊占道"), "nothing of the case at " + path);
            }
            browser.open("/admin/");
            browser.awaitVaadin();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/login"), "the console asks a district admin to sign in");
        }
    }
}
