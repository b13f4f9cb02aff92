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
public class ApiKey extends TenantScoped {

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "key_hash", nullable = false, length = 64, updatable = false)
    private String keyHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ApiKey() {
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
