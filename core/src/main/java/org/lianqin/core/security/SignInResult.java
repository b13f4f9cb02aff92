package org.lianqin.core.security;

import org.lianqin.core.kernel.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a sign-in ended. Only {@link Outcome#SIGNED_IN} carries the principal, the staff member's name and
 * roles (the groups the web modules hand to Jakarta Security). A wrong password and an unknown account
 * look the same to the caller.
 */
public record SignInResult(Outcome outcome, StaffPrincipal principal, String name, Set<Role> roles, Instant lockedUntil,
                           boolean passwordChangeRequired) {

    public enum Outcome {
        SIGNED_IN,
        /** Unknown office, unknown or inactive account, or wrong password: one answer for all. */
        INVALID,
        /** Too many failed attempts; see {@link #lockedUntil()}. */
        LOCKED,
        /** The street office is suspended: nobody of it signs in. */
        OFFICE_SUSPENDED
    }

    public SignInResult {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static SignInResult signedIn(StaffPrincipal principal, String name, Set<Role> roles, boolean passwordChangeRequired) {
        return new SignInResult(Outcome.SIGNED_IN, principal, name, roles, null, passwordChangeRequired);
    }

    /** A district admin signed in: no street office, no staff roles (the console gives DISTRICT_ADMIN). */
    public static SignInResult district(String name, boolean passwordChangeRequired) {
        return new SignInResult(Outcome.SIGNED_IN, null, name, null, null, passwordChangeRequired);
    }

    /** A refusal; {@code lockedUntil} only for {@link Outcome#LOCKED}. */
    public static SignInResult refused(Outcome outcome, Instant lockedUntil) {
        return new SignInResult(outcome, null, null, null, lockedUntil, false);
    }

    static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, null, null, null, null, false);
    }

    static SignInResult lockedUntil(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, null, null, until, false);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }

    /** The container groups of a signed-in staff member: their roles' names. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
