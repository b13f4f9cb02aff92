package org.lianqin.core.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands in the closed loop (闭环): report, register, dispatch, handle, verify, close. */
public enum CaseState {
    /** 已上报: reported, not yet looked at by the command centre. */
    REPORTED,
    /** 已立案: accepted as a case by the command centre. */
    REGISTERED,
    /** 不予立案: rejected with a reason. */
    REJECTED,
    /** 已派遣: sent to the responsible unit, whose deadline is running. */
    DISPATCHED,
    /** 处置中: the unit accepted it and is handling it. */
    IN_PROGRESS,
    /** 已处置: the unit reported its result; waiting for verification. */
    HANDLED,
    /** 已结案: verified and closed. */
    CLOSED,
    /** 已合并: a duplicate, merged into another case. */
    MERGED;

    private static final Set<CaseState> OPEN = EnumSet.of(REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED);

    /** Still in the loop: neither closed, rejected nor merged. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The unit's clock is running: dispatched, accepted or being handled. */
    public boolean isWithUnit() {
        return this == DISPATCHED || this == IN_PROGRESS;
    }
}
