package org.lianqin.core.cases;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessCodesTest {

    @Test
    void codesAreTwelveCharactersWithoutLookAlikes() {
        for (int i = 0; i < 200; i++) {
            String code = AccessCodes.generate();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{12}"), code);
        }
    }

    @Test
    void aCodeMatchesItsSaltedHashAsTypedInAnyCaseOrGrouping() {
        String code = AccessCodes.generate();
        String stored = AccessCodes.hash(code);
        assertTrue(stored.startsWith("sha256:"), stored);
        assertFalse(stored.contains(code));
        assertNotEquals(stored, AccessCodes.hash(code), "each hash has a salt of its own");
        assertTrue(AccessCodes.matches(code, stored));
        String grouped = code.substring(0, 4) + "-" + code.substring(4, 8) + " " + code.substring(8).toLowerCase();
        assertTrue(AccessCodes.matches(grouped, stored));
        assertFalse(AccessCodes.matches(code.substring(1) + "2", stored));
        assertFalse(AccessCodes.matches("", stored));
        assertFalse(AccessCodes.matches(code, null));
    }

    @Test
    void aStoredValueThisClassDidNotWriteOpensNothing() {
        for (String stored : new String[] {"", "sha256:", "sha256:%%%:abc", "pbkdf2-sha256:x:y", "plain"}) {
            assertFalse(AccessCodes.matches("K7M2Q9XRK7M2", stored), stored);
        }
    }

    @Test
    void codesHandedOutBeforeWithPbkdf2StillWork() throws Exception {
        byte[] salt = new byte[16];
        salt[3] = 7;
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("K7M2Q9XR".toCharArray(), salt, 10_000, 256)).getEncoded();
        String legacy = "pbkdf2-sha256:10000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derived);
        assertTrue(AccessCodes.matches("k7m2-q9xr", legacy));
        assertFalse(AccessCodes.matches("K7M2Q9XS", legacy));
    }
}
