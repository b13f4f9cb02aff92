package org.lianqin.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national calendar every new street office starts from: the 2026 notice, as days that make sense. */
class NationalHolidaysTest {

    private final List<CalendarDay> days = NationalHolidays.newCopy();

    private final WorkCalendar calendar = new WorkCalendar(
            days.stream().collect(Collectors.toMap(CalendarDay::day, CalendarDay::working)));

    @Test
    void eachDayOnceAndEveryMadeUpWorkingDayIsAWeekend() {
        assertEquals(days.size(), new HashSet<>(days.stream().map(CalendarDay::day).toList()).size());
        days.stream().filter(CalendarDay::working).forEach(d -> assertTrue(
                d.day().getDayOfWeek() == DayOfWeek.SATURDAY || d.day().getDayOfWeek() == DayOfWeek.SUNDAY,
                d.day() + " is made a working day, so it must be a weekend day"));
        assertEquals(6, days.stream().filter(CalendarDay::working).count(), "2026: Jan 4, Feb 14, Feb 28, May 9, Sep 20, Oct 10");
    }

    @Test
    void springFestival2026() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)), "Saturday before the festival is worked");
        for (int d = 15; d <= 23; d++) {
            assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, d)), "Feb " + d);
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 24)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 28)), "Saturday after the festival is worked");
        assertEquals("春节", days.stream().filter(d -> d.day().equals(LocalDate.of(2026, 2, 17))).findFirst()
                .orElseThrow().note());
    }

    @Test
    void aDeadlineRunsAcrossNationalDay() {
        // 8 working hours from Wednesday 30 Sep 2026, 16:30: 1 h that day, then nothing until Thursday 8 Oct
        var start = LocalDateTime.of(2026, 9, 30, 16, 30).atZone(WorkCalendar.CHINA).toInstant();
        var due = calendar.plusWorkingHours(start, 8);
        assertEquals(LocalDateTime.of(2026, 10, 8, 16, 30).atZone(WorkCalendar.CHINA).toInstant(), due);
    }
}
