package org.lianqin.core.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;

/**
 * How staff passwords are kept and what a new one must be. Kept as PBKDF2-HMAC-SHA256 with 120,000
 * iterations (OWASP's figure for it), 16 bytes of salt, in Jakarta Security's format. A password someone
 * chooses has at least {@value #MIN_LENGTH} characters, is not the account's name and not its old one
 * (ASVS 2.1.1 and 2.1.9: length, not composition rules).
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** What one-time passwords are made of: no 0/O, 1/l/I, easy to read out over the telephone. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int ONE_TIME_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A new one-time password: shown once to whoever gives it, kept only as its hash. */
    public static String oneTime() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    /** The hash to keep for the password. */
    public static String hash(Pbkdf2PasswordHash hasher, char[] password) {
        hasher.initialize(PARAMETERS);
        return hasher.generate(password);
    }

    /** Refuses a new password that is too short or too long, or that contains the account's login. */
    static void checkNew(String login, char[] password) {
        String typed = new String(password);
        if (typed.codePointCount(0, typed.length()) < MIN_LENGTH || typed.length() > MAX_LENGTH) {
            throw new WorkflowException(Refusal.PASSWORD_WEAK, MIN_LENGTH);
        }
        if (typed.chars().distinct().count() < 4
                || typed.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            throw new WorkflowException(Refusal.PASSWORD_WEAK, MIN_LENGTH);
        }
    }
}
