package org.lianqin.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A street office's working time, in which time limits are counted: Monday to Friday, 08:30–12:00 and
 * 13:00–17:30 Beijing time, except the days the calendar marks otherwise — public holidays (not
 * working) and the weekend days made working days to make up for them (调休, working).
 */
public final class WorkCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The working periods of a working day. */
    private static final List<LocalTime[]> PERIODS = List.of(
            new LocalTime[] {LocalTime.of(8, 30), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(17, 30)});

    /** Far enough for any time limit; a calendar with no working day in a year is a mistake. */
    private static final int MAX_DAYS = 366;

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions days whose working status differs from the Monday-to-Friday rule */
    public WorkCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        return exception != null ? exception : isWeekday(day);
    }

    /** Monday to Friday: a working day unless the calendar says otherwise. */
    public static boolean isWeekday(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The instant at which the given working time, counted from {@code start}, has passed. */
    public Instant plusWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time cannot be negative");
        }
        Duration left = workingTime;
        ZonedDateTime now = start.atZone(CHINA);
        LocalDate day = now.toLocalDate();
        for (int i = 0; i <= MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (LocalTime[] period : PERIODS) {
                ZonedDateTime from = day.atTime(period[0]).atZone(CHINA);
                ZonedDateTime to = day.atTime(period[1]).atZone(CHINA);
                if (!to.isAfter(now)) {
                    continue;
                }
                ZonedDateTime begin = from.isAfter(now) ? from : now;
                Duration available = Duration.between(begin, to);
                if (available.compareTo(left) >= 0) {
                    return begin.plus(left).toInstant();
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No working time within a year of " + start);
    }

    /**
     * The working minutes between two instants (0 when {@code to} is not after {@code from}): what the
     * measures count the time to register, dispatch, handle and close in.
     */
    public long workingMinutes(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZonedDateTime start = from.atZone(CHINA);
        ZonedDateTime end = to.atZone(CHINA);
        long seconds = 0;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (LocalTime[] period : PERIODS) {
                ZonedDateTime a = day.atTime(period[0]).atZone(CHINA);
                ZonedDateTime b = day.atTime(period[1]).atZone(CHINA);
                ZonedDateTime begin = a.isAfter(start) ? a : start;
                ZonedDateTime finish = b.isBefore(end) ? b : end;
                if (finish.isAfter(begin)) {
                    seconds += Duration.between(begin, finish).getSeconds();
                }
            }
        }
        return seconds / 60;
    }

    /** {@link #plusWorkingTime} in whole hours, as categories state their limits. */
    public Instant plusWorkingHours(Instant start, int hours) {
        return plusWorkingTime(start, Duration.ofHours(hours));
    }
}
