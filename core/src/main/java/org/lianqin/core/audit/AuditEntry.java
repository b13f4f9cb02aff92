package org.lianqin.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/** One change to a street office's set-up, as it was made; written once, never changed (no setters). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantScoped {

    /** What kind of thing was changed. */
    public enum Subject {
        STAFF,
        UNIT,
        GRID,
        SQUAD,
        CATEGORY,
        REPLY,
        CALENDAR,
        DUTY,
        OPERATION,
        API_KEY,
        /** A unit's organisational score, or the weights of the assessment. */
        ASSESSMENT,
        /** A kept report: generated, its next steps edited. */
        REPORT,
        /** The street office itself: onboarded, suspended, resumed, retired by the district. */
        OFFICE
    }

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_login", nullable = false, length = 64, updatable = false)
    private String actorLogin;

    @Column(name = "actor_name", nullable = false, length = 64, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Subject subject;

    @Column(name = "subject_key", nullable = false, length = 64, updatable = false)
    private String subjectKey;

    @Column(nullable = false, length = 32, updatable = false)
    private String action;

    @Column(name = "before_text", length = 2000, updatable = false)
    private String before;

    @Column(name = "after_text", length = 2000, updatable = false)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, Actor by, Subject subject, String subjectKey, String action, String before, String after) {
        this.at = at;
        this.actorLogin = by.isDistrict() ? "district:" + by.login() : by.login();
        this.actorName = by.name() == null ? by.login() : by.name();
        this.subject = subject;
        this.subjectKey = subjectKey;
        this.action = action;
        this.before = cut(before);
        this.after = cut(after);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    public Instant at() { return at; }
    public String actorLogin() { return actorLogin; }
    public String actorName() { return actorName; }
    public Subject subject() { return subject; }
    public String subjectKey() { return subjectKey; }
    public String action() { return action; }
    public String before() { return before; }
    public String after() { return after; }
}
