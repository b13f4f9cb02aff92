package org.lianqin.core.kernel;

/** What a street office's staff member may do. District admins are global accounts, not staff. */
public enum Role {
    /** 街镇管理员 */
    TENANT_ADMIN("街镇管理员", "street office admin"),
    /** 指挥中心值班员 */
    DISPATCHER("指挥中心值班员", "command centre dispatcher"),
    /** 成员单位处置人员 */
    UNIT_OFFICER("成员单位处置人员", "unit officer"),
    /** 网格巡查员/监督员 */
    INSPECTOR("网格巡查员", "grid inspector"),
    /** 领导 */
    LEADER("领导", "leader");

    private final Refusal.Label label;

    Role(String zh, String en) {
        this.label = new Refusal.Label(zh, en);
    }

    /** The role's name for people, in both languages. */
    public Refusal.Label label() {
        return label;
    }
}
