package org.lianqin.core.cases;

import org.lianqin.core.organisation.Role;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** The Chinese words for states and roles that the workflow's messages use. */
final class CaseStates {

    private static final Map<CaseState, String> STATES = Map.of(
            CaseState.REPORTED, "已上报",
            CaseState.REGISTERED, "已立案",
            CaseState.REJECTED, "不予立案",
            CaseState.DISPATCHED, "已派遣",
            CaseState.IN_PROGRESS, "处置中",
            CaseState.HANDLED, "已处置",
            CaseState.CLOSED, "已结案",
            CaseState.MERGED, "已合并");

    private static final Map<Role, String> ROLES = Map.of(
            Role.TENANT_ADMIN, "街镇管理员",
            Role.DISPATCHER, "指挥中心值班员",
            Role.UNIT_OFFICER, "成员单位处置人员",
            Role.INSPECTOR, "网格巡查员",
            Role.LEADER, "领导");

    private CaseStates() {
    }

    static String label(CaseState state) {
        return "“" + STATES.get(state) + "”";
    }

    static String roleLabels(Role... roles) {
        return Arrays.stream(roles).map(ROLES::get).collect(Collectors.joining("或"));
    }
}
