package org.lianqin.portal.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.lianqin.core.security.SignInResult;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.vaadin.LoginView;

/**
 * Checks a member of staff's {@code login@office} and password with core ({@link StaffSignIn}: PBKDF2,
 * lockout after repeated failures, a suspended office's staff refused) and gives the container their
 * principal and roles as groups. How the attempt ended is left on the request for the sign-in view,
 * which says "locked" or "suspended" where the container only knows "invalid".
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    StaffSignIn signIn;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = signIn.signIn(typed.getCaller(), typed.getPassword().getValue());
        request.setAttribute(LoginView.OUTCOME, result);
        return result.signedIn()
                ? new CredentialValidationResult(result.principal().toString(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
