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
import org.lianqin.core.cases.PublicRecord;
import org.lianqin.core.cases.ResidentReported;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.kernel.RandomTokens;
import org.lianqin.core.tenancy.TenantContext;

import java.time.Clock;
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

    @EJB
    PublicRecord record;

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
        boolean visible = record.isPublic(number);   // a rejected or hidden case has no public page to link to
        for (Follower f : em.createNamedQuery("Follower.ofCase", Follower.class).setParameter("caseId", caseId).getResultList()) {
            String unsubscribe = unsubscribeLink(f);
            StringBuilder body = new StringBuilder();
            for (Locale l : Messages.SUPPORTED) {
                body.append(text("change.body", l, number, text("action." + action, l),
                        publicText == null ? "" : publicText, track));
                if (visible) {
                    body.append("\n\n").append(text("change.public", l, caseLink(number)));
                }
                if (action == CaseAction.CLOSE || action == CaseAction.VERIFY_PASS) {
                    body.append("\n\n").append(text("closed.ask", l, track));
                }
                body.append("\n\n").append(text("unsubscribe", l, unsubscribe)).append("\n\n----\n\n");
            }
            enqueue(f.email(), text("change.subject", Messages.CHINESE, number, text("action." + action, Messages.CHINESE)),
                    body.toString().strip(), unsubscribe);
        }
    }

    /** Whether mail goes out at all: without a mail server nobody can follow a case by e-mail. */
    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Someone asks to follow a public open case by e-mail: a mail asks them to confirm, and only the
     * confirmed address gets the case's news (so that nobody can subscribe someone else). An address asked
     * about once for the case gets no second mail, confirmed or not (so that nobody can mail it at will). False when the address is not an e-mail address,
     * the case cannot be followed or no mail goes out.
     */
    public boolean requestFollow(String number, String email) {
        String address = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        Optional<Long> caseId = record.followable(number);
        if (!settings.enabled() || !isEmail(address) || address.length() > 100 || caseId.isEmpty()) {
            return false;
        }
        if (!em.createNamedQuery("Follower.byEmail", Follower.class).setParameter("caseId", caseId.get())
                .setParameter("email", address).getResultList().isEmpty()) {
            return true;   // following, or asked once already: no second mail to an address (nobody is mailed at will)
        }
        Follower f = newFollower(caseId.get(), address, false);
        String confirm = link("/follow", f.token());
        StringBuilder body = new StringBuilder();
        for (Locale l : Messages.SUPPORTED) {
            body.append(text("confirm.body", l, number, confirm, caseLink(number))).append("\n\n----\n\n");
        }
        enqueue(address, text("confirm.subject", Messages.CHINESE, number), body.toString().strip(), null);
        return true;
    }

    /** Confirms the subscription the confirmation link's token belongs to; true if there was one. */
    public boolean confirm(String token) {
        Optional<Follower> f = byToken(token);
        f.ifPresent(Follower::confirm);
        return f.isPresent();
    }

    /** Ends the subscription the link's token belongs to; true if there was one. */
    public boolean unsubscribe(String token) {
        Optional<Follower> f = byToken(token);
        f.ifPresent(Follower::unsubscribe);
        return f.isPresent();
    }

    private Optional<Follower> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("Follower.byToken", Follower.class)
                .setParameter("token", token.strip()).getResultStream().findFirst();
    }

    private String follow(long caseId, String email) {
        return link("/unsubscribe", newFollower(caseId, email, true).token());
    }

    private Follower newFollower(long caseId, String email, boolean active) {
        Follower f = new Follower(caseId, email, RandomTokens.urlSafe(24), clock.instant(), active);
        em.persist(f);
        return f;
    }

    /** The case's public page on the residents' site. */
    private String caseLink(String number) {
        return settings.siteUrl() + "/o/" + TenantContext.require() + "/cases/" + number;
    }

    private String unsubscribeLink(Follower f) {
        return link("/unsubscribe", f.token());
    }

    /** A link of the site that acts on a follower's token: {@code /unsubscribe} or {@code /follow}. */
    private String link(String path, String token) {
        return settings.siteUrl() + path + "?o=" + TenantContext.require() + "&t=" + token;
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
