package org.lianqin.core.tenancy;

/** A tenant is being set up, running, or suspended (its users cannot sign in; its data stays). */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED
}
