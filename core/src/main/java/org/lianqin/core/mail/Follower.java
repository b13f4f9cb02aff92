package org.lianqin.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/**
 * A resident following a case by e-mail until they unsubscribe: the reporter from their report on, anyone
 * else once they confirmed their address from the mail that asked them to.
 */
@Entity
@Table(name = "case_follower")
@NamedQuery(name = "Follower.ofCase", query = "SELECT f FROM Follower f WHERE f.caseId = :caseId AND f.active = true")
@NamedQuery(name = "Follower.byEmail", query = "SELECT f FROM Follower f WHERE f.caseId = :caseId AND f.email = :email")
@NamedQuery(name = "Follower.byToken", query = "SELECT f FROM Follower f WHERE f.token = :token")
public class Follower extends TenantScoped {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, length = 100, updatable = false)
    private String email;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Follower() {
    }

    Follower(long caseId, String email, String token, Instant createdAt, boolean active) {
        this.active = active;
        this.caseId = caseId;
        this.email = email;
        this.token = token;
        this.createdAt = createdAt;
    }

    String email() {
        return email;
    }

    String token() {
        return token;
    }

    long caseId() {
        return caseId;
    }

    boolean active() {
        return active;
    }

    void confirm() {
        active = true;
    }

    void unsubscribe() {
        active = false;
    }
}
