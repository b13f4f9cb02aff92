package org.lianqin.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A street office (街道) or town (镇) that runs its own joint-duty operation: the tenant. Global, not
 * tenant-scoped; its {@link #code()} is the discriminator stored in every tenant-scoped row.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findByStatus", query = "SELECT t FROM Tenant t WHERE t.status = :status")
@NamedQuery(name = "Tenant.findByCode", query = "SELECT t FROM Tenant t WHERE t.code = :code")
@NamedQuery(name = "Tenant.count", query = "SELECT COUNT(t) FROM Tenant t")
public class Tenant {

    /** Lowercase letters, digits and hyphens, starting with a letter: it appears in URLs and case numbers. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantKind kind;

    @Column(nullable = false, length = 100)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status;

    /** The office's outline as a GeoJSON Polygon (WGS 84): its grids must lie inside it. */
    @Column(name = "boundary_geojson", columnDefinition = "MEDIUMTEXT")
    private String boundaryGeoJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String code, String name, TenantKind kind, String district) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a valid street office code: " + code);
        }
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.district = district;
        this.status = TenantStatus.PROVISIONING;
        this.createdAt = Instant.now();
    }

    public void activate() {
        status = TenantStatus.ACTIVE;
    }

    /** Records the office's outline (a GeoJSON Polygon, already checked by the caller). */
    public void outline(String boundaryGeoJson) {
        this.boundaryGeoJson = boundaryGeoJson;
    }

    public String boundaryGeoJson() {
        return boundaryGeoJson;
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    /** Back to work after a suspension; a retired office stays retired. */
    public void resume() {
        if (status == TenantStatus.SUSPENDED) {
            status = TenantStatus.ACTIVE;
        }
    }

    /** Retired for good: read-only, kept. */
    public void retire(Instant at) {
        status = TenantStatus.RETIRED;
        retiredAt = at;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public String district() {
        return district;
    }

    public TenantStatus status() {
        return status;
    }

    public StreetOffice toStreetOffice() {
        return new StreetOffice(code, name, kind, district, status);
    }
}
