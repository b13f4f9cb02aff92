package org.lianqin.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/** A mail waiting in the outbox of a street office (see V10). */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMail.pending", query = "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL"
        + " AND m.attempts < :maxAttempts ORDER BY m.id")
public class OutboxMail extends TenantScoped {

    @Column(nullable = false, length = 100, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    /** What a sent mail's text becomes. */
    static final String SENT = "（已发送，正文不再保存 / sent; the text is not kept）";

    /** What the text of a mail that could not be sent becomes. */
    static final String GIVEN_UP = "（多次发送失败，已放弃，正文不再保存 / given up; the text is not kept）";

    /** The unsubscribe link, for the List-Unsubscribe header; null for mail that is not a subscription. */
    @Column(length = 500, updatable = false)
    private String unsubscribe;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, String unsubscribe, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.unsubscribe = unsubscribe;
        this.createdAt = createdAt;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String unsubscribe() {
        return unsubscribe;
    }

    Instant sentAt() {
        return sentAt;
    }

    int attempts() {
        return attempts;
    }

    void attempted() {
        attempts++;
    }

    /** No more tries: its text (a receipt's access code, perhaps) is forgotten as a sent one's is. */
    void givenUp() {
        body = GIVEN_UP;
    }

    /**
     * Marks it sent and forgets its text: a receipt carries the resident's access code, which is kept
     * nowhere but as a hash once it is on its way (the recipient and subject stay, for the record).
     */
    void sent(Instant at) {
        sentAt = at;
        body = SENT;
    }
}
