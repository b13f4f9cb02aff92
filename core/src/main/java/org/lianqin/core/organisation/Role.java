package org.lianqin.core.organisation;

/** What a street office's staff member may do. District admins are global accounts, not staff. */
public enum Role {
    /** 街镇管理员 */
    TENANT_ADMIN,
    /** 指挥中心值班员 */
    DISPATCHER,
    /** 成员单位处置人员 */
    UNIT_OFFICER,
    /** 网格巡查员/监督员 */
    INSPECTOR,
    /** 领导 */
    LEADER
}
