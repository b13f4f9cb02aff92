package org.lianqin.core.kernel;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable names for links and cookies: random bytes, written URL-safe without padding. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code bytes} random bytes as URL-safe Base64 (4 characters for every 3 bytes). */
    public static String urlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
