package org.lianqin.portal.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.measures.Period;
import org.lianqin.core.measures.PeriodKind;
import org.lianqin.core.reports.KeptReports;
import org.lianqin.core.reports.ReportKind;
import org.lianqin.core.reports.ReportStatus;
import org.lianqin.core.reports.ReportView;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;
import org.lianqin.portal.views.MainLayout;
import org.lianqin.vaadin.FormMessage;
import org.lianqin.vaadin.Problems;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * 工作报告: the street office's reports — a work report for a period, generated in the background while
 * its progress shows here, its "next steps" written by the office and saved with it; case dossiers made
 * from a case's page — kept, listed, downloaded as PDF.
 */
@Route(value = "reports", layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.TENANT_ADMIN})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final KeptReports reports;
    private final Actor me;
    private final Grid<ReportView> list = new Grid<>();
    private com.vaadin.flow.shared.Registration polling;
    private final FormMessage message = new FormMessage("reports-message");

    @Inject
    public ReportsView(KeptReports reports, StaffSignIn signIn) {
        this.reports = reports;
        this.me = SignedIn.inOffice(signIn::caller);
        Locale locale = getLocale();
        boolean en = "en".equals(locale.getLanguage());
        Select<PeriodKind> kind = new Select<>();
        kind.setId("report-kind");
        kind.setLabel(getTranslation("dashboard.period"));
        kind.setItems(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR);
        kind.setItemLabelGenerator(k -> en ? k.en() : k.zh());
        kind.setValue(PeriodKind.YEAR);
        DatePicker day = new DatePicker(getTranslation("dashboard.day"), LocalDate.now(WorkCalendar.CHINA));
        day.setId("report-day");
        day.setLocale(locale);
        TextArea nextSteps = new TextArea(en ? "Next steps (can be written or changed later)" : "下一步工作（可稍后填写或修改）");
        nextSteps.setId("report-next-steps");
        nextSteps.setMaxLength(KeptReports.NEXT_STEPS_MAX);
        nextSteps.setWidthFull();
        Button generate = new Button(en ? "Generate the work report" : "生成工作报告", e -> attempt(() -> {
            if (kind.getValue() == null || day.getValue() == null) {
                message.error(en ? "Choose the period." : "请选择统计周期。");
                return;
            }
            Period period = Period.of(kind.getValue(), day.getValue());
            SignedIn.inOffice(() -> reports.requestWorkReport(period, nextSteps.getValue(), getLocale(), me));
            nextSteps.clear();
        }));
        generate.setId("report-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(kind, day, generate);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        list.setId("kept-reports");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(ReportView::title).setHeader(en ? "Report" : "报告").setFlexGrow(1);
        list.addComponentColumn(this::status).setHeader(en ? "Status" : "状态").setWidth("12em").setFlexGrow(0);
        list.addColumn(r -> r.createdBy() + " · " + WHEN.format(r.createdAt().atZone(WorkCalendar.CHINA)))
                .setHeader(en ? "Generated by" : "生成人·时间").setAutoWidth(true);
        list.addColumn(r -> r.pages() == null ? "" : (en ? r.pages() + " pages" : r.pages() + " 页")).setHeader(en ? "Pages" : "页数").setAutoWidth(true);
        list.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        list.setAllRowsVisible(true);

        add(new H2(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")), message, form, nextSteps, list);
        refresh();
    }

    private com.vaadin.flow.component.Component status(ReportView r) {
        boolean en = "en".equals(getLocale().getLanguage());
        return switch (r.status()) {
            case RUNNING -> {
                ProgressBar bar = new ProgressBar(0, 100, r.progress());
                bar.setId("report-progress-" + r.id());
                bar.getElement().setAttribute("aria-label", (en ? "Generating: " : "生成中：") + r.progress() + "%");
                yield new VerticalLayout(new Span((en ? "Generating " : "生成中 ") + r.progress() + "%"), bar);
            }
            case DONE -> new Span(en ? "Ready" : "已生成");
            case FAILED -> new Span((en ? "Failed: " : "生成失败：") + r.failure());
        };
    }

    private com.vaadin.flow.component.Component actions(ReportView r) {
        boolean en = "en".equals(getLocale().getLanguage());
        HorizontalLayout actions = new HorizontalLayout();
        if (r.status() == ReportStatus.DONE) {
            long id = r.id();
            String file = r.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + ".pdf";
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> SignedIn.inOffice(() -> reports.pdf(id))
                    .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length))
                    .orElseGet(() -> DownloadResponse.error(404))), en ? "Download PDF" : "下载 PDF");
            download.setId("report-download-" + id);
            download.getElement().setAttribute("download", true);
            actions.add(download);
        }
        if (r.kind() == ReportKind.WORK && r.status() != ReportStatus.RUNNING) {
            Button edit = new Button(en ? "Next steps…" : "下一步工作…", e -> editNextSteps(r));
            edit.setId("report-edit-" + r.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
        }
        return actions;
    }

    private void editNextSteps(ReportView r) {
        boolean en = "en".equals(getLocale().getLanguage());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(en ? "Next steps" : "下一步工作");
        TextArea text = new TextArea();
        text.setId("next-steps-text");
        text.setMaxLength(KeptReports.NEXT_STEPS_MAX);
        text.setValue(r.nextSteps() == null ? "" : r.nextSteps());
        text.setWidth("40em");
        text.setMinHeight("12em");
        Button save = new Button(en ? "Save and write the report again" : "保存并重新生成", e -> attempt(() -> {
            SignedIn.inOffice(() -> reports.setNextSteps(r.id(), text.getValue(), getLocale(), me));
            dialog.close();
        }));
        save.setId("next-steps-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(en ? "The report is written again with these words and its figures as they now stand."
                : "报告将以这段文字重新生成，数据按当前统计。"), text);
        dialog.getFooter().add(new Button(en ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
    }

    private void attempt(Runnable work) {
        try {
            message.clear();
            work.run();
            refresh();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }

    private void refresh() {
        List<ReportView> kept = SignedIn.inOffice(reports::list);
        list.setItems(kept);
        UI.getCurrent().setPollInterval(kept.stream().anyMatch(r -> r.status() == ReportStatus.RUNNING) ? 1000 : -1);
    }

    /** While a report runs the page asks every second (the interval set by the refresh); the listener goes with the page. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        polling = event.getUI().addPollListener(p -> {
            if (list.getListDataView().getItems().anyMatch(r -> r.status() == ReportStatus.RUNNING)) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("app.title");
    }
}
