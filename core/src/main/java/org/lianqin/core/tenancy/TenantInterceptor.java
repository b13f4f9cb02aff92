package org.lianqin.core.tenancy;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Objects;

/**
 * Applies {@link TenantContext} to the transaction's persistence context before a service method
 * runs. Bound to every EJB of core as a default interceptor in {@code ejb-jar.xml}, so no service can
 * forget it. Without a tenant nothing is set and EclipseLink refuses any use of a tenant-scoped entity;
 * switching tenants inside one transaction is refused.
 */
public class TenantInterceptor {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object applyTenant(InvocationContext invocation) throws Exception {
        var tenant = TenantContext.current();
        if (tenant.isPresent() && transactions.getTransactionKey() != null) {
            Object bound = em.getProperties().get(TenantContext.PROPERTY);
            if (bound == null) {
                em.setProperty(TenantContext.PROPERTY, tenant.get());
            } else if (!Objects.equals(bound, tenant.get())) {
                throw new IllegalStateException("A transaction of tenant " + bound
                        + " cannot continue as tenant " + tenant.get());
            }
        }
        return invocation.proceed();
    }
}
