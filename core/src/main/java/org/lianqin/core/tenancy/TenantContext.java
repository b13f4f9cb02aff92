package org.lianqin.core.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The street office (tenant) the current thread works for. The edge sets it — the signed-in user in
 * the portal, the path in the public site, the district admin's choice in the console — and
 * {@link TenantInterceptor} applies it to the persistence context of every service call, so that
 * EclipseLink filters every query and stamps every insert with it. Background work runs as an
 * explicit tenant through {@link #runAs}. There is no "all tenants" value.
 */
public final class TenantContext {

    /** EclipseLink's context property that carries the tenant discriminator value. */
    public static final String PROPERTY = "eclipselink.tenant-id";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or a {@link NoTenantException}. */
    public static String require() {
        return current().orElseThrow(NoTenantException::new);
    }

    /** Runs the work as the tenant and restores what was there before, even if the work fails. */
    public static <T> T callAs(String tenantCode, Callable<T> work) throws Exception {
        if (tenantCode == null || tenantCode.isBlank()) {
            throw new NoTenantException();
        }
        String previous = CURRENT.get();
        CURRENT.set(tenantCode);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** {@link #callAs} for work that throws no checked exception. */
    public static <T> T supplyAs(String tenantCode, Supplier<T> work) {
        try {
            return callAs(tenantCode, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #callAs} for work that returns nothing and throws no checked exception. */
    public static void runAs(String tenantCode, Runnable work) {
        supplyAs(tenantCode, () -> {
            work.run();
            return null;
        });
    }
}
