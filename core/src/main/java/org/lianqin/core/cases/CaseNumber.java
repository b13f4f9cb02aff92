package org.lianqin.core.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's number, {@code FENGLIN-2026-000123}: the street office's code in capitals, the year the case
 * was reported (Beijing time) and its place in that office's year, six digits or more. The only class
 * that knows the format: everything that reads or writes a number goes through {@link #parse} and
 * {@link #toString}. Parsing forgives what people type (case, spaces, missing leading zeros).
 */
public record CaseNumber(String office, int year, long sequence) {

    /** The most characters a typed number can sensibly have; longer input is no number. */
    public static final int MAX_LENGTH = 48;

    private static final Pattern NUMBER = Pattern.compile("(?i)([a-z0-9][a-z0-9-]{0,31})-(\\d{4})-(\\d{1,9})");

    /** The start of a number as someone searching types it: {@code FENGLIN-2026}, {@code FENGLIN-2026-00}. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9-]*-\\d{4}(-\\d*)?");

    public CaseNumber {
        office = office.toLowerCase(Locale.ROOT);
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("Not a case number: " + office + " " + year + " " + sequence);
        }
    }

    /** The number of a case, if the text has the shape of one. */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(3)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
    }

    /** True when the text is the start of a number, as a search box would be given one. */
    public static boolean isPrefix(String text) {
        return text != null && PREFIX.matcher(text.strip()).matches();
    }

    /** A searched-for start of a number in the stored spelling (capitals). */
    public static String prefix(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%d-%06d", office.toUpperCase(Locale.ROOT), year, sequence);
    }
}
