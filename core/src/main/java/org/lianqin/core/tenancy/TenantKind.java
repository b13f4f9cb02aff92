package org.lianqin.core.tenancy;

/** 街道 (street office) or 镇 (town). */
public enum TenantKind {
    STREET,
    TOWN
}
