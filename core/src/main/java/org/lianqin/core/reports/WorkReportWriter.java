package org.lianqin.core.reports;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.measures.Assessments;
import org.lianqin.core.measures.Breakdown;
import org.lianqin.core.measures.Compared;
import org.lianqin.core.measures.Figures;
import org.lianqin.core.measures.MeasureText;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Writes a street office's work report (工作报告) for a period, as a district's report to its people's
 * congress is laid out: a title page; 一 the overview, written from the figures; 二 the main indicators
 * with 同比 and 环比; 三 the cases by category with 同比, and the charts; 四 the joint operations and their
 * results; 五 the units' assessment; 六 residents' satisfaction; 七 the next steps the office wrote.
 */
final class WorkReportWriter {

    /** Year-on-year changes of a 小类 are told in the overview only over at least this many cases a year before. */
    static final int MOVER_BASE = 10;

    private final Locale locale;
    private final boolean en;

    WorkReportWriter(Locale locale) {
        this.locale = locale;
        this.en = "en".equals(locale.getLanguage());
    }

    private String t(String zh, String english) {
        return en ? english : zh;
    }

    private String n(long count) {
        return MeasureText.count(count, locale);
    }

    private String r(Double share) {
        return MeasureText.rate(share, locale);
    }

    /** The report's title: "枫林街道 2026年 城市综合管理联勤工作报告". */
    String title(String office, Period period) {
        return en ? "Joint urban management work report, " + office + ", " + period.label(locale)
                : office + period.label(locale) + "城市综合管理联勤工作报告";
    }

    byte[] write(WorkReportData d, IntConsumer progress) {
        OfficeMeasures m = d.measures();
        Period period = m.periods().now();
        try (PdfKit pdf = new PdfKit(title(d.officeName(), period), d.officeName(), en)) {
            titlePage(pdf, d, period);
            progress.accept(55);
            pdf.newPage();
            pdf.heading(t("一、总体情况", "1. Overview"));
            overview(d).forEach(pdf::paragraph);
            pdf.heading(t("二、主要指标", "2. Main indicators"));
            indicators(pdf, m);
            progress.accept(65);
            pdf.heading(t("三、案件分类情况", "3. Cases by category"));
            categories(pdf, m, d.subCategories());
            charts(pdf, d);
            progress.accept(75);
            pdf.heading(t("四、联合整治", "4. Joint operations"));
            operations(pdf, m);
            pdf.heading(t("五、成员单位考核", "5. Assessment of the member units"));
            assessment(pdf, d);
            progress.accept(85);
            pdf.heading(t("六、群众满意度", "6. Residents' satisfaction"));
            satisfaction(pdf, m);
            pdf.heading(t("七、下一步工作", "7. Next steps"));
            String next = d.nextSteps() == null || d.nextSteps().isBlank()
                    ? t("（尚未填写。）", "(Not written yet.)") : d.nextSteps().strip();
            for (String line : next.split("\\R+")) {
                pdf.paragraph(line.strip());
            }
            progress.accept(95);
            return pdf.finish();
        }
    }

    private void titlePage(PdfKit pdf, WorkReportData d, Period period) {
        Paragraph space = new Paragraph(" ", pdf.body);
        space.setSpacingBefore(150);
        pdf.add(space);
        Paragraph office = new Paragraph("", pdf.title);
        office.add(pdf.strong(d.officeName(), pdf.title));
        office.setAlignment(Element.ALIGN_CENTER);
        pdf.add(office);
        Paragraph title = new Paragraph(en ? "Joint urban management work report" : period.label(locale) + "城市综合管理联勤工作报告", pdf.subtitle);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(18);
        pdf.add(title);
        if (en) {
            Paragraph p = new Paragraph(period.label(locale), pdf.subtitle);
            p.setAlignment(Element.ALIGN_CENTER);
            pdf.add(p);
        }
        Paragraph when = new Paragraph(t("生成时间：", "Generated: ")
                + DateTimeFormatter.ofPattern(en ? "d MMM yyyy HH:mm" : "yyyy年M月d日 HH:mm", locale)
                .format(d.generatedAt().atZone(WorkCalendar.CHINA)), pdf.small);
        when.setAlignment(Element.ALIGN_CENTER);
        when.setSpacingBefore(220);
        pdf.add(when);
        Paragraph basis = new Paragraph(t("统计口径：按上报日期归属统计周期；与去年同期（同比）及上一周期（环比）对比；结案率、按期结案率按 CJ/T 292 计算（缓办案件不计入分母）；用时按工作时间计算。",
                "Cases count in the period they were reported in, compared with the same period a year before and the period before; closure rates as CJ/T 292 computes them (deferred cases out of the denominator); times in working hours."), pdf.small);
        basis.setAlignment(Element.ALIGN_CENTER);
        pdf.add(basis);
    }

