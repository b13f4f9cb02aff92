package org.lianqin.core.district;

/**
 * A street office onboarded: its code and name, the first admin's sign-in name ({@code login@code}) and
 * one-time password (shown once), and what it was given.
 */
public record Onboarded(String code, String name, String kind, String template, String adminSignIn,
                        String oneTimePassword, int units, int squads, int categories, int grids, boolean repeated) {

    /** The same result answered again to a retried identical request. */
    public Onboarded answeredAgain() {
        return new Onboarded(code, name, kind, template, adminSignIn, oneTimePassword, units, squads, categories, grids, true);
    }
}
