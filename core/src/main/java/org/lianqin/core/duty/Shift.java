package org.lianqin.core.duty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The two halves of a 24-hour duty day: 08:00–20:00 and 20:00–08:00 the next morning (Beijing time). */
public enum Shift {
    DAY, NIGHT;

    static final LocalTime CHANGE_OVER_MORNING = LocalTime.of(8, 0);
    static final LocalTime CHANGE_OVER_EVENING = LocalTime.of(20, 0);

    /** The duty day a moment belongs to: before 08:00 it is still the night of the day before. */
    static LocalDate dayOf(LocalDateTime at) {
        return at.toLocalTime().isBefore(CHANGE_OVER_MORNING) ? at.toLocalDate().minusDays(1) : at.toLocalDate();
    }

    static Shift at(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        return !time.isBefore(CHANGE_OVER_MORNING) && time.isBefore(CHANGE_OVER_EVENING) ? DAY : NIGHT;
    }
}
