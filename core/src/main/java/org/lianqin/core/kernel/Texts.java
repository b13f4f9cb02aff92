package org.lianqin.core.kernel;

/** A field of a set-up form as the services keep it: stripped, null when blank, refused (never cut) when too long. */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, or null when blank; longer than {@code max} characters is refused naming the field. */
    public static String optional(String text, int max, Refusal.Label field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new WorkflowException(Refusal.ATTRIBUTE_TOO_LONG, field, max);
        }
        return clean;
    }

    /** As {@link #optional}, and a blank one is refused as missing. */
    public static String required(String text, int max, Refusal.Label field) {
        String clean = optional(text, max, field);
        if (clean == null) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, field);
        }
        return clean;
    }
}
