/**
 * Street offices as tenants: the global {@link org.lianqin.core.tenancy.Tenant} table, the current tenant of
 * a thread ({@link org.lianqin.core.tenancy.TenantContext}), the tenant-scoped base entity (EclipseLink
 * {@code @Multitenant(SINGLE_TABLE)} on {@code tenant_id}) and the default EJB interceptor that applies the
 * tenant to each transaction. Uses {@code kernel}, {@code i18n}.
 */
package org.lianqin.core.tenancy;
