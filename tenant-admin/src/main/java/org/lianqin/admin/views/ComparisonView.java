package org.lianqin.admin.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.exports.Table;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.measures.Figures;
import org.lianqin.core.measures.MeasureFilter;
import org.lianqin.core.measures.MeasureText;
import org.lianqin.core.measures.Measures;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;
import org.lianqin.core.measures.PeriodKind;
import org.lianqin.core.reports.KeptReports;
import org.lianqin.core.reports.ReportStatus;
import org.lianqin.core.reports.ReportView;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.vaadin.EChart;
import org.lianqin.vaadin.FormMessage;
import org.lianqin.vaadin.Polling;
import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.TableDownloads;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 街镇对比: the district's active street offices side by side for a period — cases with 同比, 管事率, 结案率,
 * 按期结案率, overdue and satisfaction — as a table and a chart; a click opens the office. The district's
 * report for the period is generated here in the background and kept.
 */
@Route(value = "compare", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class ComparisonView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One office's line. */
    record Row(StreetOffice office, OfficeMeasures measures) {
        Figures now() {
            return measures.figures().now();
        }
    }

    private final Measures measures;
    private final TenantDirectory tenants;
    private final KeptReports reports;
    private final DistrictSignIn signIn;
    private final Select<PeriodKind> kind = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Grid<Row> grid = new Grid<>();
    private final EChart chart = new EChart("chart-offices", "26em");
    private final Grid<ReportView> kept = new Grid<>();
    private final FormMessage message = new FormMessage("compare-message");
    private List<Row> rows = List.of();

    @Inject
    public ComparisonView(Measures measures, TenantDirectory tenants, KeptReports reports, DistrictSignIn signIn) {
        this.measures = measures;
        this.tenants = tenants;
        this.reports = reports;
        this.signIn = signIn;
        Locale locale = getLocale();
        boolean en = "en".equals(locale.getLanguage());
        kind.setId("compare-kind");
        kind.setLabel(en ? "Period" : "统计周期");
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> en ? k.en() : k.zh());
        kind.setValue(PeriodKind.YEAR);
        day.setId("compare-day");
        day.setLabel(en ? "Day (in the period)" : "日期（所在周期）");
        day.setLocale(locale);
        day.setValue(LocalDate.now(WorkCalendar.CHINA));
        kind.addValueChangeListener(e -> refresh());
        day.addValueChangeListener(e -> refresh());
        Button report = new Button(en ? "Generate the district report" : "生成区级报告", e -> {
            try {
                reports.requestDistrictReport(period(), getLocale(), signIn.caller());
                refreshKept();
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, getLocale()));
            }
        });
        report.setId("district-report");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout controls = new HorizontalLayout(kind, day, report, TableDownloads.of("compare-export", "offices", this::table, en));
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        grid.setId("offices-compared");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.office().name()).setHeader(en ? "Street office" : "街镇").setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> MeasureText.count(r.now().reported(), locale)).setHeader(en ? "Cases" : "案件").setAutoWidth(true)
                .setComparator(Comparator.comparingLong(r -> r.now().reported()));
        grid.addColumn(r -> MeasureText.countChange(r.now().reported(), r.measures().figures().yearBefore().reported(), locale))
                .setHeader(en ? "Year on year" : "同比").setAutoWidth(true);
        grid.addColumn(r -> MeasureText.rate(r.now().handlingRate(), locale)).setHeader(en ? "Handling rate" : "管事率").setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(r -> r.now().handlingRate() == null ? -1 : r.now().handlingRate()));
        grid.addColumn(r -> MeasureText.rate(r.now().closureRate(), locale)).setHeader(en ? "Closure rate" : "结案率").setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(r -> r.now().closureRate() == null ? -1 : r.now().closureRate()));
        grid.addColumn(r -> MeasureText.rate(r.now().onTimeRate(), locale)).setHeader(en ? "On time" : "按期结案率").setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(r -> r.now().onTimeRate() == null ? -1 : r.now().onTimeRate()));
        grid.addColumn(r -> MeasureText.count(r.now().overdue(), locale)).setHeader(en ? "Overdue" : "超期").setAutoWidth(true)
                .setComparator(Comparator.comparingLong(r -> r.now().overdue()));
        grid.addColumn(r -> r.now().rated() < 10 ? (en ? "too few ratings" : "评价不足 10 件") : MeasureText.rate(r.now().satisfactionRate(), locale))
                .setHeader(en ? "Satisfaction" : "满意率").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().office().code()));
        grid.setHeight("28em");
        chart.onClick((series, name) -> rows.stream().filter(r -> r.office().name().equals(name)).findFirst()
                .ifPresent(r -> open(r.office().code())));

        kept.setId("district-reports");
        kept.addThemeVariants(GridVariant.LUMO_COMPACT);
        kept.addColumn(ReportView::title).setHeader(en ? "Report" : "报告").setFlexGrow(1);
        kept.addColumn(r -> r.status() == ReportStatus.RUNNING ? (en ? "generating " : "生成中 ") + r.progress() + "%"
                : r.status() == ReportStatus.DONE ? (en ? "ready" : "已生成") : (en ? "failed: " : "生成失败：") + r.failure())
                .setHeader(en ? "Status" : "状态").setAutoWidth(true);
        kept.addColumn(r -> r.createdBy() + " · " + WHEN.format(r.createdAt().atZone(WorkCalendar.CHINA))).setHeader(en ? "Generated by" : "生成人·时间").setAutoWidth(true);
        kept.addComponentColumn(this::download).setAutoWidth(true);
        kept.setAllRowsVisible(true);

        add(new H2(en ? "Street offices compared" : "街镇对比"),
                new Paragraph(en ? "The active street offices' measures for the period, beside the same period a year before. Click an office to open it."
                        : "各在用街镇本周期的指标，与去年同期对照。点击街镇可打开其详情。"),
                message, controls, chart, grid, new H3(en ? "District reports" : "区级报告"), kept);
        refresh();
        Polling.whileRunning(this, () -> kept.getListDataView().getItems().anyMatch(r -> r.status() == ReportStatus.RUNNING),
                this::refreshKept);
    }

    private Period period() {
        return Period.of(kind.getValue() == null ? PeriodKind.YEAR : kind.getValue(),
                day.getValue() == null ? LocalDate.now(WorkCalendar.CHINA) : day.getValue());
    }

    private void refresh() {
        Period p = period();
        List<Row> all = new ArrayList<>();
        for (StreetOffice o : tenants.activeStreetOffices()) {
            all.add(new Row(o, TenantContext.supplyAs(o.code(), () -> measures.of(p, MeasureFilter.all()))));
        }
        all.sort(Comparator.comparingLong((Row r) -> -r.now().reported()));
        rows = all;
        grid.setItems(all);
        drawChart(p);
        refreshKept();
    }

    private void drawChart(Period p) {
        boolean en = "en".equals(getLocale().getLanguage());
        List<Row> top = rows.stream().limit(15).toList();
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (Row r : top) {
            names.add(r.office().name());
            now.add(r.now().reported());
            before.add(r.measures().figures().yearBefore().reported());
        }
        chart.draw(Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("legend", Json.createObjectBuilder().add("top", 0))
                .add("grid", Json.createObjectBuilder().add("top", 32).add("left", 8).add("right", 16).add("bottom", 8).add("containLabel", true))
                .add("yAxis", Json.createObjectBuilder().add("type", "category").add("inverse", true).add("data", names))
                .add("xAxis", Json.createObjectBuilder().add("type", "value").add("minInterval", 1))
                .add("series", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", p.label(getLocale())).add("type", "bar").add("color", "#1565c0").add("data", now))
                        .add(Json.createObjectBuilder().add("name", en ? "A year before" : "去年同期").add("type", "bar").add("color", "#90a4ae").add("data", before)))
                .build().toString(), en ? "Cases of the street offices with most cases, this period and a year before"
                : "案件最多的街镇：本期与去年同期");
    }

    private Table table() {
        boolean en = "en".equals(getLocale().getLanguage());
        List<List<Object>> lines = new ArrayList<>();
        for (Row r : rows) {
            Figures f = r.now();
            lines.add(java.util.Arrays.asList(r.office().code(), r.office().name(), f.reported(),
                    r.measures().figures().yearBefore().reported(), f.registered(), MeasureText.percent(f.handlingRate()),
                    MeasureText.percent(f.closureRate()), MeasureText.percent(f.onTimeRate()), f.overdue(), f.rated(), MeasureText.percent(f.satisfactionRate())));
        }
        return new Table(period().label(getLocale()), en
                ? List.of("Code", "Street office", "Cases", "A year before", "Registered", "Handling rate %", "Closure rate %",
                "On-time closure rate %", "Overdue", "Rated", "Satisfaction rate %")
                : List.of("代码", "街镇", "案件", "去年同期", "立案", "管事率%", "结案率%", "按期结案率%", "超期", "评价", "满意率%"), lines);
    }


    private Component download(ReportView r) {
        if (r.status() != ReportStatus.DONE) {
            return new Span();
        }
        long id = r.id();
        String file = r.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + ".pdf";
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> reports.districtPdf(id)
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length))
                .orElseGet(() -> DownloadResponse.error(404))), "en".equals(getLocale().getLanguage()) ? "Download PDF" : "下载 PDF");
        a.setId("district-report-download-" + id);
        a.getElement().setAttribute("download", true);
        return a;
    }

    private void refreshKept() {
        List<ReportView> list = reports.districtList();
        kept.setItems(list);
        UI.getCurrent().setPollInterval(list.stream().anyMatch(r -> r.status() == ReportStatus.RUNNING) ? 1000 : -1);
    }

    private void open(String code) {
        UI.getCurrent().navigate(OfficeView.class, new RouteParameters("code", code));
    }

    @Override
    public String getPageTitle() {
        return ("en".equals(getLocale().getLanguage()) ? "Street offices compared" : "街镇对比") + " · " + getTranslation("app.title");
    }
}
