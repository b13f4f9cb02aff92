package org.lianqin.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.lianqin.core.kernel.Roles;

/**
 * The portal signs staff in with Jakarta Security's custom form mechanism: the sign-in view hands the
 * typed name and password to {@code SecurityContext.authenticate}, {@link StaffIdentityStore} checks them,
 * and the session remembers who signed in. No page is protected by the container; Vaadin's navigation
 * access control ({@link AccessControl}) decides per view.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER})
public class PortalSecurity {
}
