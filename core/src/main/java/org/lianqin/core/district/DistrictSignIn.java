package org.lianqin.core.district;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.security.SignInResult;
import org.lianqin.core.security.StaffPrincipal;

import java.security.Principal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * District admins' sign-in, for the console's identity store and its API: a login without {@code @} and a
 * password (PBKDF2, the same lockout as staff, a one-time password changed at the first sign-in), or a
 * token for the API; and the calling district admin as the {@link Actor} the district's services take.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_ADMIN})
public class DistrictSignIn {

    /** A district admin's login: never contains {@code @}, which is what tells it from a member of staff's. */
    public static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    /** The application's own identity (glassfish-application.xml maps it to SYSTEM): never a district admin. */
    private static final String RESERVED = "lianqin-system";

    @EJB
    DistrictAccounts accounts;

    @Resource
    SessionContext context;

    /** Checks a sign-in as typed; a name with {@code @} is a member of staff's and never a district admin's. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(String name, char[] password) {
        String login = name == null ? "" : name.strip();
        if (!LOGIN.matcher(login).matches() || RESERVED.equals(login) || password == null) {
            accounts.attempt("", password == null ? new char[0] : password);
            return SignInResult.refused(SignInResult.Outcome.INVALID, null);
        }
        return accounts.attempt(login, password);
    }

    /** The login of the district admin holding this API token, if it is an active one. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> tokenHolder(String token) {
        return accounts.tokenHolder(token).filter(login -> !RESERVED.equals(login));
    }

    /** The calling district admin's own new password, replacing the present (or one-time) one. */
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changePassword(char[] current, char[] next) {
        String login = login();
        if (!accounts.checkPresent(login, current)) {
            throw new WorkflowException(Refusal.PASSWORD_WRONG);
        }
        accounts.setOwnPassword(login, next);
    }

    /** The calling district admin, as the actor of the district's services. */
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Actor caller() {
        String login = login();
        return accounts.actor(login).orElseThrow(() -> new EJBAccessException(login + " is no longer an active district admin"));
    }

    private String login() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || StaffPrincipal.parse(principal).isPresent()) {
            throw new EJBAccessException("The caller is not a district admin");
        }
        return principal.getName();
    }
}