    /** The overview, written from the figures: what a leader would say first. */
    List<String> overview(WorkReportData d) {
        OfficeMeasures m = d.measures();
        Figures now = m.figures().now();
        Figures before = m.figures().yearBefore();
        String period = m.periods().now().label(locale);
        List<String> paragraphs = new ArrayList<>();
        String trend = trend(now.reported(), before.reported());
        paragraphs.add(en
                ? String.format(locale, "In %s, %s received %s problems of urban management%s. %s were registered; %s of them were handled (handling rate %s). Of the %s cases due (not counting %s deferred), %s were closed (closure rate %s) and %s on time (on-time closure rate %s). The rework rate was %s; %s cases ran past their deadline. Half of the closed cases were closed within %s working hours.",
                        period, d.officeName(), n(now.reported()), trend, n(now.registered()), n(now.handled()), r(now.handlingRate()),
                        n(now.due() - now.deferred()), n(now.deferred()), n(now.closed()), r(now.closureRate()), n(now.closedOnTime()),
                        r(now.onTimeRate()), r(now.reworkRate()), n(now.overdue()), MeasureText.hours(now.toClose().median(), locale))
                : String.format(locale, "%s，%s共受理各类城市管理问题%s件%s。立案%s件，处置%s件，管事率%s；应结案%s件（不含缓办%s件），结案%s件，结案率%s，其中按期结案%s件，按期结案率%s。返工率%s，超期%s件。半数案件在%s个工作小时内办结。",
                        period, d.officeName(), n(now.reported()), trend, n(now.registered()), n(now.handled()), r(now.handlingRate()),
                        n(now.due() - now.deferred()), n(now.deferred()), n(now.closed()), r(now.closureRate()), n(now.closedOnTime()),
                        r(now.onTimeRate()), r(now.reworkRate()), n(now.overdue()), MeasureText.hours(now.toClose().median(), locale)));
        paragraphs.add(movers(d.subCategories()));
        String satisfaction = now.rated() < 10
                ? (en ? String.format(locale, "Residents rated %s closed cases, too few for a rate.", n(now.rated()))
                        : String.format(locale, "群众评价%s件，样本不足 10 件，不计算满意率。", n(now.rated())))
                : (en ? String.format(locale, "Residents rated %s closed cases; %s of them were satisfied.", n(now.rated()), r(now.satisfactionRate()))
                        : String.format(locale, "群众评价%s件，满意率%s。", n(now.rated()), r(now.satisfactionRate())));
        paragraphs.add(en
                ? String.format(locale, "%s joint operations were carried out%s. ", n(m.operations().now()), results(m)) + satisfaction
                : String.format(locale, "开展联合整治%s次%s。", n(m.operations().now()), results(m)) + satisfaction);
        return paragraphs;
    }

    private String trend(long now, long before) {
        Double change = Compared.change(now, before);
        if (change == null) {
            return "";
        }
        String size = MeasureText.rate(Math.abs(change), locale);
        if (en) {
            return change >= 0 ? ", " + size + " more than a year before" : ", " + size + " fewer than a year before";
        }
        return change >= 0 ? "，同比上升" + size : "，同比下降" + size;
    }

