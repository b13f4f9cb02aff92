package org.lianqin.ear;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lianqin.devenv.ItEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail to residents through a real SMTP server (GreenMail, on the port the test domain is configured
 * with): the copy of the receipt, a note on each public step of a followed case, and the one link that
 * ends it.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(ItEnvironment.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withStaffDriver();
    }

    /**
     * The mails about this case (earlier tests' outboxes may arrive too), waiting up to 30 s until there
     * are {@code count}; with 0, those that are there now.
     */
    private static List<MimeMessage> about(String number, int count) throws InterruptedException {
        List<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(number)).toList();
        for (int i = 0; i < 60 && found.size() < count; i++) {
            Thread.sleep(500);
            found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(number)).toList();
        }
        return found;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) {
        try {
            return new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @Test
    void aFollowerHearsOfEachPublicStepUntilTheyUnsubscribe() throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> created = api.postJson("/api/v1/offices/fenglin/reports",
                "{\"category\":\"0104\",\"description\":\"邮件测试：桥下有人摆摊\",\"address\":\"枫林路桥下\","
                        + "\"contact\":\"resident@example.org\"}");
        assertEquals(201, created.statusCode(), created.body());
        String number = PublicApi.field(created.body(), "number");
        String code = PublicApi.field(created.body(), "accessCode");

        List<MimeMessage> mails = about(number, 1);
        assertEquals(1, mails.size(), "the copy of the receipt");
        MimeMessage receipt = mails.get(0);
        assertEquals("resident@example.org", receipt.getAllRecipients()[0].toString());
        String text = text(receipt);
        assertTrue(text.contains(code), "the copy carries the access code: " + text);
        assertTrue(text.contains("http://localhost:28080/track?number=" + number), text);
        assertTrue(text.contains("您好") && text.contains("Hello"), "Chinese, then English");
        String listUnsubscribe = jakarta.mail.internet.MimeUtility.unfold(receipt.getHeader("List-Unsubscribe")[0]);
        assertTrue(listUnsubscribe.contains("/unsubscribe?o=fenglin&t="), listUnsubscribe);

        api.staff("fenglin", "register", number, null);
        mails = about(number, 2);
        assertEquals(2, mails.size(), "a note on the registration");
        MimeMessage registered = mails.get(1);
        assertTrue(subject(registered).contains("指挥中心已受理立案"), subject(registered));

        Matcher link = Pattern.compile("http://localhost:28080(/unsubscribe\\?o=fenglin&t=[A-Za-z0-9_-]+)").matcher(text(registered));
        assertTrue(link.find(), text(registered));
        HttpResponse<String> page = api.get(link.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("已退订"), page.body());
        assertEquals(404, api.get(link.group(1).replaceAll("t=.*", "t=nonsense")).statusCode());

        api.staff("fenglin", "dispatch", number, null);
        Thread.sleep(5_000);
        assertEquals(2, about(number, 0).size(), "nothing after unsubscribing");
    }

    @Test
    void withoutAnEMailAddressNobodyIsWritten() throws Exception {
        PublicApi api = new PublicApi();
        String number = PublicApi.field(api.postJson("/api/v1/offices/fenglin/reports",
                "{\"category\":\"0104\",\"description\":\"只留了电话\",\"address\":\"枫林路\",\"contact\":\"13700001111\"}").body(), "number");
        api.staff("fenglin", "register", number, null);
        Thread.sleep(3_000);
        assertEquals(0, about(number, 0).size());
    }

    @Test
    void someoneFollowsACaseFromItsPageOnlyOnceTheyConfirmAndIsAskedWhetherItIsSolved() throws Exception {
        PublicApi api = new PublicApi();
        String number = PublicApi.field(api.postJson("/api/v1/offices/fenglin/reports",
                "{\"category\":\"0104\",\"description\":\"关注测试：菜场门口摆摊\",\"address\":\"零陵路菜场\"}").body(), "number");
        String path = "/o/fenglin/cases/" + number + "/follow";
        assertEquals(404, api.postUrlEncoded(path, Map.of("email", "neighbour@example.org")).statusCode(),
                "not public before it is registered");
        api.staff("fenglin", "register", number, null);

        HttpResponse<String> asked = api.postUrlEncoded(path, Map.of("email", "neighbour@example.org"));
        assertEquals(303, asked.statusCode(), asked.body());
        assertTrue(asked.headers().firstValue("Location").orElseThrow().endsWith("/o/fenglin/cases/" + number + "?follow=sent"));
        assertEquals(303, api.postUrlEncoded(path, Map.of("email", "not an address")).statusCode());

        List<MimeMessage> mails = about(number, 1);
        assertEquals(1, mails.size(), "the confirmation only");
        MimeMessage confirmation = mails.get(0);
        assertEquals("neighbour@example.org", confirmation.getAllRecipients()[0].toString());
        assertTrue(subject(confirmation).contains("请确认关注"), subject(confirmation));
        api.staff("fenglin", "dispatch", number, null);
        Thread.sleep(3_000);
        assertEquals(1, about(number, 0).size(), "nothing before the address is confirmed");

        Matcher link = Pattern.compile("http://localhost:28080(/follow\\?o=fenglin&t=[A-Za-z0-9_-]+)").matcher(text(confirmation));
        assertTrue(link.find(), text(confirmation));
        HttpResponse<String> opened = api.get(link.group(1));
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("id=\"confirm-follow\""), "a button to confirm: " + opened.body());
        assertFalse(opened.body().contains("已确认"), "opening the link (a mail scanner would) confirms nothing");
        Matcher token = Pattern.compile("[?&]t=([A-Za-z0-9_-]+)").matcher(link.group(1));
        assertTrue(token.find());
        HttpResponse<String> confirmed = api.postUrlEncoded("/follow", Map.of("o", "fenglin", "t", token.group(1)));
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("已确认"), confirmed.body());
        assertEquals(303, api.postUrlEncoded(path, Map.of("email", "Neighbour@Example.org")).statusCode());
        Thread.sleep(2_000);
        assertEquals(1, about(number, 0).stream().filter(m -> subject(m).contains("请确认关注")).count(),
                "asking again (in capitals) sends no second confirmation");

        assertEquals("CLOSED", api.staff("fenglin", "close", number, "摊贩已劝离"));
        String closed = "";
        for (int i = 0; i < 60 && !closed.contains("问题解决了吗"); i++) {   // the closing step's mail, among the loop's
            Thread.sleep(500);
            closed = about(number, 0).stream().map(MailIT::text).filter(t -> t.contains("问题解决了吗")).findFirst().orElse("");
        }
        assertTrue(closed.contains("问题解决了吗") && closed.contains("/track?number=" + number), closed);
        assertTrue(closed.contains("http://localhost:28080/o/fenglin/cases/" + number), "the case's public page: " + closed);
    }
}
