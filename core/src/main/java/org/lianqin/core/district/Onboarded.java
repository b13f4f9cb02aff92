package org.lianqin.core.district;

/**
 * A street office onboarded: its code and name, the first admin's sign-in name ({@code login@code}) and
 * one-time password (in the first answer only; a retry is answered without it and {@code repeated}),
 * and what it was given.
 */
public record Onboarded(String code, String name, String kind, String template, String adminSignIn,
                        String oneTimePassword, int units, int squads, int categories, int grids, boolean repeated) {

    /** The result as kept for a retried identical request: without the one-time password, which is never stored. */
    public Onboarded withoutPassword() {
        return new Onboarded(code, name, kind, template, adminSignIn, null, units, squads, categories, grids, true);
    }
}
