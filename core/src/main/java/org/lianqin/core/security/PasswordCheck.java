package org.lianqin.core.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.lianqin.core.kernel.Credentials;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks a typed password against an account's {@link Credentials} — staff and district admins alike:
 * counts failures, locks the account for a while after {@value #FAILURES_BEFORE_LOCK} in a row, and
 * spends the same time on an unknown account as on a known one.
 */
@Dependent
public class PasswordCheck {

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

    public enum Verdict { RIGHT, WRONG, LOCKED }

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    /** A sign-in attempt: a locked account is not checked; a wrong password counts, a right one clears the count. */
    public Verdict attempt(Credentials account, char[] password) {
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            return Verdict.LOCKED;
        }
        if (!passwordHash.verify(password, account.passwordHash())) {
            account.signInFailed(now, FAILURES_BEFORE_LOCK, LOCK_FOR);
            return account.lockedAt(now) ? Verdict.LOCKED : Verdict.WRONG;
        }
        account.signedIn();
        return Verdict.RIGHT;
    }

    /** Whether the password is the account's present one; a wrong one (or any, while locked) counts as a failure. */
    public boolean isPresent(Credentials account, char[] password) {
        Instant now = clock.instant();
        if (account.lockedAt(now) || !passwordHash.verify(password, account.passwordHash())) {
            account.signInFailed(now, FAILURES_BEFORE_LOCK, LOCK_FOR);
            return false;
        }
        return true;
    }

    /** The person's own new password, once the present one was checked: refused when weak or the same. */
    public void setOwn(Credentials account, String login, char[] next) {
        Passwords.checkNew(login, next);
        if (passwordHash.verify(next, account.passwordHash())) {
            throw new WorkflowException(Refusal.PASSWORD_SAME);
        }
        account.changePassword(hash(next));
    }

    /** The hash to keep for a password. */
    public String hash(char[] password) {
        return Passwords.hash(passwordHash, password);
    }

    /** Spends the time of a verification on no account. */
    public void spend(char[] password) {
        passwordHash.verify(password == null ? new char[0] : password, NOBODY);
    }

    public Instant now() {
        return clock.instant();
    }
}