    /** "与去年同期相比，乱设摊下降 50.0%、跨门营业下降 37.5%；占道堆物上升 20.0%。" from the 小类 with a base. */
    String movers(List<Breakdown> sub) {
        List<Breakdown> comparable = sub.stream().filter(b -> b.figures().yearBefore().reported() >= MOVER_BASE).toList();
        if (comparable.isEmpty()) {
            return t("去年同期各类问题案件均不足 " + MOVER_BASE + " 件，暂不作分类同比分析。",
                    "No category had " + MOVER_BASE + " cases or more a year before, so categories are not compared year on year.");
        }
        Function<Breakdown, Double> change = b -> Compared.change(b.figures().now().reported(), b.figures().yearBefore().reported());
        List<Breakdown> down = comparable.stream().filter(b -> change.apply(b) < 0).sorted(Comparator.comparing(change)).limit(3).toList();
        List<Breakdown> up = comparable.stream().filter(b -> change.apply(b) > 0)
                .sorted(Comparator.comparing(change, Comparator.reverseOrder())).limit(3).toList();
        StringBuilder s = new StringBuilder(t("与去年同期相比，", "Compared with a year before, "));
        List<String> parts = new ArrayList<>();
        for (Breakdown b : down) {
            parts.add(en ? b.nameEn() + " fell by " + r(-change.apply(b)) : b.nameZh() + "下降" + r(-change.apply(b)));
        }
        String downText = String.join(en ? ", " : "、", parts);
        parts.clear();
        for (Breakdown b : up) {
            parts.add(en ? b.nameEn() + " rose by " + r(change.apply(b)) : b.nameZh() + "上升" + r(change.apply(b)));
        }
        String upText = String.join(en ? ", " : "、", parts);
        if (downText.isEmpty() && upText.isEmpty()) {
            return t("与去年同期相比，各类问题案件数基本持平。", "Compared with a year before, the categories held level.");
        }
        s.append(downText);
        if (!downText.isEmpty() && !upText.isEmpty()) {
            s.append(en ? "; " : "；");
        }
        s.append(upText);
        s.append(en ? "." : "。");
        return s.toString();
    }

    private String results(OfficeMeasures m) {
        List<String> parts = m.results().stream().filter(r -> r.quantity().now() > 0)
                .map(r -> en ? n(r.quantity().now()) + " " + r.kind() : r.kind() + n(r.quantity().now())).toList();
        if (parts.isEmpty()) {
            return "";
        }
        return en ? " (" + String.join(", ", parts) + ")" : "，" + String.join("、", parts);
    }

    private List<String> comparedHead() {
        return List.of(t("本期", "This period"), t("去年同期", "A year before"), t("同比", "Year on year"),
                t("上期", "Period before"), t("环比", "On the period before"));
    }

    private void indicators(PdfKit pdf, OfficeMeasures m) {
        Compared<Figures> f = m.figures();
        List<String> head = new ArrayList<>(List.of(t("指标", "Indicator")));
        head.addAll(comparedHead());
        List<List<String>> rows = new ArrayList<>();
        rows.add(countRow(t("上报案件（件）", "Reported"), f.map(Figures::reported)));
        rows.add(countRow(t("立案（件）", "Registered"), f.map(Figures::registered)));
        rows.add(rateRow(t("管事率", "Handling rate"), f.map(Figures::handlingRate)));
        rows.add(countRow(t("应结案（件，不含缓办）", "Due (not deferred)"), f.map(x -> x.due() - x.deferred())));
        rows.add(countRow(t("结案（件）", "Closed"), f.map(Figures::closed)));
        rows.add(rateRow(t("结案率", "Closure rate"), f.map(Figures::closureRate)));
        rows.add(rateRow(t("按期结案率", "On-time closure rate"), f.map(Figures::onTimeRate)));
        rows.add(rateRow(t("返工率", "Rework rate"), f.map(Figures::reworkRate)));
        rows.add(countRow(t("超期（件）", "Overdue"), f.map(Figures::overdue)));
        rows.add(countRow(t("缓办（件）", "Deferred"), f.map(Figures::deferred)));
        rows.add(hoursRow(t("立案用时中位数（工作小时）", "Median hours to register"), f.map(x -> x.toRegister().median())));
        rows.add(hoursRow(t("派遣用时中位数（工作小时）", "Median hours to dispatch"), f.map(x -> x.toDispatch().median())));
        rows.add(hoursRow(t("处置用时中位数（工作小时）", "Median hours to handle"), f.map(x -> x.toHandle().median())));
        rows.add(hoursRow(t("办结用时中位数（工作小时）", "Median hours to close"), f.map(x -> x.toClose().median())));
        rows.add(hoursRow(t("办结用时 90% 分位（工作小时）", "90th percentile hours to close"), f.map(x -> x.toClose().p90())));
        rows.add(rateRow(t("满意率", "Satisfaction rate"), f.map(Figures::satisfactionRate)));
        pdf.table(head, rows, new float[] {2.9f, 1.2f, 1.2f, 1.7f, 1.2f, 1.7f});
        pdf.note(t("同比、环比：件数为增减百分比，比率为增减百分点；“—”表示无可比数据。",
                "Changes: for counts in percent, for rates in percentage points; \"—\" where there is nothing to compare."));
    }

