package org.lianqin.core.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A district admin's token for the provisioning API: the token is shown once, only its SHA-256 is kept. */
@Entity
@Table(name = "district_token")
@NamedQuery(name = "DistrictToken.byHash",
        query = "SELECT t FROM DistrictToken t WHERE t.tokenHash = :hash AND t.revokedAt IS NULL AND t.user.active = TRUE")
@NamedQuery(name = "DistrictToken.ofUser",
        query = "SELECT t FROM DistrictToken t WHERE t.user.login = :login ORDER BY t.revokedAt, t.createdAt DESC")
@NamedQuery(name = "DistrictToken.used",
        query = "UPDATE DistrictToken t SET t.lastUsedAt = :now WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)")
public class DistrictToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private DistrictUser user;

    @Column(nullable = false, length = 64, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected DistrictToken() {
    }

    public DistrictToken(DistrictUser user, String name, String tokenHash, Instant createdAt) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public DistrictUser user() {
        return user;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
