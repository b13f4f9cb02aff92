package org.lianqin.core.reports;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.photos.PhotoContent;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 案卷: one case as the record keeps it — its particulars, the whole timeline (every step, who, when and
 * what they wrote, internal steps included: the dossier is the office's own) and its photos.
 */
final class DossierWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Locale locale;
    private final boolean en;

    DossierWriter(Locale locale) {
        this.locale = locale;
        this.en = "en".equals(locale.getLanguage());
    }

    private String t(String zh, String english) {
        return en ? english : zh;
    }

    String title(CaseDetail c) {
        return t("案卷 ", "Case file ") + c.number();
    }

    private static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at.atZone(WorkCalendar.CHINA));
    }

    byte[] write(String officeName, CaseDetail c, List<PhotoContent> photos, Instant generatedAt) {
        try (PdfKit pdf = new PdfKit(title(c), officeName, en)) {
            Paragraph head = new Paragraph("", pdf.title);
            head.add(pdf.strong(title(c), pdf.title));
            head.setAlignment(Element.ALIGN_LEFT);
            pdf.add(head);
            pdf.note(officeName + " · " + t("生成于 ", "generated ") + when(generatedAt));
            pdf.heading(t("一、基本情况", "1. Particulars"));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t("案件编号", "Number"), c.number()));
            rows.add(List.of(t("状态", "State"), c.state().label().in(locale)));
            rows.add(List.of(t("来源", "Channel"), c.summary().channel().label().in(locale)));
            rows.add(List.of(t("问题类别", "Category"), nz(c.summary().categoryName())));
            rows.add(List.of(t("地址", "Address"), c.place() == null ? "—" : nz(c.place().address())));
            rows.add(List.of(t("网格", "Grid"), nz(c.summary().gridCode())));
            rows.add(List.of(t("责任单位", "Unit"), nz(c.summary().unitName())));
            rows.add(List.of(t("上报时间", "Reported"), when(c.summary().reportedAt())));
            rows.add(List.of(t("处置时限", "Deadline"), when(c.summary().handleDeadline())));
            rows.add(List.of(t("结案时间", "Closed"), when(c.closedAt())
                    + (c.closedOnTime() == null ? "" : c.closedOnTime() ? t("（按期）", " (on time)") : t("（超期）", " (late)"))));
            rows.add(List.of(t("返工次数", "Reworked"), String.valueOf(c.reworkCount())));
            rows.add(List.of(t("缓办", "Deferred"), c.deferred() ? t("是", "yes") : t("否", "no")));
            rows.add(List.of(t("满意度", "Satisfaction"), c.satisfaction() == null ? t("未评价", "not rated") : c.satisfaction() + " / 5"));
            pdf.table(List.of(t("项目", "Item"), t("内容", "Value")), rows, new float[] {1.2f, 4f}, 2);
            pdf.heading(t("二、问题描述", "2. Description"));
            pdf.paragraph(nz(c.description()));
            pdf.heading(t("三、处置过程", "3. Timeline"));
            List<List<String>> steps = new ArrayList<>();
            for (CaseDetail.TimelineEntry e : c.timeline()) {
                steps.add(List.of(when(e.at()), step(e), nz(e.actorName()), e.note() == null ? "" : e.note()));
            }
            pdf.table(List.of(t("时间", "When"), t("环节", "Step"), t("经办", "By"), t("说明", "Note")), steps,
                    new float[] {1.5f, 1.6f, 1f, 3.2f}, 4);
            pdf.heading(t("四、照片", "4. Photos"));
            if (photos.isEmpty()) {
                pdf.paragraph(t("本案无照片。", "The case has no photos."));
            }
            for (PhotoContent p : photos) {
                pdf.image(p.content(), 300);
                pdf.note(p.fileName());
            }
            return pdf.finish();
        }
    }

    private String step(CaseDetail.TimelineEntry e) {
        String to = e.to() == null ? "" : e.to().label().in(locale);
        return e.action().label().in(locale) + (e.from() != null && e.from() != e.to() ? " → " + to : "");
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
