package org.lianqin.core.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The transactional half of {@link StaffSignIn}, run as the street office of the account. */
@Stateless
@PermitAll
public class StaffAccounts {

    /** Consecutive failed sign-ins that lock an account. */
    public static final int FAILURES_BEFORE_LOCK = 5;

    /** How long a locked account stays locked. */
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    /**
     * A hash of no one's password, verified when the account does not exist so that an unknown account
     * costs the same time as a known one with a wrong password.
     */
    private static final String NOBODY = "PBKDF2WithHmacSHA256:120000:AAAAAAAAAAAAAAAAAAAAAA==:"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    public SignInResult attempt(StaffPrincipal principal, char[] password) {
        Instant now = clock.instant();
        Optional<Staff> found = em.createNamedQuery("Staff.findByLogin", Staff.class)
                .setParameter("login", principal.login())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().active()) {
            spendVerification(password);
            return SignInResult.of(SignInResult.Outcome.INVALID);
        }
        Staff staff = found.get();
        if (staff.lockedAt(now)) {
            return SignInResult.lockedUntil(staff.lockedUntil());
        }
        if (!passwordHash.verify(password, staff.passwordHash())) {
            staff.signInFailed(now, FAILURES_BEFORE_LOCK, LOCK_FOR);
            return staff.lockedAt(now) ? SignInResult.lockedUntil(staff.lockedUntil())
                    : SignInResult.of(SignInResult.Outcome.INVALID);
        }
        staff.signedIn();
        return SignInResult.signedIn(principal, staff.name(), staff.roles(), staff.passwordChangeRequired());
    }

    /**
     * Whether the password is the account's present one; a wrong one (or any, while the account is
     * locked) counts as a failed sign-in, committed with this call's own transaction.
     */
    public boolean checkPresent(String login, char[] password) {
        Instant now = clock.instant();
        Optional<Staff> found = em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().filter(Staff::active);
        if (found.isEmpty()) {
            return false;
        }
        if (found.get().lockedAt(now) || !passwordHash.verify(password, found.get().passwordHash())) {
            found.get().signInFailed(now, FAILURES_BEFORE_LOCK, LOCK_FOR);
            return false;
        }
        return true;
    }

    /** The person's own new password, once the present one was checked: refused when weak or the same. */
    public void setOwnPassword(String login, char[] next) {
        Staff staff = em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(Staff::active).orElseThrow(() -> new WorkflowException(Refusal.PASSWORD_WRONG));
        Passwords.checkNew(login, next);
        if (passwordHash.verify(next, staff.passwordHash())) {
            throw new WorkflowException(Refusal.PASSWORD_SAME);
        }
        staff.changePassword(Passwords.hash(passwordHash, next));
    }

    public Optional<Actor> actor(String login) {
        return em.createNamedQuery("Staff.findByLogin", Staff.class)
                .setParameter("login", login)
                .getResultStream().findFirst()
                .filter(Staff::active)
                .map(Staff::asActor);
    }

    public void spendVerification(char[] password) {
        passwordHash.verify(password == null ? new char[0] : password, NOBODY);
    }
}
