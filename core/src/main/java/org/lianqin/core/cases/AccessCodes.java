package org.lianqin.core.cases;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The resident's private access code to a case: 12 characters from an alphabet without look-alikes
 * (31^12, about 59 bits), stored only as a salted SHA-256 hash and compared in constant time.
 *
 * <p>A code is only ever checked online, and attempts are limited per client (the web tier's rate limit,
 * 30 in ten minutes); it is drawn at random, never chosen by a person. So it needs no slow hash: a slow
 * hash protects guessable secrets (passwords) against someone holding a copy of the database, and a
 * random 59-bit code is not guessable from its salted hash either (2^58 hashes on average per code). The
 * fast hash keeps a submission and a tracking request from paying 10,000 PBKDF2 rounds each, which capped
 * both at about 200 per second on two cores. Codes handed out before (8 characters, PBKDF2 with 10,000
 * iterations) are still recognised by their stored prefix. A case is never locked, or anybody could lock
 * its reporter out.
 */
public final class AccessCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final String SHA256 = "sha256:";
    private static final String LEGACY_PBKDF2 = "pbkdf2-sha256:";
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
        return SHA256 + b64(salt) + ":" + b64(sha256(salt, normalise(code)));
    }

    static boolean matches(String typed, String stored) {
        String code = normalise(typed);
        if (stored == null) {
            sha256(new byte[16], code);   // the same work whether or not there is a code
            return false;
        }
        String[] f = stored.split(":");
        try {
            if (stored.startsWith(LEGACY_PBKDF2) && f.length == 4) {
                return MessageDigest.isEqual(Base64.getDecoder().decode(f[3]),
                        pbkdf2(code, Base64.getDecoder().decode(f[2]), Integer.parseInt(f[1])));
            }
            if (stored.startsWith(SHA256) && f.length == 3) {
                return MessageDigest.isEqual(Base64.getDecoder().decode(f[2]), sha256(Base64.getDecoder().decode(f[1]), code));
            }
        } catch (IllegalArgumentException e) {
            // not a hash this class wrote: opens nothing
        }
        return false;
    }

    private static byte[] sha256(byte[] salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pbkdf2(String code, byte[] salt, int iterations) {
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
