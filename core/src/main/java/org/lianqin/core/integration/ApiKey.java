package org.lianqin.core.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/** A key an integrator posts Open311 requests with, for one street office; stored as its SHA-256 only. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byHash", query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash AND k.active = true")
@NamedQuery(name = "ApiKey.all", query = "SELECT k FROM ApiKey k ORDER BY k.active DESC, k.createdAt DESC")
@NamedQuery(name = "ApiKey.used", query = "UPDATE ApiKey k SET k.lastUsedAt = :now WHERE k.id = :id"
        + " AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :before)")
public class ApiKey extends TenantScoped {

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "key_hash", nullable = false, length = 64, updatable = false)
    private String keyHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    /** Revoked for good: the key opens nothing from the next request on. */
    void revoke(Instant at) {
        active = false;
        revokedAt = at;
    }

    public boolean active() {
        return active;
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

    public ApiKey(String name, String keyHash, Instant createdAt) {
        this.name = name;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }
}
