package org.lianqin.portal.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.lianqin.core.cases.Counted;
import org.lianqin.core.measures.Breakdown;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.portal.views.GridOutlines;
import org.lianqin.vaadin.EChart;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's three charts, as ECharts options: the year's cases by month against last year's (a click
 * on a month opens that month's cases), the categories of the period against a year before (a click opens
 * the category's cases), and the grids shaded by their cases (a click opens the grid's cases).
 */
final class EChartsPanels {

    /** Opens the cases a chart item stands for. */
    interface Cases {
        void show(Counted counted, int which, Map<String, String> more);
    }

    private static final String MAP = "office-grids";
    private final EChart trend = new EChart("chart-trend", "18em");
    private final EChart categories = new EChart("chart-categories", "18em");
    private final EChart hotspots;
    private final Locale locale;
    private final int gridCount;
    private List<Breakdown> shownCategories = List.of();
    private Period period;

    EChartsPanels(Cases cases, List<GridView> grids, Locale locale) {
        this.locale = locale;
        this.gridCount = grids.size();
        hotspots = new EChart("chart-hotspots", "22em").withMap(MAP, GridOutlines.of(grids).toString());
        trend.onClick((series, name) -> {
            String digits = name.replaceAll("\\D", "");
            if (digits.isEmpty() || digits.length() > 2 || series < 0 || series > 1 || Integer.parseInt(digits) < 1
                    || Integer.parseInt(digits) > 12) {
                return;   // not a month of the chart
            }
            int month = Integer.parseInt(digits);
            int year = period.start().getYear() - series;
            LocalDate first = LocalDate.of(year, month, 1);
            cases.show(Counted.REPORTED, 0, Map.of("from", first.toString(), "to", first.plusMonths(1).minusDays(1).toString()));
        });
        categories.onClick((series, name) -> shownCategories.stream()
                .filter(b -> name.equals(label(b))).findFirst()
                .ifPresent(b -> cases.show(Counted.REPORTED, series == 0 ? 0 : 2, Map.of("category", b.key()))));
        hotspots.onClick((series, name) -> {
            if (!name.isEmpty()) {
                cases.show(Counted.REPORTED, 0, Map.of("grid", name));
            }
        });
    }

    EChart trend() {
        return trend;
    }

    EChart categories() {
        return categories;
    }

    EChart hotspots() {
        return hotspots;
    }

    private boolean en() {
        return "en".equals(locale.getLanguage());
    }

    private String label(Breakdown b) {
        return en() ? b.nameEn() : b.nameZh();
    }

    void draw(OfficeMeasures m, long[][] months, List<Breakdown> byGrid, Period period) {
        this.period = period;
        int year = period.start().getYear();
        JsonArrayBuilder monthNames = Json.createArrayBuilder();
        for (int i = 1; i <= 12; i++) {
            monthNames.add(en() ? String.valueOf(i) : i + "月");
        }
        String thisYear = en() ? String.valueOf(year) : year + "年";
        String lastYear = en() ? String.valueOf(year - 1) : (year - 1) + "年";
        trend.draw(Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("legend", Json.createObjectBuilder().add("top", 0))
                .add("grid", grid())
                .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", monthNames))
                .add("yAxis", Json.createObjectBuilder().add("type", "value").add("minInterval", 1))
                .add("series", Json.createArrayBuilder()
                        .add(line(thisYear, months[0], shownMonths(year), "#1565c0"))
                        .add(line(lastYear, months[1], 12, "#90a4ae")))
                .build().toString(), (en() ? "Cases by month, " : "各月案件数，") + thisYear + (en() ? " against " : "对比") + lastYear);

        shownCategories = m.categories().stream().limit(12).toList();
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (Breakdown b : shownCategories) {
            names.add(label(b));
            now.add(b.figures().now().reported());
            before.add(b.figures().yearBefore().reported());
        }
        categories.draw(Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("legend", Json.createObjectBuilder().add("top", 0))
                .add("grid", grid().add("left", 110))
                .add("yAxis", Json.createObjectBuilder().add("type", "category").add("inverse", true).add("data", names))
                .add("xAxis", Json.createObjectBuilder().add("type", "value").add("minInterval", 1))
                .add("series", Json.createArrayBuilder()
                        .add(bar(en() ? "This period" : "本期", now, "#1565c0"))
                        .add(bar(en() ? "A year before" : "去年同期", before, "#90a4ae")))
                .build().toString(), en() ? "Cases by category, this period and a year before" : "各大类案件数，本期与去年同期");

        JsonArrayBuilder cells = Json.createArrayBuilder();
        long max = 1;
        long min = Long.MAX_VALUE;
        int withCases = 0;
        for (Breakdown b : byGrid) {
            if (!b.key().isEmpty() && !"（无）".equals(b.nameZh())) {
                long n = b.figures().now().reported();
                cells.add(Json.createObjectBuilder().add("name", b.key()).add("value", n));
                max = Math.max(max, n);
                min = Math.min(min, n);
                withCases++;
            }
        }
        // the scale runs from the quietest grid to the busiest: where problems cluster stands out even when every grid has many
        min = withCases < gridCount ? 0 : Math.min(min, max - 1);
        hotspots.draw(Json.createObjectBuilder()
                .add("tooltip", Json.createObjectBuilder().add("trigger", "item"))
                .add("visualMap", Json.createObjectBuilder().add("min", min).add("max", max).add("left", 0).add("bottom", 0)
                        .add("calculable", true).add("text", Json.createArrayBuilder().add(en() ? "more" : "多").add(en() ? "fewer" : "少"))
                        .add("inRange", Json.createObjectBuilder().add("color", Json.createArrayBuilder()
                                .add("#e3f2fd").add("#ffcc80").add("#e65100").add("#b71c1c"))))
                .add("series", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "map").add("map", MAP).add("nameProperty", "code").add("roam", true)
                        .add("label", Json.createObjectBuilder().add("show", true).add("fontSize", 10))
                        .add("itemStyle", Json.createObjectBuilder().add("borderColor", "#455a64").add("areaColor", "#eceff1"))
                        .add("data", cells)))
                .build().toString(), en() ? "Where problems cluster: the grids shaded by their cases" : "问题热点：各网格按案件数着色");
    }

    private static JsonObjectBuilder grid() {
        return Json.createObjectBuilder().add("top", 32).add("right", 16).add("bottom", 24).add("left", 40).add("containLabel", true);
    }

    /** This year's months that have begun (the rest are not drawn as none); 12 for a year gone by. */
    private static int shownMonths(int year) {
        LocalDate today = LocalDate.now(org.lianqin.core.calendar.WorkCalendar.CHINA);
        return year == today.getYear() ? today.getMonthValue() : year > today.getYear() ? 0 : 12;
    }

    private static JsonObjectBuilder line(String name, long[] values, int shown, String color) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int m = 0; m < values.length; m++) {
            if (m < shown) {
                data.add(values[m]);
            } else {
                data.addNull();
            }
        }
        return Json.createObjectBuilder().add("name", name).add("type", "line").add("smooth", false)
                .add("symbolSize", 8).add("color", color).add("data", data);
    }

    private static JsonObjectBuilder bar(String name, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("name", name).add("type", "bar").add("color", color).add("data", data);
    }
}