    private List<String> countRow(String name, Compared<Long> c) {
        return List.of(name, n(c.now()), n(c.yearBefore()), MeasureText.countChange(c.now(), c.yearBefore(), locale),
                n(c.previous()), MeasureText.countChange(c.now(), c.previous(), locale));
    }

    private List<String> rateRow(String name, Compared<Double> c) {
        return List.of(name, r(c.now()), r(c.yearBefore()), MeasureText.rateChange(c.now(), c.yearBefore(), locale),
                r(c.previous()), MeasureText.rateChange(c.now(), c.previous(), locale));
    }

    private List<String> hoursRow(String name, Compared<Double> c) {
        return List.of(name, MeasureText.hours(c.now(), locale), MeasureText.hours(c.yearBefore(), locale), "",
                MeasureText.hours(c.previous(), locale), "");
    }

    private void categories(PdfKit pdf, OfficeMeasures m, List<Breakdown> sub) {
        List<String> head = new ArrayList<>(List.of(t("类别", "Category")));
        head.addAll(comparedHead());
        List<List<String>> rows = new ArrayList<>();
        for (Breakdown b : m.categories()) {
            rows.add(countRow(en ? b.nameEn() : b.nameZh(), b.figures().map(Figures::reported)));
        }
        pdf.table(head, rows, new float[] {2.9f, 1.2f, 1.2f, 1.7f, 1.2f, 1.7f});
        List<List<String>> subRows = new ArrayList<>();
        for (Breakdown b : sub.stream().limit(15).toList()) {
            subRows.add(countRow(en ? b.nameEn() : b.nameZh(), b.figures().map(Figures::reported)));
        }
        if (!subRows.isEmpty()) {
            pdf.note(t("案件数最多的小类：", "The sub-categories with most cases:"));
            pdf.table(head, subRows, new float[] {2.9f, 1.2f, 1.2f, 1.7f, 1.2f, 1.7f});
        }
    }

