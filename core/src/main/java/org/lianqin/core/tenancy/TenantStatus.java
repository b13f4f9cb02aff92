package org.lianqin.core.tenancy;

/**
 * A tenant is being set up, running, suspended (its users cannot sign in, nothing of it can be created or
 * changed, its data stays; it can be resumed) or retired (the same, for good: kept read-only).
 */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    RETIRED
}
