package org.lianqin.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The national public holidays and 调休 working days ({@code calendar/national-holidays.csv}, from the
 * State Council's yearly notice) as fresh, unsaved calendar days: each new street office starts its
 * work calendar from a copy, which its admin then adjusts (Calendars.mark). Add a year to the file when
 * the notice for it comes out.
 */
public final class NationalHolidays {

    private static final String RESOURCE = "/calendar/national-holidays.csv";

    private NationalHolidays() {
    }

    public static List<CalendarDay> newCopy() {
        InputStream in = NationalHolidays.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The national holidays " + RESOURCE + " are missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<CalendarDay> days = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    days.add(parse(line));
                }
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CalendarDay parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 3 || !(f[1].equals("true") || f[1].equals("false"))) {
            throw new IllegalStateException("Bad holiday line: " + line);
        }
        try {
            return new CalendarDay(LocalDate.parse(f[0]), Boolean.parseBoolean(f[1]), f[2]);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Bad holiday line: " + line, e);
        }
    }
}
