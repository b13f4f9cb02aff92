package org.lianqin.core.tenancy;

/** What the web modules see of a tenant. */
public record StreetOffice(String code, String name, TenantKind kind, String district, TenantStatus status) {
}
