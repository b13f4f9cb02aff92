package org.lianqin.core.cases;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The resident's private access code to a case: 8 characters from an alphabet without look-alikes
 * (about 40 bits), stored only as a salted PBKDF2 hash and compared in constant time. Attempts are
 * limited per client (the web tier's rate limit, 30 in ten minutes), which is what makes 40 bits enough;
 * a case is never locked, or anybody could lock its reporter out.
 */
public final class AccessCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final int ITERATIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a resident typed, made comparable: upper case, no spaces or dashes. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256:" + ITERATIONS + ":" + b64(salt) + ":" + b64(derive(code, salt, ITERATIONS));
    }

    static boolean matches(String typed, String stored) {
        if (stored == null) {
            derive(normalise(typed), new byte[16], ITERATIONS);   // the same work whether or not there is a code
            return false;
        }
        String[] f = stored.split(":");
        byte[] expected = Base64.getDecoder().decode(f[3]);
        byte[] actual = derive(normalise(typed), Base64.getDecoder().decode(f[2]), Integer.parseInt(f[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(code.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
