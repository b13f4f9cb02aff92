package org.lianqin.core.cases;

import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of what residents type: within its limit (refused, not cut, when over), characters a person
 * can type (no control characters, no lone surrogates, no U+FFFD left by a broken encoding, not only
 * invisible characters), no HTML tags (a lone {@code <} or {@code >} is
 * plain text: every output escapes), a contact that is a phone number or an e-mail address, an
 * idempotency key of the agreed shape.
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
    static final int MIN_KEY = 16;

    /**
     * The start of an HTML tag as a browser reads one — {@code <} and a tag name ended by a space, a
     * slash or {@code >}, closed or not — a closing tag, a comment, a declaration or a processing
     * instruction; not a comparison such as {@code a < b 且 c > d} or {@code x<y}.
     */
    private static final Pattern MARKUP = Pattern.compile(
            "<[A-Za-z][A-Za-z0-9:-]*(?=[\\s/>])|</[A-Za-z]|<!--|<![A-Za-z\\[]|<\\?[A-Za-z]");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{" + MIN_KEY + "," + MAX_KEY + "}");

    private ResidentInput() {
    }

    /** Trimmed text within its limit, or null when blank; text of invisible characters only is refused. */
    static String text(String text, int max, Refusal tooLong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.codePointCount(0, t.length()) > max) {
            throw new WorkflowException(tooLong, max);
        }
        typeable(t);
        if (invisible(t)) {
            throw new WorkflowException(Refusal.TEXT_CHARACTERS);
        }
        plain(t);
        return t;
    }

    static String address(String address) {
        return text(address, MAX_ADDRESS, Refusal.ADDRESS_TOO_LONG);
    }

    /** Nothing anybody could read: only white space and invisible format characters (zero-width spaces). */
    static boolean invisible(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT);
    }

    /**
     * Refuses what no keyboard types: control characters other than line breaks and tabs (NUL among
     * them), lone surrogates, U+FFFD (what a broken encoding turned into), non-characters, byte-order marks
     * and the bidi overrides that make text read differently from how it is stored.
     */
    static void typeable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t';
            boolean bidiOverride = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
            boolean byteOrderMark = cp == 0xFEFF;
            boolean nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
            if (control || cp <= 0xFFFF && Character.isSurrogate((char) cp) || cp == 0xFFFD || nonCharacter
                    || bidiOverride || byteOrderMark) {
                throw new WorkflowException(Refusal.TEXT_CHARACTERS);
            }
        }
    }

    static String contact(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String c = contact.strip();
        typeable(c);
        if (c.length() > MAX_CONTACT || !(PHONE.matcher(c).matches() || EMAIL.matcher(c).matches())) {
            throw new WorkflowException(Refusal.CONTACT_INVALID);
        }
        return c;
    }

    /** Answers to a category's questions are typed text too (their shapes are Questions' to check). */
    static void answers(Map<String, String> answers) {
        if (answers != null) {
            answers.forEach((k, v) -> {
                typeable(String.valueOf(k));
                if (v != null) {
                    typeable(v);
                    plain(v);
                }
            });
        }
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
