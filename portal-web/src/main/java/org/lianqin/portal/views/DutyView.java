package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.duty.Duty;
import org.lianqin.core.duty.DutyLevel;
import org.lianqin.core.duty.Post;
import org.lianqin.core.duty.Shift;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.SquadView;
import org.lianqin.core.organisation.OrganisationViews.StaffView;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * 勤务与值班: the duty level in force, raised and lowered by the command centre (with a reason), and how much
 * of the handling limits each level allows (the admin's); the week's 24-hour rota of the command centre's
 * dispatchers and the patrolling squads (kept by the admin, read by everyone on duty).
 */
@Route(value = "duty", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.LEADER, Roles.INSPECTOR})
public class DutyView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private record Day(LocalDate date, List<Duty.ShiftView> posts) {
        Duty.ShiftView post(Shift shift, Post post) {
            return posts.stream().filter(s -> s.shift() == shift && s.post() == post).findFirst().orElseThrow();
        }
    }

    private final Duty duty;
    private final StaffSignIn signIn;
    private final boolean admin;
    private final boolean mayChangeLevel;
    private final List<StaffView> dispatchers;
    private final List<SquadView> squads;
    private final Div current = new Div();
    private final RadioButtonGroup<DutyLevel> level = new RadioButtonGroup<>();
    private final TextField reason = new TextField();
    private final FormMessage message = new FormMessage("duty-message");
    private final Map<DutyLevel, IntegerField> percents = new java.util.EnumMap<>(DutyLevel.class);
    private final Span weekLabel = new Span();
    private final Grid<Day> rota = new Grid<>();
    private LocalDate monday = LocalDate.now(WorkCalendar.CHINA).with(DayOfWeek.MONDAY);

    @Inject
    public DutyView(Duty duty, Organisation organisation, StaffSignIn signIn) {
        this.duty = duty;
        this.signIn = signIn;
        Actor me = signIn.caller();
        this.admin = me.has(Role.TENANT_ADMIN);
        this.mayChangeLevel = admin || me.has(Role.DISPATCHER) || me.has(Role.LEADER);
        this.dispatchers = SignedIn.inOffice(organisation::staff).stream()
                .filter(s -> s.active() && s.roles().contains(Role.DISPATCHER)).toList();
        this.squads = SignedIn.inOffice(organisation::squads);
        setMaxWidth("90em");

        add(new H2(getTranslation("duty.title")), current, message);
        if (mayChangeLevel) {
            add(levelForm());
        }
        if (admin) {
            add(percentForm());
        }
        add(rotaPart());
        refresh();
    }

    private Component levelForm() {
        level.setId("duty-level");
        level.setLabel(getTranslation("duty.level"));
        level.setItems(DutyLevel.values());
        level.setItemLabelGenerator(l -> l.label().in(getLocale()));
        reason.setId("duty-reason");
        reason.setLabel(getTranslation("duty.reason"));
        reason.setPlaceholder(getTranslation("duty.reasonPlaceholder"));
        reason.setMaxLength(200);
        reason.setWidth("28em");
        Button change = new Button(getTranslation("duty.change"), e -> attempt(() -> {
            SignedIn.inOffice(() -> duty.changeLevel(level.getValue(), reason.getValue(), signIn.caller()));
            reason.clear();
        }));
        change.setId("duty-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(level, reason, change);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("duty.levelTitle")), new Paragraph(getTranslation("duty.levelHint")), row);
        part.setPadding(false);
        return part;
    }

    private Component percentForm() {
        HorizontalLayout fields = new HorizontalLayout();
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        for (DutyLevel l : DutyLevel.values()) {
            IntegerField field = new IntegerField(l.label().in(getLocale()));
            field.setId("duty-percent-" + l.name());
            field.setMin(Duty.LEAST_PERCENT);
            field.setMax(100);
            field.setSuffixComponent(new Span("%"));
            field.setWidth("10em");
            percents.put(l, field);
            fields.add(field);
        }
        Button save = new Button(getTranslation("staff.save"), e -> attempt(() -> {
            Map<DutyLevel, Integer> wanted = new java.util.EnumMap<>(DutyLevel.class);
            percents.forEach((l, field) -> wanted.put(l, field.getValue()));
            SignedIn.inOffice(() -> duty.setPercents(wanted, signIn.caller()));
        }));
        save.setId("duty-percent-save");
        fields.add(save);
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("duty.percentTitle")), new Paragraph(getTranslation("duty.percentHint", Duty.LEAST_PERCENT)), fields);
        part.setPadding(false);
        return part;
    }

    private Component rotaPart() {
        Button previous = new Button(getTranslation("duty.previousWeek"), e -> {
            monday = monday.minusWeeks(1);
            showRota();
        });
        previous.setId("duty-previous");
        Button thisWeek = new Button(getTranslation("duty.thisWeek"), e -> {
            monday = LocalDate.now(WorkCalendar.CHINA).with(DayOfWeek.MONDAY);
            showRota();
        });
        Button next = new Button(getTranslation("duty.nextWeek"), e -> {
            monday = monday.plusWeeks(1);
            showRota();
        });
        next.setId("duty-next");
        weekLabel.setId("duty-week");
        weekLabel.getStyle().set("font-weight", "600");
        HorizontalLayout navigation = new HorizontalLayout(previous, thisWeek, next, weekLabel);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);

        rota.setId("duty-rota");
        rota.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        rota.setAllRowsVisible(true);
        rota.addColumn(d -> (getLocale().getLanguage().equals("en")
                ? d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + d.date()
                : DAY.format(d.date()) + " " + d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, java.util.Locale.CHINA)))
                .setHeader(getTranslation("duty.day")).setAutoWidth(true).setFlexGrow(0);
        for (Post post : Post.values()) {
            for (Shift shift : Shift.values()) {
                rota.addComponentColumn(d -> cell(d.post(shift, post)))
                        .setHeader(getTranslation("duty.post." + post.name()) + " · " + getTranslation("duty.shift." + shift.name()));
            }
        }
        rota.setPartNameGenerator(d -> d.date().equals(LocalDate.now(WorkCalendar.CHINA)) ? "today" : null);
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("duty.rotaTitle")), new Paragraph(getTranslation("duty.rotaHint")),
                navigation, rota);
        part.setPadding(false);
        return part;
    }

    /** A post of the rota: a choice for the admin, saved at once; words for everyone else. */
    private Component cell(Duty.ShiftView s) {
        String who = s.post() == Post.COMMAND ? s.staffName() : s.squadName();
        if (!admin) {
            return new Span(who == null ? getTranslation("duty.nobody") : who);
        }
        if (s.post() == Post.COMMAND) {
            Select<StaffView> choice = new Select<>();
            choice.setItems(dispatchers);
            choice.setItemLabelGenerator(p -> p == null ? getTranslation("duty.nobody") : p.name());
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("duty.nobody"));
            choice.setValue(dispatchers.stream().filter(p -> Objects.equals(p.id(), s.staffId())).findFirst().orElse(null));
            choice.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    assign(s, e.getValue() == null ? null : e.getValue().id(), null);
                }
            });
            return compact(choice);
        }
        Select<SquadView> choice = new Select<>();
        choice.setItems(squads);
        choice.setItemLabelGenerator(q -> q == null ? getTranslation("duty.nobody") : q.name());
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("duty.nobody"));
        choice.setValue(squads.stream().filter(q -> Objects.equals(q.id(), s.squadId())).findFirst().orElse(null));
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                assign(s, null, e.getValue() == null ? null : e.getValue().id());
            }
        });
        return compact(choice);
    }

    private static <T extends Component> T compact(T choice) {
        choice.getElement().getThemeList().add("small");
        choice.getElement().getStyle().set("width", "100%");
        return choice;
    }

    private void assign(Duty.ShiftView s, Long staffId, Long squadId) {
        attempt(() -> SignedIn.inOffice(() -> duty.assign(s.day(), s.shift(), s.post(), staffId, squadId, signIn.caller())));
    }

    private void attempt(Runnable work) {
        try {
            work.run();
            message.setVisible(false);
            refresh();
            Saved.show();
        } catch (RuntimeException refused) {
            // what was chosen and typed stays; only the rota goes back to what is saved
            message.error(Problems.message(refused, getLocale()));
            showRota();
        }
    }

    private void refresh() {
        Duty.LevelView now = SignedIn.inOffice(duty::level);
        current.removeAll();
        current.add(new DutyBanner(now, SignedIn.inOffice(duty::now), getLocale()));
        if (now.since() != null) {
            Paragraph since = new Paragraph(getTranslation("duty.since", Cells.time(now.since()), now.changedBy(),
                    now.reason() == null ? "—" : now.reason()));
            since.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-xs) 0 0");
            current.add(since);
        }
        level.setValue(now.level());
        if (admin) {
            Map<DutyLevel, Integer> saved = SignedIn.inOffice(duty::percents);
            percents.forEach((l, field) -> field.setValue(saved.get(l)));
        }
        showRota();
    }

    private void showRota() {
        List<Duty.ShiftView> week = SignedIn.inOffice(() -> duty.week(monday));
        weekLabel.setText(DateTimeFormatter.ISO_LOCAL_DATE.format(monday) + " — " + DateTimeFormatter.ISO_LOCAL_DATE.format(monday.plusDays(6)));
        rota.setItems(IntStream.range(0, 7).mapToObj(i -> monday.plusDays(i))
                .map(d -> new Day(d, week.stream().filter(s -> s.day().equals(d)).toList())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.title") + " · " + getTranslation("app.title");
    }
}
