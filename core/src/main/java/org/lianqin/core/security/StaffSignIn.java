package org.lianqin.core.security;

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
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.core.tenancy.TenantStatus;

import java.util.Optional;

/**
 * Staff sign-in, for the identity stores of the portal and the console: checks {@code login@office} and
 * a password against the office's staff (PBKDF2 hashes), locks an account for a while after repeated
 * failures, and turns the signed-in caller back into the {@link Actor} the services take — built here,
 * on the server, from the container's principal, never from what a page sends.
 */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class StaffSignIn {

    @EJB
    TenantDirectory tenants;

    @EJB
    StaffAccounts accounts;

    @Resource
    SessionContext context;

    /** Checks a sign-in as typed: {@code name} is {@code login@office}. Each attempt commits on its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(String name, char[] password) {
        Optional<StaffPrincipal> principal = StaffPrincipal.parse(name == null ? null : name.strip());
        Optional<StreetOffice> office = principal.flatMap(p -> tenants.find(p.office()));
        if (principal.isEmpty() || office.isEmpty() || password == null) {
            accounts.spendVerification(password);
            return SignInResult.of(SignInResult.Outcome.INVALID);
        }
        if (office.get().status() != TenantStatus.ACTIVE) {
            return SignInResult.of(SignInResult.Outcome.OFFICE_SUSPENDED);
        }
        return TenantContext.supplyAs(office.get().code(), () -> accounts.attempt(principal.get(), password));
    }

    /**
     * The calling member of staff's own new password, replacing the present one (a one-time one at the
     * first sign-in). A wrong present password counts as a failed sign-in; nothing changes on a refusal.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changePassword(char[] current, char[] next) {
        StaffPrincipal principal = StaffPrincipal.parse(context.getCallerPrincipal())
                .orElseThrow(() -> new EJBAccessException("The caller is not a member of staff"));
        TenantContext.supplyAs(principal.office(), () -> {
            tenants.requireActive();
            // two transactions: the failed attempt is kept even though the refusal rolls back what follows
            if (!accounts.checkPresent(principal.login(), current)) {
                throw new WorkflowException(Refusal.PASSWORD_WRONG);
            }
            accounts.setOwnPassword(principal.login(), next);
            return null;
        });
    }

    /**
     * The signed-in member of staff who is calling, as the actor of the services; refused once their
     * street office is suspended or retired, even in a session opened before.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Actor caller() {
        StaffPrincipal principal = StaffPrincipal.parse(context.getCallerPrincipal())
                .orElseThrow(() -> new EJBAccessException("The caller is not a member of staff"));
        return TenantContext.supplyAs(principal.office(), () -> {
                    tenants.requireActive();
                    return accounts.actor(principal.login());
                })
                .orElseThrow(() -> new EJBAccessException(principal + " is no longer an active member of staff"));
    }
}
