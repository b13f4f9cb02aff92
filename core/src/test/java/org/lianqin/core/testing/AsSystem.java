package org.lianqin.core.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantContext;

import java.util.concurrent.Callable;

/**
 * Runs test work with the application's own identity ({@code SYSTEM}), which may act for any actor of
 * the current street office, as the timers and demo data do. The workflow and isolation tests use it
 * to drive the services as many people at once; SecurityIT checks what real callers may do. Starts no
 * transaction: each service call keeps its own, as it would from a page.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSystem {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /** The work as the tenant, with the system's identity. */
    public <T> T as(String tenant, Callable<T> work) throws Exception {
        return TenantContext.callAs(tenant, () -> call(work));
    }
}
