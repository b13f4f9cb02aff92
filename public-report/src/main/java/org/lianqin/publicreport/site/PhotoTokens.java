package org.lianqin.publicreport.site;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * Short-lived links to the photos of a resident's own case, for the tracking page that opened it with
 * the access code: the code itself never goes into a URL. A link holds the case, the photo and an expiry,
 * signed with a key each server draws at start (after a restart, a reload of the page makes new links).
 */
@ApplicationScoped
public class PhotoTokens {

    static final long VALID_SECONDS = 3600;

    private final byte[] key = new byte[32];

    public PhotoTokens() {
        new SecureRandom().nextBytes(key);
    }

    public String link(String contextPath, String number, long photoId) {
        long expires = Instant.now().getEpochSecond() + VALID_SECONDS;
        return contextPath + "/photo?n=" + number + "&i=" + photoId + "&e=" + expires + "&t=" + sign(number, photoId, expires);
    }

    public boolean valid(String number, long photoId, long expires, String token) {
        return token != null && expires >= Instant.now().getEpochSecond()
                && MessageDigest.isEqual(sign(number, photoId, expires).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String number, long photoId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((number + "|" + photoId + "|" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
