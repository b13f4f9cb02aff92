package org.lianqin.core.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How a street office was onboarded: the request's fingerprint and, for a day, the first answer, so that
 * a script retrying the same call gets that answer again (the one-time password included: a district
 * admin can reset it at any time anyway) and a different call with the same code is refused.
 */
@Entity
@Table(name = "office_onboarding")
public class OfficeOnboarding {

    @Id
    @Column(name = "tenant_code", length = 32)
    private String tenantCode;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String reply;

    @Column(name = "reply_until", nullable = false)
    private Instant replyUntil;

    @Column(name = "onboarded_by", nullable = false, length = 64)
    private String onboardedBy;

    @Column(name = "onboarded_at", nullable = false)
    private Instant onboardedAt;

    protected OfficeOnboarding() {
    }

    public OfficeOnboarding(String tenantCode, String fingerprint, String reply, Instant replyUntil, String by, Instant at) {
        this.tenantCode = tenantCode;
        this.fingerprint = fingerprint;
        this.reply = reply;
        this.replyUntil = replyUntil;
        this.onboardedBy = by;
        this.onboardedAt = at;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The first answer, as JSON. */
    public String reply() {
        return reply;
    }

    /** Whether the first answer's one-time password may still be answered again. */
    public boolean passwordKept(Instant now) {
        return now.isBefore(replyUntil);
    }
}