    void charts(PdfKit pdf, WorkReportData d) {
        OfficeMeasures m = d.measures();
        int year = m.periods().now().start().getYear();
        List<String> months = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            months.add(en ? String.valueOf(i) : i + "月");
        }
        // this year's months still to come are not drawn as none
        int shown = year == d.generatedAt().atZone(org.lianqin.core.calendar.WorkCalendar.CHINA).getYear()
                ? d.generatedAt().atZone(org.lianqin.core.calendar.WorkCalendar.CHINA).getMonthValue() : 12;
        pdf.chart(ReportCharts.months(t("各月案件数", "Cases by month"), en ? String.valueOf(year) : year + "年",
                en ? String.valueOf(year - 1) : (year - 1) + "年", d.months(), shown, months), 210);
        Map<String, long[]> bars = new LinkedHashMap<>();
        m.categories().stream().limit(10).forEach(b -> bars.put(en ? b.nameEn() : b.nameZh(),
                new long[] {b.figures().now().reported(), b.figures().yearBefore().reported()}));
        pdf.chart(ReportCharts.bars(t("各大类案件数", "Cases by category"), t("本期", "This period"),
                t("去年同期", "A year before"), bars), 40 + 26f * Math.max(2, bars.size()));
    }

    private void operations(PdfKit pdf, OfficeMeasures m) {
        pdf.paragraph(en ? String.format(locale, "%s joint operations were recorded as done in %s (a year before: %s).",
                        n(m.operations().now()), m.periods().now().label(locale), n(m.operations().yearBefore()))
                : String.format(locale, "%s共完成联合整治%s次（去年同期%s次）。", m.periods().now().label(locale),
                        n(m.operations().now()), n(m.operations().yearBefore())));
        if (!m.results().isEmpty()) {
            List<String> head = new ArrayList<>(List.of(t("整治成果", "Result")));
            head.addAll(comparedHead());
            List<List<String>> rows = new ArrayList<>();
            for (OfficeMeasures.OperationResults r : m.results()) {
                rows.add(countRow(r.kind(), r.quantity()));
            }
            pdf.table(head, rows, new float[] {2.9f, 1.2f, 1.2f, 1.7f, 1.2f, 1.7f});
        }
    }

    private void assessment(PdfKit pdf, WorkReportData d) {
        Assessments.Weights w = d.weights();
        pdf.paragraph(en ? String.format(locale, "The composite weighs the professional score %d%%, the organisational %d%% and the public %d%%. The professional score is 100 × (0.4 × on-time closure rate + 0.3 × handling rate + 0.3 × (1 − rework rate)); the public score is 100 × satisfaction rate.",
                        w.professional(), w.organisational(), w.publicPart())
                : String.format(locale, "综合得分由专业评定（%d%%）、组织评价（%d%%）和社会评判（%d%%）加权而成。专业评定 = 100 ×（0.4 × 按期结案率 + 0.3 × 管事率 + 0.3 ×（1 − 返工率））；社会评判 = 100 × 满意率。",
                        w.professional(), w.organisational(), w.publicPart()));
        List<List<String>> rows = new ArrayList<>();
        for (Assessments.UnitScore s : d.ranking()) {
            rows.add(List.of(s.rank() == null ? "—" : String.valueOf(s.rank()), s.unitName(), n(s.figures().registered()),
                    score(s.professional()), s.organisational() == null ? "—" : String.valueOf(s.organisational()),
                    score(s.publicScore()), score(s.composite())));
        }
        pdf.table(List.of(t("排名", "Rank"), t("成员单位", "Unit"), t("案件", "Cases"), t("专业评定", "Professional"),
                t("组织评价", "Organisational"), t("社会评判", "Public"), t("综合得分", "Composite")), rows,
                new float[] {0.8f, 3f, 1f, 1.3f, 1.3f, 1.3f, 1.3f}, 2);
    }

    private String score(Double value) {
        return value == null ? "—" : MeasureText.hours(value, locale);
    }

    private void satisfaction(PdfKit pdf, OfficeMeasures m) {
        Compared<Figures> f = m.figures();
        Figures now = f.now();
        if (now.rated() < 10) {
            pdf.paragraph(en ? String.format(locale, "Residents rated %s cases: too few for a rate.", n(now.rated()))
                    : String.format(locale, "群众评价%s件，样本不足 10 件，不计算满意率。", n(now.rated())));
            return;
        }
        pdf.paragraph(en ? String.format(locale, "Residents rated %s closed cases; %s rated 4 or 5 of 5, a satisfaction rate of %s (a year before %s, %s).",
                        n(now.rated()), n(now.satisfied()), r(now.satisfactionRate()), r(f.yearBefore().satisfactionRate()),
                        MeasureText.rateChange(now.satisfactionRate(), f.yearBefore().satisfactionRate(), locale))
                : String.format(locale, "群众对%s件已结案件作出评价，其中%s件评为满意（4 分及以上），满意率%s（去年同期%s，同比%s）。",
                        n(now.rated()), n(now.satisfied()), r(now.satisfactionRate()), r(f.yearBefore().satisfactionRate()),
                        MeasureText.rateChange(now.satisfactionRate(), f.yearBefore().satisfactionRate(), locale)));
    }
}
