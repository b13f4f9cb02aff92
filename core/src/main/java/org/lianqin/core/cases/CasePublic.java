package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * The residents' counters of a case, kept apart from it so that they never change the version staff
 * quote: failed access-code attempts (and the lock they lead to) and the "me too" supporters.
 */
@Entity
@Table(name = "case_public")
@NamedQuery(name = "CasePublic.ofCase", query = "SELECT p FROM CasePublic p WHERE p.caseFile = :case")
public class CasePublic extends TenantScoped {

    /** Wrong access codes in a row that lock a case's tracking page. */
    static final int FAILURES_BEFORE_LOCK = 10;

    /** How long tracking stays locked after that. */
    static final Duration LOCK_FOR = Duration.ofHours(1);

    @OneToOne(optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseFile;

    @Column(nullable = false)
    private int supporters;

    @Column(name = "access_failures", nullable = false)
    private int accessFailures;

    @Column(name = "access_locked_until")
    private Instant accessLockedUntil;

    protected CasePublic() {
    }

    CasePublic(Case caseFile) {
        this.caseFile = caseFile;
    }

    boolean lockedAt(Instant now) {
        return accessLockedUntil != null && now.isBefore(accessLockedUntil);
    }

    void accessFailed(Instant now) {
        accessFailures++;
        if (accessFailures >= FAILURES_BEFORE_LOCK) {
            accessLockedUntil = now.plus(LOCK_FOR);
            accessFailures = 0;
        }
    }

    void accessGranted() {
        accessFailures = 0;
    }

    void support() {
        supporters++;
    }

    int supporters() {
        return supporters;
    }
}
