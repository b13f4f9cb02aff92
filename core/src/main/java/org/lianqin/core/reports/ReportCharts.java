package org.lianqin.core.reports;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;

/** The reports' charts, drawn by JFreeChart in the report's font and colours (the dashboard's, on paper). */
final class ReportCharts {

    private static final Color NOW = new Color(0x15, 0x65, 0xc0);
    private static final Color BEFORE = new Color(0x90, 0xa4, 0xae);

    private ReportCharts() {
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("lianqin");
        theme.setExtraLargeFont(ReportFont.awt(13));
        theme.setLargeFont(ReportFont.awt(11));
        theme.setRegularFont(ReportFont.awt(9));
        theme.setSmallFont(ReportFont.awt(8));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xe0, 0xe0, 0xe0));
        return theme;
    }

    /** Cases by month, this year (its first {@code shown} months: those that have begun) against the one before. */
    static JFreeChart months(String title, String thisYear, String lastYear, long[][] months, int shown, List<String> monthNames) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int m = 0; m < 12; m++) {
            data.addValue(m < shown ? (Number) months[0][m] : null, thisYear, monthNames.get(m));
            data.addValue(months[1][m], lastYear, monthNames.get(m));
        }
        JFreeChart chart = ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, NOW);
        renderer.setSeriesPaint(1, BEFORE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setOutlineVisible(false);
        return chart;
    }

    /** Bars per name, this period against a year before. */
    static JFreeChart bars(String title, String now, String before, Map<String, long[]> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((name, v) -> {
            data.addValue(v[0], now, name);
            data.addValue(v[1], before, name);
        });
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, NOW);
        renderer.setSeriesPaint(1, BEFORE);
        renderer.setItemMargin(0.05);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setOutlineVisible(false);
        return chart;
    }
}
