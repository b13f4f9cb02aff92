package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.Board;
import org.lianqin.ear.pages.PasswordPage;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.Workbench;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff sign in to the portal, in a real browser: who they are, what they see, and when they are refused. */
@ExtendWith(ArquillianExtension.class)
class PortalSignInE2E {

    private static final String PASSWORD = "demo2026";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void aDispatcherSignsInSeesOnlyTheirOfficesCasesAndSignsOut() {
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            SignInView signIn = SignInView.open(browser, "/portal/");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/login"), "not signed in: the sign-in view");
            signIn.signIn("dispatcher@fenglin", PASSWORD);
            Workbench workbench = new Workbench(browser);
            assertTrue(workbench.signedInAs().contains("李强") && workbench.signedInAs().contains("枫林街道"), workbench.signedInAs());
            List<String> numbers = workbench.caseNumbers();
            assertFalse(numbers.isEmpty(), "the demo office has open cases");
            assertTrue(numbers.stream().allMatch(n -> n.startsWith("FENGLIN-")), "only fenglin's: " + numbers);
            browser.screenshot("portal-workbench-zh");

            workbench.signOut();
            SignInView.open(browser, "/portal/");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/login"), "signed out means signed out");
        }
    }

    @Test
    void theDispatchersBoardCountsFiltersFromTheUrlAndShowsOnlyTheirOffice() {
        try (Browser browser = new Browser("zh-CN", 1440, 900)) {
            SignInView.open(browser, "/portal/login").signIn("dispatcher@fenglin", PASSWORD);
            new Workbench(browser);
            Board board = Board.open(browser, "/portal/board");
            assertTrue(board.count("REPORTED") >= 1 && board.count("DISPATCHED") >= 1, "the demo cases are counted");
            List<String> open = board.caseNumbers();
            assertTrue(open.size() >= 5 && open.stream().allMatch(n -> n.startsWith("FENGLIN-")), open.toString());
            browser.screenshot("portal-board-zh");

            Board found = Board.open(browser, "/portal/board?q=%E5%8C%BB%E5%AD%A6%E9%99%A2");   // 医学院
            List<String> numbers = found.caseNumbers();
            assertTrue(!numbers.isEmpty() && numbers.stream().allMatch(n -> n.startsWith("FENGLIN-")), numbers.toString());
            assertTrue(numbers.size() < open.size(), "the text filter from the URL applies: " + numbers);

            browser.open("/portal/board?q=HUAJING-");
            browser.awaitVaadin();
            assertFalse(browser.driver().getPageSource().contains("HUAJING-2026"), "nothing of another street office");
        }
    }

    @Test
    void aCaseOpensFromTheBoardWithItsTimelineAndAnotherOfficesNumberIsNotFound() {
        try (Browser browser = new Browser("zh-CN", 1440, 900)) {
            SignInView.open(browser, "/portal/login").signIn("dispatcher@fenglin", PASSWORD);
            new Workbench(browser);
            String ours = Board.open(browser, "/portal/board?state=DISPATCHED").caseNumbers().get(0);
            browser.driver().findElements(org.openqa.selenium.By.cssSelector("#board vaadin-grid-cell-content")).stream()
                    .filter(cell -> cell.getText().strip().equals(ours)).findFirst().orElseThrow().click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> !d.findElements(org.openqa.selenium.By.id("case-number")).isEmpty());
            browser.awaitVaadin();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/cases/" + ours), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElement(org.openqa.selenium.By.id("case-number")).getText().startsWith(ours));
            String timeline = browser.driver().findElement(org.openqa.selenium.By.id("case-timeline")).getText()
                    + browser.shadowText("#case-timeline");
            assertTrue(timeline.contains("派遣"), "the timeline shows the dispatch: " + timeline);
            browser.screenshot("portal-case-zh");

            String theirs = ours.replace("FENGLIN-", "HUAJING-");
            browser.open("/portal/cases/" + theirs);
            browser.awaitVaadin();
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("case-number")).isEmpty(), "nothing of huajing's case");
            assertTrue(browser.driver().findElement(org.openqa.selenium.By.tagName("h1")).getText().contains("页面不存在"));
        }
    }

    @Test
    void englishIsChosenOnceAndRemembered() {
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            SignInView.open(browser, "/portal/login").signIn("leader@fenglin", PASSWORD);
            new Workbench(browser).chooseLanguage("English");
            Workbench workbench = Workbench.reloadedWith(browser, "Workbench");
            assertTrue(workbench.signedInAs().contains("leader"), workbench.signedInAs());
            workbench.signOut();
            assertTrue(SignInView.open(browser, "/portal/login").formText().contains("Sign in"), "the sign-in form in English too");
        }
    }

    @Test
    void aUnitOfficerHasNoBoard() {
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            SignInView.open(browser, "/portal/login").signIn("chengguan@fenglin", PASSWORD);
            Workbench workbench = new Workbench(browser);
            assertTrue(workbench.signedInAs().contains("刘洋"), workbench.signedInAs());
            browser.open("/portal/board");
            browser.awaitVaadin();
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("board")).isEmpty(), "no board for a unit officer");
            assertFalse(browser.driver().getPageSource().contains("案件总览"), "nor an entry to it");
        }
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "")) {
            c.createStatement().executeUpdate("UPDATE staff SET password_change_required = TRUE"
                    + " WHERE tenant_id = 'huajing' AND login = 'inspector'");   // as an admin's reset leaves it
        }
        String chosen = "Huajing-patrol-2026";
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            SignInView.open(browser, "/portal/login").signIn("inspector@huajing", PASSWORD);
            PasswordPage page = PasswordPage.shown(browser);
            assertTrue(page.explanation().contains("一次性密码"), page.explanation());
            browser.open("/portal/board");
            page = PasswordPage.shown(browser);   // nothing else opens until it is done

            assertTrue(page.change(PASSWORD, "short", "short").message().contains("至少 12 个字符"), page.message());
            assertTrue(page.change(PASSWORD, chosen, chosen + "x").message().contains("不一致"), page.message());
            assertTrue(page.change("wrong-one", chosen, chosen).message().contains("当前密码不正确"), page.message());
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
                 java.sql.ResultSet r = c.createStatement().executeQuery("SELECT failed_sign_ins FROM staff"
                         + " WHERE tenant_id = 'huajing' AND login = 'inspector'")) {
                r.next();
                assertEquals(1, r.getInt(1), "a wrong present password counts as a failed sign-in");
            }
            page.change(PASSWORD, chosen, chosen);
            new Workbench(browser).signOut();

            SignInView signIn = SignInView.open(browser, "/portal/login");
            signIn.signIn("inspector@huajing", PASSWORD);
            assertTrue(signIn.error().contains("用户名或密码不正确"), "the one-time password is spent: " + signIn.error());
            signIn.signIn("inspector@huajing", chosen);
            assertTrue(new Workbench(browser).signedInAs().contains("华泾"), "the chosen one opens the portal at once");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            SignInView signIn = SignInView.open(browser, "/portal/login");
            for (int i = 1; i <= 4; i++) {
                signIn.signIn("market@huajing", "wrong-" + i);
                assertTrue(signIn.error().contains("用户名或密码不正确"), signIn.error());
            }
            signIn.signIn("market@huajing", "wrong-5");
            assertTrue(signIn.error().contains("已锁定"), signIn.error());
            signIn.signIn("market@huajing", PASSWORD);
            assertTrue(signIn.error().contains("已锁定"), "the right password waits too: " + signIn.error());
        }
    }

    @Test
    void aSuspendedStreetOfficesStaffAreRefused() {
        try (Browser browser = new Browser("zh-CN", 1280, 800)) {
            SignInView signIn = SignInView.open(browser, "/portal/login");
            signIn.signIn("dispatcher@tianping", PASSWORD);
            assertTrue(signIn.error().contains("暂停"), signIn.error());
        }
    }
}
