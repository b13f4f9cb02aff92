package org.lianqin.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time limits on the 2025 calendar: National Day and Mid-Autumn (Oct 1–8 off, Sep 28 and Oct 11 worked). */
class WorkCalendarTest {

    private static final Map<LocalDate, Boolean> NATIONAL_DAY_2025 = new HashMap<>();

    static {
        for (int d = 1; d <= 8; d++) {
            NATIONAL_DAY_2025.put(LocalDate.of(2025, 10, d), false);
        }
        NATIONAL_DAY_2025.put(LocalDate.of(2025, 9, 28), true);   // Sunday, 调休
        NATIONAL_DAY_2025.put(LocalDate.of(2025, 10, 11), true);  // Saturday, 调休
    }

    private final WorkCalendar calendar = new WorkCalendar(NATIONAL_DAY_2025);

    private static Instant beijing(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute).atZone(WorkCalendar.CHINA).toInstant();
    }

    @Test
    void weekendsHolidaysAndMadeUpWorkingDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 26)));   // Friday
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 9, 27)));  // Saturday
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)));   // Sunday made a working day
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 6)));  // Monday, holiday
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)));  // Saturday made a working day
    }

    @Test
    void withinOneMorning() {
        assertEquals(beijing(9, 26, 11, 0), calendar.plusWorkingHours(beijing(9, 26, 9, 0), 2));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertEquals(beijing(9, 26, 14, 0), calendar.plusWorkingHours(beijing(9, 26, 11, 0), 2));
    }

    @Test
    void aReportAtNightStartsCountingNextMorning() {
        assertEquals(beijing(9, 26, 10, 30), calendar.plusWorkingHours(beijing(9, 25, 22, 0), 2));
    }

    @Test
    void acrossAWeekendToTheMadeUpSunday() {
        // Friday 16:30 + 8 h: 1 h on Friday, then Sunday 28 September (调休) 08:30 + 7 h = 16:30.
        assertEquals(beijing(9, 28, 16, 30), calendar.plusWorkingHours(beijing(9, 26, 16, 30), 8));
    }

    @Test
    void acrossTheNationalDayHolidayToTheMadeUpSaturday() {
        // Tuesday 30 September 17:00 + 1 h: half an hour that day, then Thursday 9 October 08:30 + 0.5 h.
        assertEquals(beijing(10, 9, 9, 0), calendar.plusWorkingHours(beijing(9, 30, 17, 0), 1));
        // Friday 10 October 17:00 + 2 h: half an hour, then Saturday 11 October (调休) 08:30 + 1.5 h.
        assertEquals(beijing(10, 11, 10, 0), calendar.plusWorkingHours(beijing(10, 10, 17, 0), 2));
    }

    @Test
    void aLimitEndingExactlyAtTheEndOfADayEndsThere() {
        assertEquals(beijing(9, 26, 17, 30), calendar.plusWorkingHours(beijing(9, 26, 8, 30), 8));
    }

    @Test
    void negativeTimeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> calendar.plusWorkingTime(beijing(9, 26, 9, 0), java.time.Duration.ofHours(-1)));
    }
    @Test
    void workingMinutesSkipTheLunchBreakNightsAndHolidays() {
        assertEquals(0, calendar.workingMinutes(beijing(9, 26, 12, 10), beijing(9, 26, 12, 50)), "lunch");
        assertEquals(30 + 60, calendar.workingMinutes(beijing(9, 26, 11, 30), beijing(9, 26, 14, 0)));
        // Friday 17:00 to the made-up Sunday 09:00: half an hour on Friday, half an hour on Sunday
        assertEquals(60, calendar.workingMinutes(beijing(9, 26, 17, 0), beijing(9, 28, 9, 0)));
        // Tuesday Sep 30 16:30 over the whole holiday to Thursday Oct 9 09:30: 60 + 60 minutes
        assertEquals(120, calendar.workingMinutes(beijing(9, 30, 16, 30), beijing(10, 9, 9, 30)));
        assertEquals(0, calendar.workingMinutes(beijing(10, 2, 9, 0), beijing(10, 7, 17, 0)), "all holiday");
        assertEquals(0, calendar.workingMinutes(beijing(9, 26, 14, 0), beijing(9, 26, 11, 0)), "backwards");
        Instant start = beijing(9, 29, 10, 15);
        assertEquals(8 * 60 * 3, calendar.workingMinutes(start, calendar.plusWorkingHours(start, 24)),
                "the inverse of plusWorkingTime");
    }
}
