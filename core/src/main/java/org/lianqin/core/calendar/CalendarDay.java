package org.lianqin.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.LocalDate;

/**
 * A day that departs from the Monday-to-Friday rule in a street office's calendar: a public holiday
 * (not working) or a weekend day made a working day (调休). Edited per year by the street office.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.findBetween",
        query = "SELECT d FROM CalendarDay d WHERE d.day BETWEEN :from AND :to ORDER BY d.day")
public class CalendarDay extends TenantScoped {

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private boolean working;

    @Column(length = 64)
    private String note;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, boolean working, String note) {
        this.day = day;
        this.working = working;
        this.note = note;
    }

    public LocalDate day() {
        return day;
    }

    public boolean working() {
        return working;
    }

    public String note() {
        return note;
    }
}
