package org.lianqin.core.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the current street office's outbox, one mail per transaction: locked while it is sent (so two
 * servers never send the same one), marked sent once the SMTP server took it, retried later otherwise.
 */
@Stateless
@PermitAll
public class Outbox {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    public List<Long> pending() {
        return em.createNamedQuery("OutboxMail.pending", Long.class).setParameter("maxAttempts", MAX_ATTEMPTS)
                .setMaxResults(100).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.sentAt() != null) {
            return false;
        }
        mail.attempted();
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            if (mail.unsubscribe() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            Transport.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (MessagingException e) {
            // the class only: an SMTP server's answer usually quotes the recipient, which stays out of the log
            LOG.log(Level.WARNING, "Mail " + id + " not sent yet (attempt " + mail.attempts() + "): " + e.getClass().getName());
            if (mail.attempts() >= MAX_ATTEMPTS) {
                mail.givenUp();
            }
            return false;
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        if (settings.username().isPresent()) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username().orElseThrow(), settings.password().orElse(""));
                }
            });
        }
        return Session.getInstance(p);
    }
}
