package org.lianqin.core.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A day, week (Monday first), month, quarter or year of the Chinese calendar, named by its first day. Cases
 * belong to the period they were reported in (Beijing date).
 */
public record Period(PeriodKind kind, LocalDate start) {

    public Period {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(start);
        if (!start.equals(startOf(kind, start))) {
            throw new IllegalArgumentException(start + " does not begin a " + kind.en());
        }
    }

    /**
     * A day as a URL or a script gives it (yyyy-MM-dd), within the years the records can hold (2000–2100:
     * far years would run off the calendar's end); nothing for anything else.
     */
    public static java.util.Optional<LocalDate> day(String text) {
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return day.getYear() >= 2000 && day.getYear() <= 2100 ? java.util.Optional.of(day) : java.util.Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** The period of that kind the day lies in. */
    public static Period of(PeriodKind kind, LocalDate day) {
        return new Period(kind, startOf(kind, day));
    }

    private static LocalDate startOf(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day after the period. */
    public LocalDate end() {
        return switch (kind) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** 环比: the period just before. */
    public Period previous() {
        return of(kind, start.minusDays(1));
    }

    /** 同比: the same period a year before (for a week, the week holding the same day a year before). */
    public Period yearBefore() {
        return of(kind, start.minusYears(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    /** "2026年" "2026年第3季度" "2026年5月" "2026年第21周" "2026年5月20日", or their English forms. */
    public String label(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        int y = start.getYear();
        return switch (kind) {
            case YEAR -> en ? String.valueOf(y) : y + "年";
            case QUARTER -> en ? "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + y
                    : y + "年第" + start.get(IsoFields.QUARTER_OF_YEAR) + "季度";
            case MONTH -> en ? start.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + y
                    : y + "年" + start.getMonthValue() + "月";
            case WEEK -> en ? "Week " + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + start.get(IsoFields.WEEK_BASED_YEAR)
                    : start.get(IsoFields.WEEK_BASED_YEAR) + "年第" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
            case DAY -> en ? start.toString() : y + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
        };
    }
}
