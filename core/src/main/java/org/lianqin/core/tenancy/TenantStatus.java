package org.lianqin.core.tenancy;

import org.lianqin.core.kernel.Refusal;

/**
 * A tenant is being set up, running, suspended (its users cannot sign in, nothing of it can be created or
 * changed, its data stays; it can be resumed) or retired (the same, for good: kept read-only).
 */
public enum TenantStatus {
    PROVISIONING("开通中", "being set up"),
    ACTIVE("运行中", "running"),
    SUSPENDED("已暂停", "suspended"),
    RETIRED("已撤销", "retired");

    private final Refusal.Label label;

    TenantStatus(String zh, String en) {
        this.label = new Refusal.Label(zh, en);
    }

    /** The state's name for people, in both languages (audit trails keep the Chinese). */
    public Refusal.Label label() {
        return label;
    }
}
