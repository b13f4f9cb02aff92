package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.Calendars;
import org.lianqin.core.calendar.Calendars.DayView;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 工作日历: the street office's year as twelve months, holidays and 调休 working days marked (the national
 * ones arrive with the office; its own changes are marked as such). Time limits count on this calendar.
 * The admin marks a day by clicking it; dispatchers and leaders read.
 */
@Route(value = "calendar", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.LEADER})
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private enum Kind { RULE, HOLIDAY, WORKING }

    private final Calendars calendars;
    private final StaffSignIn signIn;
    private final boolean admin;
    private final Select<Integer> year = new Select<>();
    private final Paragraph national = new Paragraph();
    private final Div months = new Div();
    private final FormMessage message = new FormMessage("calendar-message");
    private final DatePicker day = new DatePicker();
    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final TextField note = new TextField();

    @Inject
    public CalendarView(Calendars calendars, StaffSignIn signIn) {
        this.calendars = calendars;
        this.signIn = signIn;
        this.admin = signIn.caller().has(Role.TENANT_ADMIN);
        setMaxWidth("100em");

        int thisYear = LocalDate.now(WorkCalendar.CHINA).getYear();
        year.setId("calendar-year");
        year.setLabel(getTranslation("period.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 1).boxed().toList());
        year.setItemLabelGenerator(y -> getTranslation("period.yearLabel", String.valueOf(y)));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("calendar.title")), year);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        months.setId("calendar-months");
        months.addClassName("cal-year");
        Div legend = new Div(Legend.entry("cal-holiday", null, getTranslation("calendar.holiday")), Legend.entry("cal-working", null, getTranslation("calendar.working")),
                Legend.entry("cal-weekend", null, getTranslation("calendar.weekend")), Legend.entry("cal-local", null, getTranslation("calendar.local")));
        legend.addClassName("grid-legend");
        add(header, new Paragraph(getTranslation("calendar.hint")), national, message);
        if (admin) {
            add(form());
        }
        add(legend, months);
        refresh();
    }

    private Component form() {
        day.setId("calendar-day");
        day.setLabel(getTranslation("calendar.day"));
        day.setLocale(getLocale());
        kind.setId("calendar-kind");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k.name()));
        kind.setValue(Kind.HOLIDAY);
        note.setId("calendar-note");
        note.setLabel(getTranslation("calendar.note"));
        note.setPlaceholder(getTranslation("calendar.notePlaceholder"));
        note.setMaxLength(64);
        Button save = new Button(getTranslation("staff.save"), e -> attempt(() -> {
            LocalDate d = day.getValue();
            boolean working = switch (kind.getValue() == null ? Kind.RULE : kind.getValue()) {
                case RULE -> d != null && WorkCalendar.isWeekday(d);
                case HOLIDAY -> false;
                case WORKING -> true;
            };
            SignedIn.inOffice(() -> calendars.mark(d, working, note.getValue(), signIn.caller()));
        }));
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("calendar.reset"), e -> attempt(() ->
                SignedIn.inOffice(() -> calendars.resetToNational(year.getValue(), signIn.caller()))));
        reset.setId("calendar-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(day, kind, note, save, reset);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("calendar.mark")), row);
        part.setPadding(false);
        return part;
    }

    private void attempt(Runnable work) {
        try {
            work.run();
            message.setVisible(false);
            refresh();
            Saved.show();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }

    private void refresh() {
        int shown = year.getValue();
        Map<LocalDate, DayView> marked = SignedIn.inOffice(() -> calendars.year(shown)).stream()
                .collect(Collectors.toMap(DayView::day, Function.identity()));
        national.setText(getTranslation(SignedIn.inOffice(() -> calendars.hasNational(shown)) ? "calendar.national" : "calendar.noNational",
                String.valueOf(shown)));
        months.removeAll();
        LocalDate today = LocalDate.now(WorkCalendar.CHINA);
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(shown, m), marked, today));
        }
    }

    private Component month(YearMonth month, Map<LocalDate, DayView> marked, LocalDate today) {
        Div box = new Div();
        box.addClassName("cal-month");
        Div title = new Div(getTranslation("period.month", month.getMonthValue()));
        title.addClassName("cal-title");
        Div days = new Div();
        days.addClassName("cal-days");
        for (DayOfWeek w : DayOfWeek.values()) {
            Span head = new Span(getTranslation("calendar.weekday." + w.getValue()));
            head.addClassName("cal-head");
            days.add(head);
        }
        for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
            days.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            DayView mark = marked.get(date);
            Span cell = new Span(String.valueOf(d));
            cell.addClassName("cal-day");
            cell.getElement().setAttribute("data-day", date.toString());
            boolean usual = mark == null || mark.working() == WorkCalendar.isWeekday(date);
            if (!usual) {
                cell.addClassName(mark.working() ? "cal-working" : "cal-holiday");
            } else if (!WorkCalendar.isWeekday(date)) {
                cell.addClassName("cal-weekend");
            }
            if (mark != null && !mark.national()) {
                cell.addClassName("cal-local");
            }
            if (mark != null) {
                String kindWords = getTranslation(usual ? "calendar.usual" : mark.working() ? "calendar.working" : "calendar.holiday");
                cell.getElement().setAttribute("title", mark.note() == null ? kindWords : getTranslation("calendar.dayTitle", kindWords, mark.note()));
            }
            if (date.equals(today)) {
                cell.addClassName("cal-today");
            }
            if (admin) {
                cell.addClassName("cal-pick");
                cell.addClickListener(e -> {
                    day.setValue(date);
                    kind.setValue(mark == null || mark.working() == WorkCalendar.isWeekday(date)
                            ? (WorkCalendar.isWeekday(date) ? Kind.HOLIDAY : Kind.WORKING) : Kind.RULE);
                    note.setValue(mark == null || mark.note() == null ? "" : mark.note());
                });
            }
            days.add(cell);
        }
        box.add(title, days);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.title");
    }
}
