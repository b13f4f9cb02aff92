package org.lianqin.core.kernel;

import org.lianqin.core.kernel.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts on a case: a member of staff (with roles and, for unit officers, a unit), the resident who
 * reported it (known only by holding its access code), or the system (timers).
 */
public record Actor(Kind kind, String login, String name, Set<Role> roles, Long unitId) {

    public enum Kind {
        STAFF,
        RESIDENT,
        SYSTEM,
        /** A district admin, acting on a street office's behalf from the district console or its API. */
        DISTRICT
    }

    public Actor {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(login);
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Actor staff(String login, String name, Set<Role> roles, Long unitId) {
        return new Actor(Kind.STAFF, login, name, roles, unitId);
    }

    public static Actor resident() {
        return new Actor(Kind.RESIDENT, "resident", "群众", Set.of(), null);
    }

    /** A district admin (a global account): acts for a street office as its admin would, never on its cases. */
    public static Actor district(String login, String name) {
        return new Actor(Kind.DISTRICT, login, name, Set.of(), null);
    }

    public boolean isDistrict() {
        return kind == Kind.DISTRICT;
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system", "系统", Set.of(), null);
    }

    public boolean has(Role role) {
        return kind == Kind.STAFF && roles.contains(role);
    }

    public boolean isResident() {
        return kind == Kind.RESIDENT;
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    /** A unit's officer and nothing more: works on the unit's cases only, not on the office's. */
    public boolean isUnitOfficerOnly() {
        return kind == Kind.STAFF && roles.equals(EnumSet.of(Role.UNIT_OFFICER));
    }

    /** Refuses, with the refusal's words, an actor who is not the street office's admin. */
    public void requireAdmin(Refusal otherwise) {
        if (!has(Role.TENANT_ADMIN)) {
            throw new WorkflowException(otherwise);
        }
    }

    /** Refuses, with the refusal's words, an actor who is neither the street office's admin nor a district admin acting for it. */
    public void requireAdminOrDistrict(Refusal otherwise) {
        if (!has(Role.TENANT_ADMIN) && !isDistrict()) {
            throw new WorkflowException(otherwise);
        }
    }

    /** Refuses, with the refusal's words, an actor who is neither the application itself nor in one of the roles. */
    public void requireOneOf(Refusal otherwise, Role... roles) {
        if (!isSystem() && java.util.Arrays.stream(roles).noneMatch(this::has)) {
            throw new WorkflowException(otherwise);
        }
    }

    /** A unit officer of exactly this unit. */
    public boolean isOfficerOf(Long unit) {
        return has(Role.UNIT_OFFICER) && unit != null && unit.equals(unitId);
    }
}
