package org.lianqin.core.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How a street office was onboarded: the request's fingerprint and the first answer without its
 * one-time password (never stored), so that a script retrying the same call gets that answer again and
 * a different call with the same code is refused.
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

    @Column(name = "onboarded_by", nullable = false, length = 64)
    private String onboardedBy;

    @Column(name = "onboarded_at", nullable = false)
    private Instant onboardedAt;

    protected OfficeOnboarding() {
    }

    public OfficeOnboarding(String tenantCode, String fingerprint, String reply, String by, Instant at) {
        this.tenantCode = tenantCode;
        this.fingerprint = fingerprint;
        this.reply = reply;
        this.onboardedBy = by;
        this.onboardedAt = at;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The first answer without its one-time password, as JSON. */
    public String reply() {
        return reply;
    }
}
