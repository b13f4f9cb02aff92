package org.lianqin.portal.views;

import org.lianqin.vaadin.TableDownloads;
import java.time.LocalDate;
import org.lianqin.core.measures.Measures;
import org.lianqin.core.measures.Period;
import org.lianqin.core.cases.Counted;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseFilter;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.cases.CaseSort;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.CaseSummary;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.duty.Duty;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.core.organisation.OrganisationViews.UnitView;
import org.lianqin.portal.security.SignedIn;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The command centre's board: the street office's cases counted per state and overdue at the top, and
 * below a lazy list read page by page from the database ({@link CaseQueries}, never all rows), filtered
 * by state, channel, category, grid, unit, overdue and text and sorted by deadline or age. The filters
 * live in the URL ({@code ?state=REPORTED,REGISTERED&category=0104&grid=FL-01&overdue=true&q=枫林路}), so a view can be
 * bookmarked and shared. A row opens the case ({@link CaseDetailView}). When the office's cases change
 * (here, on the residents' site, on another server), {@link BoardFeed} pushes the news and the board reads
 * itself again, marking the rows that are new or changed since it was last read, without a sound.
 */
@Route(value = "board", layout = MainLayout.class)
@RolesAllowed({Roles.DISPATCHER, Roles.LEADER, Roles.TENANT_ADMIN})
@StyleSheet("context://styles/board.css")
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final CaseQueries cases;
    private final BoardFeed feed;
    private final Span updated = new Span();
    private Map<String, String> lastSeen;
    private Set<String> fresh = Set.of();
    private Runnable stopFollowing = () -> { };
    /** The office's change mark read before the board last read its cases: what the push compares with. */
    private long seen;
    private final HorizontalLayout counters = new HorizontalLayout();
    private final MultiSelectComboBox<CaseState> states = new MultiSelectComboBox<>();
    private final Select<SourceChannel> channel = new Select<>();
    private final ComboBox<CategoryView> category = new ComboBox<>();
    private final ComboBox<GridView> gridFilter = new ComboBox<>();
    private final ComboBox<UnitView> unit = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final DatePicker reportedFrom = new DatePicker();
    private final DatePicker reportedTo = new DatePicker();
    private final Select<Counted> counted = new Select<>();
    private final Span matching = new Span();
    private final TextField text = new TextField();
    private final Select<CaseSort> sort = new Select<>();
    private final Grid<CaseSummary> grid = new Grid<>();
    private boolean reading;

    @Inject
    public BoardView(CaseQueries cases, BoardFeed feed, Catalogue catalogue, Organisation organisation, Duty duty) {
        this.cases = cases;
        this.feed = feed;
        setSizeFull();
        counters.setId("board-counters");
        counters.setSpacing(true);

        states.setId("filter-state");
        states.setLabel(getTranslation("board.state"));
        states.setItems(EnumSet.allOf(CaseState.class));
        states.setItemLabelGenerator(s -> s.label().in(getLocale()));
        states.setWidth("22em");
        channel.setId("filter-channel");
        channel.setLabel(getTranslation("board.channel"));
        channel.setItems(SourceChannel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("board.any"));
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("board.any") : getTranslation("channel." + c.name()));
        List<CategoryView> categories = SignedIn.inOffice(() -> catalogue.categories(false));
        category.setId("filter-category");
        category.setLabel(getTranslation("case.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> (c.parentCode() == null ? "" : "　") + (getLocale().getLanguage().equals("en") ? c.nameEn() : c.nameZh()));
        category.setClearButtonVisible(true);
        gridFilter.setId("filter-grid");
        gridFilter.setLabel(getTranslation("case.grid"));
        gridFilter.setItems(SignedIn.inOffice(organisation::grids));
        gridFilter.setItemLabelGenerator(g -> g.code() + " " + g.name());
        gridFilter.setClearButtonVisible(true);
        unit.setId("filter-unit");
        unit.setLabel(getTranslation("case.unit"));
        unit.setItems(SignedIn.inOffice(organisation::units));
        unit.setItemLabelGenerator(UnitView::name);
        unit.setClearButtonVisible(true);
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("board.overdueOnly"));
        text.setId("filter-text");
        text.setLabel(getTranslation("board.text"));
        text.setPlaceholder(getTranslation("board.textHint"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        sort.setId("filter-sort");
        sort.setLabel(getTranslation("board.sort"));
        sort.setItems(CaseSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("sort." + s.name()));
        sort.setValue(CaseSort.DEADLINE_FIRST);
        reportedFrom.setId("filter-from");
        reportedFrom.setLabel(getTranslation("board.from"));
        reportedFrom.setClearButtonVisible(true);
        reportedTo.setId("filter-to");
        reportedTo.setLabel(getTranslation("board.to"));
        reportedTo.setClearButtonVisible(true);
        counted.setId("filter-counted");
        counted.setLabel(getTranslation("board.counted"));
        counted.setItems(Counted.values());
        counted.setEmptySelectionAllowed(true);
        counted.setEmptySelectionCaption(getTranslation("board.any"));
        counted.setItemLabelGenerator(c -> c == null ? getTranslation("board.any") : c.label().in(getLocale()));
        matching.setId("board-matching");
        HorizontalLayout filters = new HorizontalLayout(states, channel, category, gridFilter, unit, reportedFrom, reportedTo,
                counted, text, sort, overdue);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        states.addValueChangeListener(e -> filtersChanged());
        channel.addValueChangeListener(e -> filtersChanged());
        category.addValueChangeListener(e -> filtersChanged());
        gridFilter.addValueChangeListener(e -> filtersChanged());
        unit.addValueChangeListener(e -> filtersChanged());
        overdue.addValueChangeListener(e -> filtersChanged());
        reportedFrom.addValueChangeListener(e -> filtersChanged());
        reportedTo.addValueChangeListener(e -> filtersChanged());
        counted.addValueChangeListener(e -> filtersChanged());
        text.addValueChangeListener(e -> filtersChanged());
        sort.addValueChangeListener(e -> filtersChanged());

        grid.setId("board");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(CaseSummary::number).setHeader(getTranslation("case.number")).setWidth("14em").setFlexGrow(0);
        grid.addColumn(c -> c.state().label().in(getLocale())).setHeader(getTranslation("case.state")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("channel." + c.channel().name())).setHeader(getTranslation("board.channel")).setAutoWidth(true);
        grid.addColumn(CaseSummary::categoryName).setHeader(getTranslation("case.category")).setAutoWidth(true);
        grid.addColumn(CaseSummary::address).setHeader(getTranslation("case.address")).setFlexGrow(1);
        grid.addColumn(c -> c.unitName() == null ? "" : c.unitName()).setHeader(getTranslation("case.unit")).setAutoWidth(true);
        grid.addColumn(c -> Cells.time(c.reportedAt())).setHeader(getTranslation("case.reported")).setAutoWidth(true);
        grid.addComponentColumn(c -> Cells.deadline(c, getTranslation("board.overdueMark"))).setHeader(getTranslation("case.deadline")).setAutoWidth(true);
        grid.setPartNameGenerator(c -> fresh.contains(c.number()) ? "fresh" : null);
        grid.setSizeFull();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("number", e.getItem().number()))));

        updated.setId("board-updated");
        updated.getElement().setAttribute("aria-live", "polite");
        updated.getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-s)");
        add(new H2(getTranslation("board.title")), new DutyBanner(SignedIn.inOffice(duty::level), SignedIn.inOffice(duty::now), getLocale()),
                counters, filters, new HorizontalLayout(updated, matching, TableDownloads.of("board-export", "cases",
                        () -> SignedIn.inOffice(() -> cases.export(filter(), getLocale())), "en".equals(getLocale().getLanguage()))),
                grid);
        setFlexGrow(1, grid);
    }



    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        states.setValue(first(p, "state").map(v -> Arrays.stream(v.split(",")).map(BoardView::state)
                .flatMap(Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class))))
                .map(s -> (Set<CaseState>) s).orElse(CaseState.OPEN));
        channel.setValue(first(p, "channel").flatMap(v -> parse(SourceChannel.class, v)).orElse(null));
        category.setValue(first(p, "category").flatMap(v -> item(category, c -> c.code().equals(v))).orElse(null));
        gridFilter.setValue(first(p, "grid").flatMap(v -> item(gridFilter, g -> g.code().equals(v))).orElse(null));
        unit.setValue(first(p, "unit").flatMap(v -> item(unit, u -> String.valueOf(u.id()).equals(v))).orElse(null));
        overdue.setValue(first(p, "overdue").map("true"::equals).orElse(false));
        reportedFrom.setValue(first(p, "from").flatMap(Period::day).orElse(null));
        reportedTo.setValue(first(p, "to").flatMap(Period::day).orElse(null));
        counted.setValue(first(p, "counted").flatMap(v -> parse(Counted.class, v)).orElse(null));
        text.setValue(first(p, "q").map(v -> v.length() > 100 ? v.substring(0, 100) : v).orElse(""));
        sort.setValue(first(p, "sort").flatMap(v -> parse(CaseSort.class, v)).orElse(CaseSort.DEADLINE_FIRST));
        reading = false;
        lastSeen = null;
        seen = SignedIn.inOffice(cases::latestChange);
        refresh();
    }

    private void filtersChanged() {
        if (reading) {
            return;
        }
        Map<String, String> p = new LinkedHashMap<>();
        if (!states.getValue().equals(CaseState.OPEN)) {
            p.put("state", states.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (channel.getValue() != null) {
            p.put("channel", channel.getValue().name());
        }
        if (category.getValue() != null) {
            p.put("category", category.getValue().code());
        }
        if (gridFilter.getValue() != null) {
            p.put("grid", gridFilter.getValue().code());
        }
        if (unit.getValue() != null) {
            p.put("unit", String.valueOf(unit.getValue().id()));
        }
        if (overdue.getValue()) {
            p.put("overdue", "true");
        }
        if (reportedFrom.getValue() != null) {
            p.put("from", reportedFrom.getValue().toString());
        }
        if (reportedTo.getValue() != null) {
            p.put("to", reportedTo.getValue().toString());
        }
        if (counted.getValue() != null) {
            p.put("counted", counted.getValue().name());
        }
        if (!text.getValue().isBlank()) {
            p.put("q", text.getValue().strip());
        }
        if (sort.getValue() != CaseSort.DEADLINE_FIRST) {
            p.put("sort", sort.getValue().name());
        }
        String url = RouteConfiguration.forSessionScope().getUrl(BoardView.class);
        String query = QueryParameters.simple(p).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, query.isEmpty() ? url : url + "?" + query));
        lastSeen = null;
        refresh();
    }

    private void refresh() {
        refreshCounts();
        CaseFilter filter = filter();
        // a list bounded by a period or a measure (a figure's cases) says how many it holds; the open board does not count
        boolean bounded = filter.counted() != null || filter.reportedFrom() != null || filter.reportedTo() != null;
        matching.setText(bounded ? getTranslation("board.matching", SignedIn.inOffice(() -> cases.count(filter))) : "");
        CaseSort order = sort.getValue() == null ? CaseSort.DEADLINE_FIRST : sort.getValue();
        grid.setItems(query -> {
            List<CaseSummary> page = new ArrayList<>(SignedIn.inOffice(() -> cases.list(filter, order,
                    query.getPage(), query.getPageSize())).items());
            if (query.getPage() == 0) {
                noteChanges(page);
            }
            return page.stream();
        });
    }

    private void refreshCounts() {
        CaseQueries.Counts counts = SignedIn.inOffice(cases::counts);
        counters.removeAll();
        for (CaseState s : List.of(CaseState.REPORTED, CaseState.REGISTERED, CaseState.DISPATCHED, CaseState.IN_PROGRESS,
                CaseState.HANDLED)) {
            counters.add(counter(s.label().in(getLocale()), counts.byState().getOrDefault(s, 0L), "count-" + s.name(), false));
        }
        counters.add(counter(getTranslation("board.overdue"), counts.overdue(), "count-OVERDUE", counts.overdue() > 0));
    }

    private CaseFilter filter() {
        return new CaseFilter(states.getValue().isEmpty() ? CaseState.OPEN : states.getValue(),
                channel.getValue() == null ? Set.of() : Set.of(channel.getValue()),
                category.getValue() == null ? null : category.getValue().code(),
                gridFilter.getValue() == null ? null : gridFilter.getValue().id(),
                unit.getValue() == null ? null : unit.getValue().id(),
                overdue.getValue() ? Boolean.TRUE : null, text.getValue().isBlank() ? null : text.getValue().strip(),
                reportedFrom.getValue() == null ? null : Measures.startOf(reportedFrom.getValue()),
                reportedTo.getValue() == null ? null : Measures.startOf(reportedTo.getValue().plusDays(1)), counted.getValue());
    }

    /** The first page's rows that are new or changed since the board last read it, marked until the next read. */
    private void noteChanges(List<CaseSummary> page) {
        Map<String, String> now = page.stream().collect(Collectors.toMap(CaseSummary::number, BoardView::looks,
                (a, b) -> a, LinkedHashMap::new));
        fresh = lastSeen == null ? Set.of() : now.entrySet().stream()
                .filter(e -> !e.getValue().equals(lastSeen.get(e.getKey()))).map(Map.Entry::getKey).collect(Collectors.toSet());
        lastSeen = now;
    }

    private static String looks(CaseSummary c) {
        return c.state() + "|" + c.unitName() + "|" + c.overdue() + "|" + c.handleDeadline();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        stopFollowing = feed.follow(SignedIn.principal().office(), seen, latest -> {
            try {
                ui.access(() -> getElement().executeJs("this.$server.casesChanged()"));
            } catch (UIDetachedException gone) {
                stopFollowing.run();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopFollowing.run();
    }

    /** Pushed by {@link BoardFeed}; read again in the browser's request, as the signed-in person. */
    @ClientCallable
    void casesChanged() {
        refreshCounts();
        grid.getDataProvider().refreshAll();   // the same list, read again: the scroll position stays
        updated.setText(getTranslation("board.updated", LocalTime.now(WorkCalendar.CHINA).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        updated.removeClassName("fresh");
        getElement().executeJs("requestAnimationFrame(() => $0.classList.add('fresh'))", updated.getElement());
    }

    private static Component counter(String label, long count, String id, boolean alert) {
        Span number = new Span(String.valueOf(count));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        if (alert) {
            number.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        Div box = new Div(number, new Div(new Span(label)));
        box.setId(id);
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "6em");
        return box;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The combo box's item the URL names, if there is one (a hand-edited URL names none: no filter). */
    private static <T> Optional<T> item(ComboBox<T> box, Predicate<T> named) {
        return box.getListDataView().getItems().filter(named).findFirst();
    }

    private static Optional<CaseState> state(String name) {
        return parse(CaseState.class, name.strip());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // a hand-edited URL: that filter is simply not applied
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " · " + getTranslation("app.title");
    }
}
