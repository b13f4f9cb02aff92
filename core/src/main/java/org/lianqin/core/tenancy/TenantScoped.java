package org.lianqin.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one street office. EclipseLink adds {@code tenant_id = ?} to
 * every query and sets it on every insert from the {@link TenantContext#PROPERTY} of the persistence
 * context; the column is mapped here read-only so that code can see, but never set, the tenant.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantContext.PROPERTY, length = 32)
public abstract class TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Version
    private long version;

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }
}
