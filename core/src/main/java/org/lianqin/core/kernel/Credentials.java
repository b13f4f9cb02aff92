package org.lianqin.core.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;

/**
 * What an account keeps to sign in — a member of staff's and a district admin's alike: the password's
 * PBKDF2 hash, the failed attempts in a row and the lock they set, and whether the password is a
 * one-time one.
 */
@Embeddable
public class Credentials {

    /** A PBKDF2 hash in Jakarta Security's format; never the password. */
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The password is a one-time one (new account, or reset by an admin): it must be changed at sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    protected Credentials() {
    }

    public Credentials(String passwordHash, boolean oneTime) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = oneTime;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** Locked against sign-in at this instant, after too many failed attempts. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** One more failed sign-in; the {@code limit}-th in a row locks the account for {@code lockFor}. */
    public void signInFailed(Instant now, int limit, Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= limit) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    public void signedIn() {
        unlock();
    }

    /** Lifts a lock after too many failed sign-ins. */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** A one-time password (new, or reset by an admin), to be replaced at the next sign-in. */
    public void oneTimePassword(String hash) {
        passwordHash = hash;
        passwordChangeRequired = true;
        unlock();
    }

    /** The person's own new password. */
    public void changePassword(String hash) {
        passwordHash = hash;
        passwordChangeRequired = false;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }
}
