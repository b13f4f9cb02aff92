package org.lianqin.core.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Staff;

import java.util.Optional;

/** The transactional half of {@link StaffSignIn}, run as the street office of the account. */
@Stateless
@PermitAll
public class StaffAccounts {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    PasswordCheck check;

    public SignInResult attempt(StaffPrincipal principal, char[] password) {
        Optional<Staff> found = em.createNamedQuery("Staff.findByLogin", Staff.class)
                .setParameter("login", principal.login())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().active()) {
            check.spend(password);
            return SignInResult.of(SignInResult.Outcome.INVALID);
        }
        Staff staff = found.get();
        return switch (check.attempt(staff.credentials(), password)) {
            case LOCKED -> SignInResult.lockedUntil(staff.credentials().lockedUntil());
            case WRONG -> SignInResult.of(SignInResult.Outcome.INVALID);
            case RIGHT -> SignInResult.signedIn(principal, staff.name(), staff.roles(),
                    staff.credentials().passwordChangeRequired());
        };
    }

    /**
     * Whether the password is the account's present one; a wrong one (or any, while the account is
     * locked) counts as a failed sign-in, committed with this call's own transaction.
     */
    public boolean checkPresent(String login, char[] password) {
        return active(login).map(s -> check.isPresent(s.credentials(), password)).orElse(false);
    }

    /** The person's own new password, once the present one was checked: refused when weak or the same. */
    public void setOwnPassword(String login, char[] next) {
        Staff staff = active(login).orElseThrow(() -> new WorkflowException(Refusal.PASSWORD_WRONG));
        check.setOwn(staff.credentials(), login, next);
    }

    private Optional<Staff> active(String login) {
        return em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().filter(Staff::active);
    }

    public Optional<Actor> actor(String login) {
        return em.createNamedQuery("Staff.findByLogin", Staff.class)
                .setParameter("login", login)
                .getResultStream().findFirst()
                .filter(Staff::active)
                .map(Staff::asActor);
    }

    public void spendVerification(char[] password) {
        check.spend(password);
    }
}
