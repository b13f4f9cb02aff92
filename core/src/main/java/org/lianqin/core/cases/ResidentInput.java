package org.lianqin.core.cases;

import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The checks of what residents type: within its limit (refused, not cut, when over), plain text (no
 * markup), a contact that is a phone number or an e-mail address, an idempotency key of the agreed shape.
 */
final class ResidentInput {

    static final int MAX_DESCRIPTION = 1000;
    /** Open311 GeoReport v2 allows a description of up to 4,000 characters. */
    static final int MAX_OPEN311_DESCRIPTION = 4000;
    static final int MAX_MEDIA_URL = 2000;
    static final int MAX_ADDRESS = 200;
    static final int MAX_CONTACT = 100;
    static final int MAX_COMMENT = 500;
    static final int MAX_KEY = 64;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,190}\\.[A-Za-z]{2,24}");
    /** The start of an HTML tag, comment or declaration: residents write plain text. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[A-Za-z/!?]");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8," + MAX_KEY + "}");

    private ResidentInput() {
    }

    /** Trimmed text within its limit, or null when blank. */
    static String text(String text, int max, Refusal tooLong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.codePointCount(0, t.length()) > max) {
            throw new WorkflowException(tooLong, max);
        }
        plain(t);
        return t;
    }

    static String address(String address) {
        if (address != null && address.length() > MAX_ADDRESS) {
            throw new WorkflowException(Refusal.ADDRESS_TOO_LONG, MAX_ADDRESS);
        }
        if (address != null) {
            plain(address);
        }
        return address;
    }

    static String contact(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String c = contact.strip();
        if (c.length() > MAX_CONTACT || !(PHONE.matcher(c).matches() || EMAIL.matcher(c).matches())) {
            throw new WorkflowException(Refusal.CONTACT_INVALID);
        }
        return c;
    }

    /** The key, or null when none was given. */
    static String idempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new WorkflowException(Refusal.IDEMPOTENCY_KEY);
        }
        return key;
    }

    /** An http(s) address of a photo, or null when none was given. */
    static String mediaUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            if (u.length() > MAX_MEDIA_URL || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new WorkflowException(Refusal.MEDIA_URL);
            }
        } catch (URISyntaxException e) {
            throw new WorkflowException(Refusal.MEDIA_URL);
        }
        return u;
    }

    private static void plain(String text) {
        if (MARKUP.matcher(text).find()) {
            throw new WorkflowException(Refusal.MARKUP);
        }
    }
}
