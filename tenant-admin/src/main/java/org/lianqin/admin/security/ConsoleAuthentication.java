package org.lianqin.admin.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.SignInResult;
import org.lianqin.vaadin.LoginView;

import java.util.Optional;
import java.util.Set;

/**
 * How a district admin is known to the console (Jakarta Security), in two ways:
 * <ul>
 *     <li>the provisioning API ({@code /api/}): each request carries {@code Authorization: Bearer <token>}, a
 *     token the admin issued in the console; no session, no cookie;</li>
 *     <li>the console's pages: the sign-in view hands the typed login and password over
 *     ({@code SecurityContext.authenticate}), {@link DistrictSignIn} checks them (PBKDF2, lockout), and the
 *     session remembers the admin until sign-out or 30 idle minutes.</li>
 * </ul>
 * Street-office staff ({@code login@office}) are never district admins. No page is protected by the
 * container: Vaadin's navigation access control decides per view, the API's filter per request.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@DeclareRoles(Roles.DISTRICT_ADMIN)
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute that holds the signed-in district admin's login. */
    private static final String SIGNED_IN = "org.lianqin.district.login";

    private static final Set<String> GROUPS = Set.of(Roles.DISTRICT_ADMIN);

    /**
     * The request attribute that says the caller was known by a bearer token: the API opens to nothing
     * else (a console session cookie must not work there, or a page elsewhere could post to it).
     */
    public static final String BY_TOKEN = "org.lianqin.district.byToken";

    @EJB
    DistrictSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // the path as the server resolved it (decoded, dot segments gone), which decides the servlet too
        if (request.getServletPath().startsWith("/api/")) {
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return context.doNothing();
            }
            Optional<String> holder = signIn.tokenHolder(authorization.substring(7).strip());
            holder.ifPresent(login -> request.setAttribute(BY_TOKEN, login));
            return holder.map(login -> context.notifyContainerAboutLogin(login, GROUPS)).orElseGet(context::doNothing);
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential typed) {
            SignInResult result = signIn.signIn(typed.getCaller(), typed.getPassword().getValue());
            request.setAttribute(LoginView.OUTCOME, result);
            if (!result.signedIn()) {
                return AuthenticationStatus.SEND_FAILURE;   // the sign-in view says why; no error page
            }
            String login = typed.getCaller().strip();
            request.getSession().setAttribute(SIGNED_IN, login);
            return context.notifyContainerAboutLogin(login, GROUPS);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof String login) {
            return context.notifyContainerAboutLogin(login, GROUPS);
        }
        return context.doNothing();
    }
}
