package org.lianqin.portal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseSummary;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The cells the portal's case lists share: a time in Beijing time, a deadline marked when overdue. */
final class Cells {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private Cells() {
    }

    /** A time as lists show it, month-day hour:minute in Beijing time; empty for none. */
    static String time(Instant at) {
        return at == null ? "" : SHORT.format(at.atZone(WorkCalendar.CHINA));
    }

    /** The case's deadline, as a red badge with the overdue word when it has passed. */
    static Component deadline(CaseSummary c, String overdueWord) {
        Span when = new Span(time(c.handleDeadline()));
        if (c.overdue()) {
            when.setText(when.getText() + " " + overdueWord);
            when.getElement().getThemeList().add("badge error");
        }
        return when;
    }
}
