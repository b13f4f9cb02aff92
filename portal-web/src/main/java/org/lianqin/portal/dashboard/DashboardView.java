package org.lianqin.portal.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.measures.MeasureText;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.Counted;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.measures.Assessments;
import org.lianqin.core.measures.Breakdown;
import org.lianqin.core.measures.Compared;
import org.lianqin.core.measures.Dimension;
import org.lianqin.core.measures.Figures;
import org.lianqin.core.measures.MeasureFilter;
import org.lianqin.core.measures.Measures;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;
import org.lianqin.core.measures.PeriodKind;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.core.organisation.OrganisationViews.UnitView;
import org.lianqin.portal.security.SignedIn;
import org.lianqin.portal.views.BoardView;
import org.lianqin.portal.views.MainLayout;
import org.lianqin.vaadin.TableDownloads;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 领导驾驶舱: the street office's measures for a period (or a unit's, a grid's, a category's, a channel's)
 * beside 同比 and 环比 — cards, the year's months against last year's, categories, the grids where problems
 * cluster, the units' assessment, channels and joint operations. Every figure leads to the board showing
 * the cases behind it. The period and scope live in the URL, so a view of the figures can be sent on.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.TENANT_ADMIN})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Measures measures;
    private final Assessments assessments;
    private final Select<PeriodKind> kind = new Select<>();
    private final DatePicker day = new DatePicker();
    private final ComboBox<UnitView> unit = new ComboBox<>();
    private final ComboBox<GridView> gridScope = new ComboBox<>();
    private final ComboBox<CategoryView> category = new ComboBox<>();
    private final Select<SourceChannel> channel = new Select<>();
    private final Span compared = new Span();
    private final FlexLayout cards = new FlexLayout();
    private final EChartsPanels charts;
    private final UnitRanking ranking;
    private final Grid<Breakdown> channels = new Grid<>();
    private final Grid<OfficeMeasures.OperationResults> results = new Grid<>();
    private final Span operations = new Span();
    private boolean reading;
    private Period period;
    private MeasureFilter filter = MeasureFilter.all();

    @Inject
    public DashboardView(Measures measures, Assessments assessments, Organisation organisation, Catalogue catalogue,
                         org.lianqin.core.security.StaffSignIn signIn) {
        this.measures = measures;
        this.assessments = assessments;
        Locale locale = getLocale();
        List<GridView> grids = SignedIn.inOffice(organisation::grids);
        charts = new EChartsPanels(this::showCases, grids, locale);
        ranking = new UnitRanking(assessments, SignedIn.inOffice(signIn::caller), this::showCases, locale);

        kind.setId("dashboard-kind");
        kind.setLabel(getTranslation("dashboard.period"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> "en".equals(locale.getLanguage()) ? k.en() : k.zh());
        day.setId("dashboard-day");
        day.setLabel(getTranslation("dashboard.day"));
        day.setLocale(locale);
        unit.setId("dashboard-unit");
        unit.setLabel(getTranslation("case.unit"));
        unit.setItems(SignedIn.inOffice(organisation::units));
        unit.setItemLabelGenerator(UnitView::name);
        unit.setClearButtonVisible(true);
        gridScope.setId("dashboard-grid");
        gridScope.setLabel(getTranslation("case.grid"));
        gridScope.setItems(grids);
        gridScope.setItemLabelGenerator(g -> g.code() + " " + g.name());
        gridScope.setClearButtonVisible(true);
        category.setId("dashboard-category");
        category.setLabel(getTranslation("case.category"));
        category.setItems(SignedIn.inOffice(() -> catalogue.categories(false)));
        category.setItemLabelGenerator(c -> (c.parentCode() == null ? "" : "　") + ("en".equals(locale.getLanguage()) ? c.nameEn() : c.nameZh()));
        category.setClearButtonVisible(true);
        channel.setId("dashboard-channel");
        channel.setLabel(getTranslation("board.channel"));
        channel.setItems(SourceChannel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("board.any"));
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("board.any") : c.label().in(locale));
        HorizontalLayout controls = new HorizontalLayout(kind, day, unit, gridScope, category, channel);
        controls.setWrap(true);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        kind.addValueChangeListener(e -> scopeChanged());
        day.addValueChangeListener(e -> scopeChanged());
        unit.addValueChangeListener(e -> scopeChanged());
        gridScope.addValueChangeListener(e -> scopeChanged());
        category.addValueChangeListener(e -> scopeChanged());
        channel.addValueChangeListener(e -> scopeChanged());
        compared.setId("dashboard-compared");
        compared.addClassName("dashboard-compared");

        cards.setId("dashboard-cards");
        cards.addClassName("dashboard-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        channels.setId("dashboard-channels");
        channels.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        channels.addColumn(b -> "en".equals(locale.getLanguage()) ? b.nameEn() : b.nameZh()).setHeader(getTranslation("board.channel")).setAutoWidth(true);
        countColumns(channels, b -> b.figures().map(Figures::reported), locale);
        channels.setAllRowsVisible(true);
        channels.addItemClickListener(e -> showCases(Counted.REPORTED, 0, Map.of("channel", e.getItem().key())));
        results.setId("dashboard-operation-results");
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        results.addColumn(OfficeMeasures.OperationResults::kind).setHeader(getTranslation("dashboard.resultKind")).setAutoWidth(true);
        countColumns(results, OfficeMeasures.OperationResults::quantity, locale);
        results.setAllRowsVisible(true);
        operations.setId("dashboard-operations");

        add(new H2(getTranslation("dashboard.title")), controls, compared, cards,
                row(panel(getTranslation("dashboard.trend"), charts.trend()), panel(getTranslation("dashboard.categories"), charts.categories())),
                row(panel(getTranslation("dashboard.hotspots"), charts.hotspots()), panel(getTranslation("dashboard.channels"), channels)),
                row(panel(getTranslation("dashboard.ranking"), ranking)),
                row(panel(getTranslation("dashboard.operations"), new VerticalLayout(operations, results)),
                        panel(getTranslation("dashboard.tables"), tables(locale))));
    }

    /** Any measures table — by unit, grid, category, channel or person — to take away as CSV or Excel. */
    private Component tables(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Select<Dimension> by = new Select<>();
        by.setId("dashboard-table-by");
        by.setLabel(en ? "One row per" : "按");
        by.setItems(Dimension.values());
        by.setItemLabelGenerator(d -> switch (d) {
            case CHANNEL -> en ? "channel" : "来源";
            case CATEGORY_GROUP -> en ? "category" : "大类";
            case CATEGORY -> en ? "sub-category" : "小类";
            case UNIT -> en ? "unit" : "成员单位";
            case GRID -> en ? "grid" : "网格";
            case HANDLER -> en ? "handling officer" : "处置人";
        });
        by.setValue(Dimension.UNIT);
        HorizontalLayout row = new HorizontalLayout(by, TableDownloads.of("dashboard-export", "measures",
                () -> SignedIn.inOffice(() -> measures.table(by.getValue(), period, filter, getLocale())), en));
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static <T> void countColumns(Grid<T> grid, Function<T, Compared<Long>> counts, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        grid.addColumn(t -> MeasureText.count(counts.apply(t).now(), locale)).setHeader(en ? "This period" : "本期").setAutoWidth(true);
        grid.addColumn(t -> MeasureText.count(counts.apply(t).yearBefore(), locale)).setHeader(en ? "A year before" : "去年同期").setAutoWidth(true);
        grid.addColumn(t -> MeasureText.countChange(counts.apply(t).now(), counts.apply(t).yearBefore(), locale)).setHeader(en ? "Year on year" : "同比").setAutoWidth(true);
        grid.addColumn(t -> MeasureText.countChange(counts.apply(t).now(), counts.apply(t).previous(), locale)).setHeader(en ? "On the period before" : "环比").setAutoWidth(true);
    }

    private static Component row(Component... panels) {
        FlexLayout row = new FlexLayout(panels);
        row.setWidthFull();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("dashboard-row");
        return row;
    }

    private static Component panel(String title, Component content) {
        Div panel = new Div(new H3(title), content);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        kind.setValue(first(p, "period").flatMap(v -> Arrays.stream(PeriodKind.values()).filter(k -> k.name().equals(v)).findFirst())
                .orElse(PeriodKind.YEAR));
        day.setValue(first(p, "day").flatMap(Period::day).orElse(LocalDate.now(WorkCalendar.CHINA)));
        unit.setValue(first(p, "unit").flatMap(v -> unit.getListDataView().getItems().filter(u -> String.valueOf(u.id()).equals(v)).findFirst()).orElse(null));
        gridScope.setValue(first(p, "grid").flatMap(v -> gridScope.getListDataView().getItems().filter(g -> g.code().equals(v)).findFirst()).orElse(null));
        category.setValue(first(p, "category").flatMap(v -> category.getListDataView().getItems().filter(c -> c.code().equals(v)).findFirst()).orElse(null));
        channel.setValue(first(p, "channel").flatMap(v -> Arrays.stream(SourceChannel.values()).filter(c -> c.name().equals(v)).findFirst()).orElse(null));
        reading = false;
        refresh();
    }

    private void scopeChanged() {
        if (reading) {
            return;
        }
        if (kind.getValue() == null || day.getValue() == null) {
            return;
        }
        Map<String, String> p = new LinkedHashMap<>(scopeParameters());
        p.put("period", kind.getValue().name());
        p.put("day", day.getValue().toString());
        String url = RouteConfiguration.forSessionScope().getUrl(DashboardView.class);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, url + "?" + QueryParameters.simple(p).getQueryString()));
        refresh();
    }

    private void refresh() {
        Locale locale = getLocale();
        period = Period.of(kind.getValue(), day.getValue());
        filter = new MeasureFilter(unit.getValue() == null ? null : unit.getValue().id(),
                gridScope.getValue() == null ? null : gridScope.getValue().id(),
                category.getValue() == null ? null : category.getValue().code(), channel.getValue(), null);
        OfficeMeasures m = SignedIn.inOffice(() -> measures.of(period, filter));
        compared.setText(getTranslation("dashboard.compared", period.label(locale), m.periods().yearBefore().label(locale),
                m.periods().previous().label(locale)));
        MeasureCards.fill(cards, m, locale, this::cardLink);
        long[][] months = SignedIn.inOffice(() -> measures.monthly(period.start().getYear(), filter));
        charts.draw(m, months, SignedIn.inOffice(() -> measures.by(Dimension.GRID, period, filter)), period);
        ranking.show(period);
        channels.setItems(m.channels());
        operations.setText(getTranslation("dashboard.operationsDone", MeasureText.count(m.operations().now(), locale),
                MeasureText.countChange(m.operations().now(), m.operations().yearBefore(), locale)));
        results.setItems(m.results());
    }

    /** The board's address with the cases a figure counts (of the period, or of the one before or a year before). */
    private RouterLink cardLink(Counted counted, int which, Component content) {
        RouterLink link = new RouterLink(BoardView.class);
        link.setQueryParameters(QueryParameters.simple(boardParameters(counted, which, Map.of())));
        link.add(content);
        return link;
    }

    /** Opens the board on the cases behind a figure; {@code which} is 0 this period, 1 the one before, 2 a year before. */
    void showCases(Counted counted, int which, Map<String, String> more) {
        UI.getCurrent().navigate(BoardView.class, QueryParameters.simple(boardParameters(counted, which, more)));
    }

    private Map<String, String> boardParameters(Counted counted, int which, Map<String, String> more) {
        Compared<Period> periods = Measures.compared(period);
        Period shown = which == 0 ? periods.now() : which == 1 ? periods.previous() : periods.yearBefore();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("state", Arrays.stream(CaseState.values()).map(Enum::name).sorted().collect(Collectors.joining(",")));
        p.put("from", shown.start().toString());
        p.put("to", shown.end().minusDays(1).toString());
        p.put("counted", counted.name());
        p.putAll(scopeParameters());
        p.putAll(more);
        return p;
    }

    /** The scope as the board's filters name it. */
    private Map<String, String> scopeParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        Optional.ofNullable(unit.getValue()).ifPresent(u -> p.put("unit", String.valueOf(u.id())));
        Optional.ofNullable(gridScope.getValue()).ifPresent(g -> p.put("grid", g.code()));
        Optional.ofNullable(category.getValue()).ifPresent(c -> p.put("category", c.code()));
        Optional.ofNullable(channel.getValue()).ifPresent(c -> p.put("channel", c.name()));
        return p;
    }

    private static Optional<String> first(Map<String, List<String>> p, String key) {
        return Optional.ofNullable(p.get(key)).filter(l -> !l.isEmpty()).map(l -> l.get(0));
    }


    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }
}
