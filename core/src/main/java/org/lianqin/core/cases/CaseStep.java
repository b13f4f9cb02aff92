package org.lianqin.core.cases;

import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.WorkflowException;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What staff can do to a case, as one table: who takes each step, in which states, and what else must
 * hold (a pending request to decide, no request already pending). {@link Case}'s intent methods check
 * their step through {@link #check} before they change anything, and the portal offers exactly the steps
 * {@link #open} lists, so that the screen and the workflow cannot disagree.
 */
public enum CaseStep {
    /** 立案. */
    REGISTER(Who.DISPATCHER, Note.OPTIONAL, states(CaseState.REPORTED)),
    /** 不予立案. */
    REJECT(Who.DISPATCHER, Note.REQUIRED, states(CaseState.REPORTED)),
    /** 派遣, to a unit chosen or suggested. */
    DISPATCH(Who.DISPATCHER, Note.OPTIONAL, states(CaseState.REGISTERED)),
    /** 结案 without dispatch (即办) or in place of the verification. */
    CLOSE(Who.DISPATCHER, Note.REQUIRED, states(CaseState.REGISTERED, CaseState.HANDLED)),
    /** 核查通过. */
    VERIFY_PASS(Who.VERIFIER, Note.OPTIONAL, states(CaseState.HANDLED)),
    /** 核查不通过, back to the unit (返工). */
    VERIFY_FAIL(Who.VERIFIER, Note.REQUIRED, states(CaseState.HANDLED)),
    /** 合并 into another open case. */
    MERGE(Who.DISPATCHER, Note.NONE, CaseState.OPEN),
    /** 签收. */
    ACCEPT(Who.UNIT, Note.NONE, states(CaseState.DISPATCHED)),
    /** 退回 to the command centre. */
    RETURN(Who.UNIT, Note.REQUIRED, states(CaseState.DISPATCHED)),
    /** 处置完毕, with the result and photos. */
    HANDLE(Who.UNIT, Note.REQUIRED, states(CaseState.IN_PROGRESS)),
    /** 申请延期, unless one is waiting for a decision. */
    REQUEST_EXTENSION(Who.UNIT, Note.REQUIRED, CaseState.WITH_UNIT, c -> c.pendingExtensionHours() == null,
            Refusal.EXTENSION_PENDING),
    /** 审批延期. */
    DECIDE_EXTENSION(Who.DISPATCHER, Note.OPTIONAL, CaseState.WITH_UNIT, c -> c.pendingExtensionHours() != null,
            Refusal.NO_EXTENSION_REQUEST),
    /** 申请缓办, unless one is waiting or the case is deferred already. */
    REQUEST_DEFERRAL(Who.UNIT, Note.REQUIRED, CaseState.WITH_UNIT, c -> !c.pendingDeferral() && !c.deferred(),
            Refusal.DEFERRAL_PENDING),
    /** 审批缓办. */
    DECIDE_DEFERRAL(Who.DISPATCHER, Note.OPTIONAL, CaseState.WITH_UNIT, Case::pendingDeferral,
            Refusal.NO_DEFERRAL_REQUEST),
    /** Takes a case off the public pages (a case the public can see: registered and not rejected or merged). */
    HIDE_PUBLIC(Who.DISPATCHER, Note.OPTIONAL, CaseState.PUBLIC, c -> !c.publicHidden(), Refusal.ALREADY_HIDDEN),
    /** Puts a hidden case back on the public pages. */
    SHOW_PUBLIC(Who.DISPATCHER, Note.OPTIONAL, CaseState.PUBLIC, Case::publicHidden, Refusal.ALREADY_SHOWN),
    /** Replaces the description on the public pages. */
    REDACT(Who.DISPATCHER, Note.REQUIRED, anyState()),
    /** 备注 by any member of staff. */
    COMMENT(Who.STAFF, Note.REQUIRED, anyState());

    /** Who may take a step. */
    enum Who {
        DISPATCHER,
        /** The command centre or an inspector. */
        VERIFIER,
        /** An officer of the unit the case is with. */
        UNIT,
        /** Any member of staff. */
        STAFF
    }

    /** Whether a step asks for a written note. */
    public enum Note {
        NONE,
        OPTIONAL,
        REQUIRED
    }

    private final Who who;
    private final Note note;
    private final Set<CaseState> states;
    private final Predicate<Case> when;
    private final Refusal otherwise;

    CaseStep(Who who, Note note, Set<CaseState> states) {
        this(who, note, states, c -> true, null);
    }

    CaseStep(Who who, Note note, Set<CaseState> states, Predicate<Case> when, Refusal otherwise) {
        this.who = who;
        this.note = note;
        this.states = states;
        this.when = when;
        this.otherwise = otherwise;
    }

    /** Whether the step asks for a note, and whether it must be written. */
    public Note note() {
        return note;
    }

    /** The steps the actor can take on the case now, in the order of this table. */
    public static List<CaseStep> open(Case c, Actor by) {
        return Arrays.stream(values()).filter(step -> step.allows(c, by)).toList();
    }

    /** True when the actor may take this step on the case in its present state. */
    public boolean allows(Case c, Actor by) {
        return mayAct(c, by) && states.contains(c.state()) && when.test(c);
    }

    /**
     * Refuses the actor who may not take the step, then a case in another state, then a case where the
     * step's condition does not hold, each with its {@link WorkflowException}; answers the state the case
     * is leaving.
     */
    CaseState check(Case c, Actor by) {
        switch (who) {
            case DISPATCHER -> CaseGuards.role(by, Role.DISPATCHER);
            case VERIFIER -> CaseGuards.role(by, Role.DISPATCHER, Role.INSPECTOR);
            case UNIT -> CaseGuards.officerOf(by, c.unit());
            case STAFF -> CaseGuards.staff(by);
        }
        CaseState from = CaseGuards.inState(c, states);
        if (!when.test(c)) {
            throw new WorkflowException(otherwise);
        }
        return from;
    }

    private boolean mayAct(Case c, Actor by) {
        return switch (who) {
            case DISPATCHER -> by.has(Role.DISPATCHER);
            case VERIFIER -> by.has(Role.DISPATCHER) || by.has(Role.INSPECTOR);
            case UNIT -> by.isOfficerOf(c.unit() == null ? null : c.unit().id());
            case STAFF -> by.kind() == Actor.Kind.STAFF;
        };
    }

    private static Set<CaseState> states(CaseState first, CaseState... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    private static Set<CaseState> anyState() {
        return Collections.unmodifiableSet(EnumSet.allOf(CaseState.class));
    }
}
