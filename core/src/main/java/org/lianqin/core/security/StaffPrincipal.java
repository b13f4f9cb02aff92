package org.lianqin.core.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The name a signed-in member of staff carries: {@code login@office}, for example
 * {@code dispatcher@fenglin}. Logins never contain {@code @}; global accounts (district admins) have
 * names without one.
 */
public record StaffPrincipal(String login, String office) {

    public StaffPrincipal {
        Objects.requireNonNull(login);
        Objects.requireNonNull(office);
    }

    /** {@code login@office} as typed on the sign-in form, if it has that shape. */
    public static Optional<StaffPrincipal> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int at = name.indexOf('@');
        if (at <= 0 || at != name.lastIndexOf('@') || at == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new StaffPrincipal(name.substring(0, at), name.substring(at + 1)));
    }

    public static Optional<StaffPrincipal> parse(Principal principal) {
        return principal == null ? Optional.empty() : parse(principal.getName());
    }

    public String name() {
        return login + "@" + office;
    }

    @Override
    public String toString() {
        return name();
    }
}
