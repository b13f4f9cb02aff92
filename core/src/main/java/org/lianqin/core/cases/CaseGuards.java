package org.lianqin.core.cases;

import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Unit;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks every intent method of {@link Case} makes before it changes anything: the state the case
 * must be in, who may act, and what must be written. The innermost of the security layers (the
 * container's {@code @RolesAllowed} and {@code CallerCheck} come first): even a caller the container let
 * through cannot take a step the workflow does not give their role in this state. Each failure is a
 * {@link WorkflowException} and nothing has been changed.
 */
final class CaseGuards {

    private CaseGuards() {
    }

    /** The case's state, if it is one of those allowed. */
    static CaseState inState(Case c, CaseState... allowed) {
        return inState(c, Set.of(allowed));
    }

    /** The case's state, if it is one of those allowed. */
    static CaseState inState(Case c, Set<CaseState> allowed) {
        if (allowed.contains(c.state())) {
            return c.state();
        }
        throw stateRefused(c);
    }

    /** The actor holds one of the roles. */
    static void role(Actor by, Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(by::has)) {
            String names = Arrays.stream(anyOf).map(r -> r.label().zh()).collect(Collectors.joining("或"));
            String english = Arrays.stream(anyOf).map(r -> r.label().en()).collect(Collectors.joining(" or "));
            throw new WorkflowException(Refusal.ROLE, new Refusal.Label(names, english));
        }
    }

    /** The actor is an officer of the unit the case is with. */
    static void officerOf(Actor by, Unit unit) {
        if (!by.isOfficerOf(unit == null ? null : unit.id())) {
            throw new WorkflowException(Refusal.UNIT_OFFICER_ONLY);
        }
    }

    /** The actor is the resident who reported the case (holding its access code). */
    static void reporter(Actor by) {
        if (!by.isResident()) {
            throw new WorkflowException(Refusal.REPORTER_ONLY);
        }
    }

    /** The actor is a member of staff. */
    static void staff(Actor by) {
        if (by.kind() != Actor.Kind.STAFF) {
            throw new WorkflowException(Refusal.STAFF_ONLY);
        }
    }

    /** The text, stripped, when it says something; the refusal when it is missing or blank. */
    static String written(String text, Refusal ifMissing) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(ifMissing);
        }
        return text.strip();
    }

    private static WorkflowException stateRefused(Case c) {
        return new WorkflowException(Refusal.STATE, c.number(), c.state().label());
    }
}
