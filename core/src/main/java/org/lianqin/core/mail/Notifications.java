package org.lianqin.core.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.lianqin.core.cases.CaseAction;
import org.lianqin.core.cases.CaseChanged;
import org.lianqin.core.cases.ResidentReported;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.tenancy.TenantContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mail to residents: a copy of their receipt, and — for those who follow a case — a note on each public
 * step, each with a one-click unsubscribe link. Everything goes through the outbox in the caller's
 * transaction and leaves after the commit ({@link Mailer}); with no mail server configured nothing is
 * written. Texts in Chinese, then English.
 */
@Stateless
@PermitAll
public class Notifications {

    private static final String BUNDLE = "org.lianqin.core.mail.mail";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @EJB
    Mailer mailer;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public static boolean isEmail(String contact) {
        return contact != null && EMAIL.matcher(contact).matches();
    }

    /** The receipt of a new report to the address the resident left, and their subscription if they want it. */
    public void submitted(@Observes ResidentReported report) {
        String email = report.contact();
        if (!settings.enabled() || !isEmail(email)) {
            return;
        }
        long caseId = report.caseId();
        String number = report.number();
        String officeName = report.officeName();
        String accessCode = report.accessCode();
        boolean follow = report.follow();
        String track = settings.siteUrl() + "/track?number=" + number;
        String unsubscribe = follow ? follow(caseId, email) : null;
        StringBuilder body = new StringBuilder();
        for (Locale l : Messages.SUPPORTED) {
            body.append(text("receipt.body", l, number, officeName, accessCode, track));
            if (unsubscribe != null) {
                body.append("\n\n").append(text("follow.note", l, unsubscribe));
            }
            body.append("\n\n----\n\n");
        }
        enqueue(email, text("receipt.subject", Messages.CHINESE, number), body.toString().strip(), unsubscribe);
    }

    /** A public step of a case (but the resident's own rating), to everyone following it. */
    public void changed(@Observes CaseChanged change) {
        CaseAction action = change.action();
        if (!settings.enabled() || !action.isPublic() || action == CaseAction.RATE) {
            return;
        }
        long caseId = change.caseId();
        String number = change.number();
        String publicText = change.publicNote();
        String track = settings.siteUrl() + "/track?number=" + number;
        for (Follower f : em.createNamedQuery("Follower.ofCase", Follower.class).setParameter("caseId", caseId).getResultList()) {
            String unsubscribe = unsubscribeLink(f);
            StringBuilder body = new StringBuilder();
            for (Locale l : Messages.SUPPORTED) {
                body.append(text("change.body", l, number, text("action." + action, l),
                        publicText == null ? "" : publicText, track))
                        .append("\n\n").append(text("unsubscribe", l, unsubscribe)).append("\n\n----\n\n");
            }
            enqueue(f.email(), text("change.subject", Messages.CHINESE, number, text("action." + action, Messages.CHINESE)),
                    body.toString().strip(), unsubscribe);
        }
    }

    /** Ends the subscription the link's token belongs to; true if there was one. */
    public boolean unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Optional<Follower> f = em.createNamedQuery("Follower.byToken", Follower.class)
                .setParameter("token", token.strip()).getResultStream().findFirst();
        f.ifPresent(Follower::unsubscribe);
        return f.isPresent();
    }

    private String follow(long caseId, String email) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new Follower(caseId, email, token, clock.instant()));
        return link(token);
    }

    private String unsubscribeLink(Follower f) {
        return link(f.token());
    }

    private String link(String token) {
        return settings.siteUrl() + "/unsubscribe?o=" + TenantContext.require() + "&t=" + token;
    }

    private void enqueue(String to, String subject, String body, String unsubscribe) {
        em.persist(new OutboxMail(to, subject.length() > 200 ? subject.substring(0, 200) : subject, body, unsubscribe,
                clock.instant()));
        String tenant = TenantContext.require();
        if (transactions.getTransactionKey() != null && transactions.getResource(Mailer.class) == null) {
            transactions.putResource(Mailer.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        mailer.sendPending(tenant);
                    }
                }
            });
        }
    }

    private static String text(String key, Locale locale, Object... args) {
        return Messages.translate(BUNDLE, Notifications.class.getClassLoader(), key, locale, args);
    }
}
