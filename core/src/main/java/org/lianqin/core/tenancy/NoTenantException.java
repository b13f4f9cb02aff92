package org.lianqin.core.tenancy;

import jakarta.ejb.ApplicationException;

/** Tenant-scoped work was attempted without a street office: refused, never "all tenants". */
@ApplicationException(rollback = true)
public class NoTenantException extends RuntimeException {

    public NoTenantException() {
        super("No street office (tenant) is set for this work");
    }
}
