package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.operations.JointOperations;
import org.lianqin.core.operations.JointOperations.KindView;
import org.lianqin.core.operations.JointOperations.LinkedCase;
import org.lianqin.core.operations.JointOperations.OperationView;
import org.lianqin.core.operations.JointOperations.Totals;
import org.lianqin.core.operations.OperationStatus;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.core.organisation.OrganisationViews.UnitView;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 联合整治: the street office's joint operations of a year. The command centre (and the admin) plans one —
 * what, against which problem, when, in which grids, with which units — records its results in the
 * office's own result kinds and links the cases it produced; the year's totals by month stand on top.
 * Leaders read. The admin keeps the list of result kinds. Everything is audited in core.
 */
@Route(value = "operations", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.LEADER})
public class OperationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM HH:mm", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JointOperations operations;
    private final StaffSignIn signIn;
    private final boolean planner;
    private final boolean admin;
    private final List<GridView> allGrids;
    private final List<UnitView> allUnits;
    private final Select<Integer> year = new Select<>();
    private final H3 totalsTitle = new H3();
    private final Grid<Totals> totals = new Grid<>();
    private final Grid<OperationView> list = new Grid<>();
    private final FormMessage message = new FormMessage("op-message");
    private final TextField title = new TextField();
    private final TextField target = new TextField();
    private final ComboBox<CategoryView> category = new ComboBox<>();
    private final DateTimePicker starts = new DateTimePicker();
    private final DateTimePicker ends = new DateTimePicker();
    private final MultiSelectComboBox<GridView> grids = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<UnitView> units = new MultiSelectComboBox<>();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final VerticalLayout resultsPart = new VerticalLayout();
    private final Div resultFields = new Div();
    private final Map<Long, IntegerField> counts = new HashMap<>();
    private final TextArea note = new TextArea();
    private final VerticalLayout casesPart = new VerticalLayout();
    private final Div linked = new Div();
    private final TextField caseNumber = new TextField();
    private final ResultKindsPart kindsPart;
    private List<KindView> kinds = List.of();
    private OperationView editing;

    @Inject
    public OperationsView(JointOperations operations, Organisation organisation, Catalogue catalogue, StaffSignIn signIn) {
        this.operations = operations;
        this.signIn = signIn;
        Actor me = signIn.caller();
        this.planner = me.has(Role.TENANT_ADMIN) || me.has(Role.DISPATCHER);
        this.admin = me.has(Role.TENANT_ADMIN);
        this.kindsPart = new ResultKindsPart(operations, signIn, message, () -> {
            refresh();
            edit(editing);
        });
        this.allGrids = SignedIn.inOffice(organisation::grids);
        this.allUnits = SignedIn.inOffice(organisation::units);
        setMaxWidth("100em");

        int thisYear = LocalDate.now(WorkCalendar.CHINA).getYear();
        year.setId("op-year");
        year.setLabel(getTranslation("period.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> getTranslation("period.yearLabel", String.valueOf(y)));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        Button fresh = new Button(getTranslation("operations.new"), e -> edit(null));
        fresh.setId("op-new");
        fresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fresh.setVisible(planner);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("operations.title")), year, fresh);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        totals.setId("op-totals");
        totals.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        totals.setAllRowsVisible(true);
        totals.setPartNameGenerator(t -> t.month() == 0 ? "year-total" : null);

        list.setId("operations");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(this::when).setHeader(getTranslation("operations.when")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(OperationView::title).setHeader(getTranslation("operations.name")).setFlexGrow(1);
        list.addColumn(o -> o.target() == null ? nullToEmpty(o.categoryName()) : o.target())
                .setHeader(getTranslation("operations.target")).setFlexGrow(1);
        list.addColumn(o -> String.join(getTranslation("list.separator"), o.gridCodes())).setHeader(getTranslation("operations.grids")).setAutoWidth(true);
        list.addColumn(o -> String.join(getTranslation("list.separator"), o.unitNames())).setHeader(getTranslation("operations.units")).setFlexGrow(1);
        list.addComponentColumn(this::status).setHeader(getTranslation("operations.status")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(this::resultsLine).setHeader(getTranslation("operations.results")).setFlexGrow(2);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                edit(e.getValue());
            }
        });
        list.setAllRowsVisible(true);

        add(header, new Paragraph(getTranslation("operations.hint")), totalsTitle, totals,
                new H3(getTranslation("operations.list")), list, message, planForm(catalogue), resultsPart, casesPart);
        if (admin) {
            add(kindsPart);
        }
        refresh();
        edit(null);
    }

    private Component planForm(Catalogue catalogue) {
        title.setId("op-title");
        title.setLabel(getTranslation("operations.name"));
        title.setMaxLength(100);
        title.setWidth("24em");
        target.setId("op-target");
        target.setLabel(getTranslation("operations.target"));
        target.setMaxLength(200);
        target.setPlaceholder(getTranslation("operations.targetPlaceholder"));
        target.setWidth("24em");
        category.setId("op-category");
        category.setLabel(getTranslation("operations.category"));
        category.setItems(SignedIn.inOffice(() -> catalogue.categories(false)).stream().filter(c -> c.parentCode() != null).toList());
        category.setItemLabelGenerator(c -> c.code() + " " + c.nameZh());
        category.setClearButtonVisible(true);
        starts.setId("op-start");
        starts.setLabel(getTranslation("operations.starts"));
        ends.setId("op-end");
        ends.setLabel(getTranslation("operations.ends"));
        for (DateTimePicker picker : List.of(starts, ends)) {
            picker.setLocale(getLocale());
            picker.setStep(java.time.Duration.ofMinutes(30));
        }
        starts.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && (ends.getValue() == null || !ends.getValue().isAfter(e.getValue()))) {
                ends.setValue(e.getValue().plusHours(3));
            }
        });
        grids.setId("op-grids");
        grids.setLabel(getTranslation("operations.grids"));
        grids.setItems(allGrids);
        grids.setItemLabelGenerator(g -> g.code() + " " + g.name());
        grids.setWidth("24em");
        units.setId("op-units");
        units.setLabel(getTranslation("operations.units"));
        units.setItems(allUnits);
        units.setItemLabelGenerator(UnitView::name);
        units.setWidth("24em");
        save.setId("op-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> attempt(() -> {
            JointOperations.Plan plan = new JointOperations.Plan(title.getValue(), target.getValue(),
                    category.getValue() == null ? null : category.getValue().code(), starts.getValue(), ends.getValue(),
                    grids.getValue().stream().map(GridView::id).toList(), units.getValue().stream().map(UnitView::id).toList());
            OperationView current = editing;
            return current == null
                    ? SignedIn.inOffice(() -> operations.plan(plan, signIn.caller()))
                    : SignedIn.inOffice(() -> operations.change(current.id(), plan, signIn.caller()));
        }));
        cancel.setId("op-cancel");
        cancel.setText(getTranslation("operations.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> attempt(() -> SignedIn.inOffice(() -> operations.cancel(editing.id(), signIn.caller()))));

        HorizontalLayout what = new HorizontalLayout(title, target, category);
        what.setWrap(true);
        HorizontalLayout when = new HorizontalLayout(starts, ends);
        when.setWrap(true);
        HorizontalLayout who = new HorizontalLayout(grids, units);
        who.setWrap(true);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("operations.plan")), what, when, who, new HorizontalLayout(save, cancel));
        form.setPadding(false);
        form.setId("op-plan");
        form.setVisible(planner);

        resultsPart.setPadding(false);
        resultsPart.setId("op-results");
        resultFields.addClassName("op-result-fields");
        resultFields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        note.setId("op-note");
        note.setLabel(getTranslation("operations.note"));
        note.setMaxLength(2000);
        note.setWidth("min(48em, 100%)");
        Button record = new Button(getTranslation("operations.record"), e -> attempt(() -> {
            Map<Long, Integer> given = new LinkedHashMap<>();
            counts.forEach((kind, field) -> given.put(kind, field.getValue()));
            return SignedIn.inOffice(() -> operations.record(editing.id(), given, note.getValue(), signIn.caller()));
        }));
        record.setId("op-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resultsPart.add(new H3(getTranslation("operations.results")), new Paragraph(getTranslation("operations.resultsHint")),
                resultFields, note, record);

        casesPart.setPadding(false);
        casesPart.setId("op-cases");
        linked.setId("op-linked");
        caseNumber.setId("op-case");
        caseNumber.setLabel(getTranslation("case.number"));
        caseNumber.setPlaceholder("FENGLIN-2026-000123");
        Button link = new Button(getTranslation("operations.link"), e -> attempt(() -> {
            OperationView done = SignedIn.inOffice(() -> operations.link(editing.id(), caseNumber.getValue(), signIn.caller()));
            caseNumber.clear();
            return done;
        }));
        link.setId("op-link");
        HorizontalLayout linking = new HorizontalLayout(caseNumber, link);
        linking.setAlignItems(FlexComponent.Alignment.BASELINE);
        casesPart.add(new H3(getTranslation("operations.cases")), linked, linking);
        return form;
    }

    private void edit(OperationView o) {
        editing = o;
        message.setVisible(false);
        boolean open = o == null || o.status() != OperationStatus.CANCELLED;
        title.setValue(o == null ? "" : o.title());
        target.setValue(o == null || o.target() == null ? "" : o.target());
        category.setValue(o == null || o.categoryCode() == null ? null : category.getListDataView().getItems()
                .filter(c -> c.code().equals(o.categoryCode())).findFirst().orElse(null));
        LocalDateTime tonight = LocalDate.now(WorkCalendar.CHINA).atTime(19, 0);
        starts.setValue(o == null ? tonight : o.startsAt());
        ends.setValue(o == null ? tonight.plusHours(3) : o.endsAt());
        grids.setValue(o == null ? java.util.Set.of() : allGrids.stream().filter(g -> o.gridIds().contains(g.id())).collect(Collectors.toSet()));
        units.setValue(o == null ? java.util.Set.of() : allUnits.stream().filter(u -> o.unitIds().contains(u.id())).collect(Collectors.toSet()));
        save.setText(getTranslation(o == null ? "operations.save" : "operations.change"));
        save.setEnabled(open);
        cancel.setVisible(o != null && o.status() == OperationStatus.PLANNED);
        if (o == null) {
            list.asSingleSelect().clear();
        }

        resultsPart.setVisible(planner && o != null && open);
        resultFields.removeAll();
        counts.clear();
        for (KindView k : kinds) {
            Integer count = o == null ? null : o.results().get(k.id());
            if (!k.active() && count == null) {
                continue;
            }
            IntegerField field = new IntegerField(kindLabel(k));
            field.setId("op-result-" + k.id());
            field.setMin(0);
            field.setMax(100_000);
            field.setStepButtonsVisible(true);
            field.setWidth("12em");
            field.setValue(count);
            counts.put(k.id(), field);
            resultFields.add(field);
        }
        note.setValue(o == null || o.resultNote() == null ? "" : o.resultNote());

        casesPart.setVisible(o != null);
        linked.removeAll();
        if (o != null) {
            if (o.cases().isEmpty()) {
                linked.add(new Span(getTranslation("operations.noCases")));
            }
            for (LinkedCase c : o.cases()) {
                RouterLink number = new RouterLink(c.number(), CaseDetailView.class, new RouteParameters("number", c.number()));
                Span line = new Span(number, new Span(" " + c.categoryName() + " · " + c.state().label().in(getLocale()) + " "));
                if (planner && open) {
                    Button unlink = new Button(getTranslation("operations.unlink"),
                            e -> attempt(() -> SignedIn.inOffice(() -> operations.unlink(o.id(), c.number(), signIn.caller()))));
                    unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    line.add(unlink);
                }
                line.getStyle().set("display", "block");
                linked.add(line);
            }
        }
        caseNumber.getParent().ifPresent(p -> p.setVisible(planner && open));
    }

    private void attempt(Supplier<OperationView> work) {
        try {
            OperationView done = work.get();
            refresh();
            OperationView shown = list.getListDataView().getItems().filter(o -> o.id() == done.id()).findFirst().orElse(done);
            list.select(shown);
            edit(shown);
            Saved.show();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
            message.scrollIntoView();
        }
    }

    private void refresh() {
        int shown = year.getValue();
        kinds = SignedIn.inOffice(operations::kinds);
        if (admin) {
            kindsPart.show(kinds);
        }
        List<Totals> sums = SignedIn.inOffice(() -> operations.totals(shown));
        totalsTitle.setText(getTranslation("operations.totals", String.valueOf(shown)));
        totals.removeAllColumns();
        totals.addColumn(t -> t.month() == 0 ? getTranslation("operations.wholeYear") : getTranslation("period.month", t.month()))
                .setHeader(getTranslation("operations.period")).setAutoWidth(true).setFlexGrow(0);
        totals.addColumn(Totals::operations).setHeader(getTranslation("operations.count")).setAutoWidth(true);
        for (KindView k : kinds) {
            if (k.active() || sums.stream().anyMatch(t -> t.results().containsKey(k.id()))) {
                totals.addColumn(t -> t.results().getOrDefault(k.id(), 0))
                        .setHeader(kindLabel(k)).setAutoWidth(true);
            }
        }
        totals.addColumn(Totals::cases).setHeader(getTranslation("operations.linkedCases")).setAutoWidth(true);
        totals.setItems(sums);
        list.setItems(SignedIn.inOffice(() -> operations.list(shown)));
    }

    private String when(OperationView o) {
        boolean sameDay = o.startsAt().toLocalDate().equals(o.endsAt().toLocalDate());
        DateTimeFormatter day = "en".equals(getLocale().getLanguage()) ? DAY_EN : DAY;
        return day.format(o.startsAt()) + "–" + (sameDay ? TIME : day).format(o.endsAt().truncatedTo(ChronoUnit.MINUTES));
    }

    private Component status(OperationView o) {
        Span badge = new Span(getTranslation("operations.status." + o.status().name()));
        badge.getElement().getThemeList().add(switch (o.status()) {
            case PLANNED -> "badge";
            case DONE -> "badge success";
            case CANCELLED -> "badge contrast";
        });
        return badge;
    }

    private String resultsLine(OperationView o) {
        return kinds.stream().filter(k -> o.results().containsKey(k.id()))
                .map(k -> k.name() + " " + o.results().get(k.id()) + " " + k.measure())
                .collect(Collectors.joining(getTranslation("list.separator")));
    }

    /** A result kind with its measure word: 清理占道摊点（处）. */
    private String kindLabel(KindView k) {
        return getTranslation("operations.kindLabel", k.name(), k.measure());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.title") + " · " + getTranslation("app.title");
    }
}
