package org.lianqin.core.cases;

import org.lianqin.core.kernel.Refusal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in the closed loop (闭环): report, register, dispatch, handle, verify, close. The
 * named sets below are the only place that says which states belong together; queries, the public
 * pages and Open311 use them rather than spelling states out.
 */
public enum CaseState {
    /** 已上报: reported, not yet looked at by the command centre. */
    REPORTED("已上报", "reported"),
    /** 已立案: accepted as a case by the command centre. */
    REGISTERED("已立案", "registered"),
    /** 不予立案: rejected with a reason. */
    REJECTED("不予立案", "rejected"),
    /** 已派遣: sent to the responsible unit, whose deadline is running. */
    DISPATCHED("已派遣", "dispatched"),
    /** 处置中: the unit accepted it and is handling it. */
    IN_PROGRESS("处置中", "in progress"),
    /** 已处置: the unit reported its result; waiting for verification. */
    HANDLED("已处置", "handled"),
    /** 已结案: verified and closed. */
    CLOSED("已结案", "closed"),
    /** 已合并: a duplicate, merged into another case. */
    MERGED("已合并", "merged");

    /** Still in the loop: neither closed, rejected nor merged. */
    public static final Set<CaseState> OPEN = of(REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED);

    /** Out of the loop: closed, rejected or merged into another case (Open311's "closed"). */
    public static final Set<CaseState> FINISHED = of(CLOSED, REJECTED, MERGED);

    /** Waiting for the command centre: to be registered, dispatched, or verified after handling. */
    public static final Set<CaseState> WITH_COMMAND_CENTRE = of(REPORTED, REGISTERED, HANDLED);

    /** With the responsible unit, whose clock is running: dispatched, accepted or being handled. */
    public static final Set<CaseState> WITH_UNIT = of(DISPATCHED, IN_PROGRESS);

    /** The states a case can be publicly listed in (once registered, when not hidden). */
    public static final Set<CaseState> PUBLIC = of(REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED, CLOSED);

    /** Public and still open: what the public list of open problems and "me too" offer. */
    public static final Set<CaseState> PUBLIC_OPEN = of(REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED);

    private final Refusal.Label label;

    CaseState(String zh, String en) {
        this.label = new Refusal.Label(zh, en);
    }

    /** The state's name for people, in both languages. */
    public Refusal.Label label() {
        return label;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isWithUnit() {
        return WITH_UNIT.contains(this);
    }

    private static Set<CaseState> of(CaseState first, CaseState... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
