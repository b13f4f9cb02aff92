package org.lianqin.core.reports;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.measures.Compared;
import org.lianqin.core.measures.Figures;
import org.lianqin.core.measures.MeasureText;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The district's report for a period: its street offices side by side — cases with 同比, 管事率, 结案率,
 * 按期结案率, overdue and satisfaction — their totals, and the offices with most cases as a chart.
 */
final class DistrictReportWriter {

    /** One street office's line. */
    record OfficeRow(String code, String name, OfficeMeasures measures) {
    }

    private final Locale locale;
    private final boolean en;

    DistrictReportWriter(Locale locale) {
        this.locale = locale;
        this.en = "en".equals(locale.getLanguage());
    }

    private String t(String zh, String english) {
        return en ? english : zh;
    }

    String title(Period period) {
        return en ? "District report on joint urban management, " + period.label(locale)
                : period.label(locale) + "全区城市综合管理联勤工作报告";
    }

    byte[] write(Period period, List<OfficeRow> offices, Instant generatedAt) {
        try (PdfKit pdf = new PdfKit(title(period), t("区城市综合管理联勤指挥中心", "District command centre"), en)) {
            Paragraph head = new Paragraph("", pdf.title);
            head.add(pdf.strong(title(period), pdf.title));
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingBefore(40);
            pdf.add(head);
            Paragraph when = new Paragraph(t("生成时间：", "Generated: ")
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(generatedAt.atZone(WorkCalendar.CHINA)), pdf.small);
            when.setAlignment(Element.ALIGN_CENTER);
            pdf.add(when);
            long reported = 0;
            long before = 0;
            long registered = 0;
            long handled = 0;
            long dueNotDeferred = 0;
            long closed = 0;
            long onTime = 0;
            long rated = 0;
            long satisfied = 0;
            long overdue = 0;
            for (OfficeRow o : offices) {
                Figures f = o.measures().figures().now();
                reported += f.reported();
                before += o.measures().figures().yearBefore().reported();
                registered += f.registered();
                handled += f.handled();
                dueNotDeferred += f.due() - f.deferred();
                closed += f.closed();
                onTime += f.closedOnTime();
                rated += f.rated();
                satisfied += f.satisfied();
                overdue += f.overdue();
            }
            pdf.heading(t("一、总体情况", "1. Overview"));
            pdf.paragraph(en ? String.format(locale, "In %s the district's %d street offices received %s problems (a year before %s, %s). Handling rate %s, closure rate %s, on-time closure rate %s; %s cases ran past their deadline; satisfaction rate %s over %s ratings.",
                            period.label(locale), offices.size(), n(reported), n(before), MeasureText.countChange(reported, before, locale),
                            r(share(handled, registered)), r(share(closed, dueNotDeferred)), r(share(onTime, dueNotDeferred)),
                            n(overdue), r(share(satisfied, rated)), n(rated))
                    : String.format(locale, "%s，全区%d个街镇共受理各类城市管理问题%s件（去年同期%s件，同比%s）。管事率%s，结案率%s，按期结案率%s；超期%s件；群众评价%s件，满意率%s。",
                            period.label(locale), offices.size(), n(reported), n(before), MeasureText.countChange(reported, before, locale),
                            r(share(handled, registered)), r(share(closed, dueNotDeferred)), r(share(onTime, dueNotDeferred)),
                            n(overdue), n(rated), r(share(satisfied, rated))));
            pdf.heading(t("二、各街镇对比", "2. The street offices compared"));
            List<List<String>> rows = new ArrayList<>();
            List<OfficeRow> sorted = offices.stream()
                    .sorted(Comparator.comparingLong((OfficeRow o) -> -o.measures().figures().now().reported())).toList();
            for (OfficeRow o : sorted) {
                Compared<Figures> f = o.measures().figures();
                rows.add(List.of(o.name(), n(f.now().reported()), MeasureText.countChange(f.now().reported(), f.yearBefore().reported(), locale),
                        r(f.now().handlingRate()), r(f.now().closureRate()), r(f.now().onTimeRate()), n(f.now().overdue()),
                        f.now().rated() < 10 ? t("样本不足", "too few") : r(f.now().satisfactionRate())));
            }
            pdf.table(List.of(t("街镇", "Street office"), t("案件", "Cases"), t("同比", "Year on year"), t("管事率", "Handling"),
                    t("结案率", "Closure"), t("按期结案率", "On time"), t("超期", "Overdue"), t("满意率", "Satisfaction")),
                    rows, new float[] {2.4f, 1.1f, 1.1f, 1.1f, 1.1f, 1.2f, 0.9f, 1.2f}, 1);
            Map<String, long[]> bars = new LinkedHashMap<>();
            sorted.stream().limit(15).forEach(o -> bars.put(o.name(), new long[] {o.measures().figures().now().reported(),
                    o.measures().figures().yearBefore().reported()}));
            if (!bars.isEmpty()) {
                pdf.chart(ReportCharts.bars(t("案件数最多的街镇", "Street offices with most cases"), t("本期", "This period"),
                        t("去年同期", "A year before"), bars), 40 + 24f * bars.size());
            }
            pdf.note(t("满意率在评价不足 10 件时不计算。", "A satisfaction rate is given only over 10 ratings or more."));
            return pdf.finish();
        }
    }

    private String n(long v) {
        return MeasureText.count(v, locale);
    }

    private String r(Double v) {
        return MeasureText.rate(v, locale);
    }

    private static Double share(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }
}
