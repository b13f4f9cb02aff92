package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.photos.TestImages;
import org.lianqin.ear.pages.HomePage;
import org.lianqin.ear.pages.OfficePage;
import org.lianqin.ear.pages.ReceiptPage;
import org.lianqin.ear.pages.ReportForm;
import org.lianqin.ear.pages.TrackingPage;

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

    @Test
    void aResidentReportsWithAPhotoFollowsTheCaseAndRatesTheResult() throws Exception {
        Path photo = Files.createTempFile("现场", ".jpg");
        Files.write(photo, TestImages.jpeg());
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            OfficePage office = HomePage.open(browser).chooseOffice("枫林街道");
            assertEquals("枫林街道", office.title());
            browser.fullPageScreenshot("resident-1-office");

            ReportForm form = office.reportAProblem("我要反映问题");
            assertTrue(form.heading().contains("反映问题"));
            form.chooseCategory("0104")
                    .describe("小区门口每天傍晚有人摆摊卖菜，堵住了人行道")
                    .enterAddress("枫林路 200 号")
                    .attachPhotos(photo)
                    .enterContact("13800138000");
            browser.fullPageScreenshot("resident-2-report-form");
            ReceiptPage receipt = form.submit();

            assertEquals("已收到您的反映", receipt.heading());
            String number = receipt.number();
            String code = receipt.accessCode();
            assertTrue(number.matches("FENGLIN-\\d{4}-\\d{6}"), number);
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{12}"), code);
            browser.fullPageScreenshot("resident-3-receipt");

            TrackingPage tracking = receipt.openTracking();
            assertEquals("待受理", tracking.state());
            assertTrue(tracking.sourceContains("小区门口每天傍晚有人摆摊卖菜"));
            assertEquals(1, tracking.photoCount(), "the photo is on the tracking page");
            assertTrue(tracking.firstPhotoLoads(), "and it loads");
            browser.fullPageScreenshot("resident-4-tracking-reported");

            assertEquals("CLOSED", new PublicApi().staff("fenglin", "close", number, "已劝离摊贩，人行道已恢复通行"));

            tracking = TrackingPage.open(browser, number).enterCode(code).lookUp();
            assertEquals("已办结", tracking.state());
            String timeline = tracking.timeline();
            assertTrue(timeline.contains("已劝离摊贩，人行道已恢复通行"), timeline);
            assertFalse(tracking.sourceContains("13800138000"), "no contact on the page");
            tracking.chooseScore(5).comment("处理很快，谢谢");
            browser.fullPageScreenshot("resident-5-tracking-closed");
            TrackingPage rated = tracking.sendRating();

            assertEquals("谢谢您的评价。", rated.notice());
            assertTrue(rated.sourceContains("您的评价：5 分"));
            assertFalse(rated.offersRating(), "rated once");
            browser.fullPageScreenshot("resident-6-rated");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aWrongCodeRevealsNothingAndTheFormKeepsWhatWasTyped() {
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            TrackingPage tracking = TrackingPage.open(browser, "FENGLIN-2026-000001").enterCode("AAAAAAAA").lookUp();
            assertEquals("没有找到这个案件，或查询码不正确。", tracking.error());

            ReportForm form = ReportForm.open(browser, "fenglin")
                    .chooseCategory("0104")
                    .describe("<b>加粗</b>的描述")
                    .enterAddress("枫林路 1 号")
                    .submitExpectingErrors();
            assertTrue(form.fieldError("description").contains("HTML"), form.errors().toString());
            assertEquals("<b>加粗</b>的描述", form.description(), "nothing lost");
            assertEquals("0104", form.category());
            browser.fullPageScreenshot("resident-7-form-error");
        }
    }

    @Test
    void theLocationFindsTheStreetOfficeAndFillsInThePoint() {
        try (Browser browser = new Browser("zh-CN", 390, 844)) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", java.util.Map.of("permissions", java.util.List.of("geolocation")));
            browser.driver().executeCdpCommand("Emulation.setGeolocationOverride",
                    java.util.Map.of("latitude", 31.1905, "longitude", 121.4505, "accuracy", 10));
            ReportForm form = HomePage.open(browser).findMyOffice();
            assertTrue(form.url().contains("/o/fenglin/report?longitude=121.450500&latitude=31.190500"), form.url());
            assertEquals("121.450500", form.longitude());
            assertEquals("31.190500", form.latitude());
        }
    }
}
