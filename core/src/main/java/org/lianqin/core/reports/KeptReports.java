package org.lianqin.core.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.district.DistrictLog;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.measures.Assessments;
import org.lianqin.core.measures.Dimension;
import org.lianqin.core.measures.MeasureFilter;
import org.lianqin.core.measures.Measures;
import org.lianqin.core.measures.OfficeMeasures;
import org.lianqin.core.measures.Period;
import org.lianqin.core.measures.PeriodKind;
import org.lianqin.core.photos.PhotoContent;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The current street office's kept reports — work reports for a period and case dossiers — generated in
 * the background ({@link ReportJobs}) and listed with their progress; a work report's "next steps" are
 * the office's own words, saved with it, and the report is written again when they change. The district's
 * reports, across street offices, are kept apart (no street office) for district admins.
 */
@Stateless
@RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.TENANT_ADMIN, Roles.SYSTEM})
public class KeptReports {

    public static final int NEXT_STEPS_MAX = 4000;
    private static final String NATIVE = ReportJobs.NATIVE;
    private static final String COLUMNS = "id, kind, subject, title, status, progress, next_steps, pages, failure,"
            + " created_by, created_at, finished_at";

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    ReportJobs jobs;

    @EJB
    Measures measures;

    @EJB
    Assessments assessments;

    @EJB
    CaseService cases;

    @EJB
    TenantDirectory tenants;

    @Inject
    AuditLog audit;

    @Inject
    DistrictLog districtLog;

    @Inject
    Clock clock;

    /** The office's kept reports, newest first. */
    public List<ReportView> list() {
        return views("tenant_id = ?", TenantContext.require());
    }

    /** Starts the office's work report for the period; it is listed at once and fills in as it runs. */
    public ReportView requestWorkReport(Period period, String nextSteps, Locale locale, Actor by) {
        String office = TenantContext.require();
        String steps = nextSteps(nextSteps);
        String name = officeName(office);
        String title = new WorkReportWriter(locale).title(name, period);
        long id = jobs.create(office, ReportKind.WORK, subject(period), title, steps, by.login());
        audit.record(by, AuditEntry.Subject.REPORT, String.valueOf(id), "generate", null, title);
        jobs.generate(id, office, () -> workReport(id, name, period, locale, steps));
        return view(id);
    }

    /** Saves the work report's next steps and writes the report again with them (its figures as they are now). */
    public ReportView setNextSteps(long id, String nextSteps, Locale locale, Actor by) {
        String office = TenantContext.require();
        ReportView report = find(id).filter(r -> r.kind() == ReportKind.WORK).orElseThrow(() -> new WorkflowException(Refusal.REPORT_NOT_FOUND));
        String steps = nextSteps(nextSteps);
        if (!jobs.restart(office, id, steps)) {
            throw new WorkflowException(Refusal.REPORT_NOT_READY);
        }
        audit.record(by, AuditEntry.Subject.REPORT, String.valueOf(id), "next-steps", report.nextSteps(), steps);
        Period period = period(report.subject());
        String name = officeName(office);
        jobs.generate(id, office, () -> workReport(id, name, period, locale, steps));
        // as the row now stands (this transaction read it before the restart committed)
        return new ReportView(id, report.kind(), report.subject(), report.title(), ReportStatus.RUNNING, 0, steps, null, null,
                report.createdBy(), clock.instant(), null);
    }

    /** Starts the dossier (案卷) of one of the office's cases: its particulars, whole timeline and photos. */
    public ReportView requestDossier(String number, Locale locale, Actor by) {
        String office = TenantContext.require();
        CaseDetail detail = cases.find(number).orElseThrow(() -> new CaseNotFoundException(number));
        String title = new DossierWriter(locale).title(detail);
        long id = jobs.create(office, ReportKind.DOSSIER, detail.number(), title, null, by.login());
        audit.record(by, AuditEntry.Subject.REPORT, String.valueOf(id), "generate", null, title);
        jobs.generate(id, office, () -> dossier(id, detail.number(), officeName(office), locale));
        return view(id);
    }

    /**
     * The current office's work report for the period, written now and not kept: for the district's
     * scripts, which fetch it as a document of their own.
     */
    @RolesAllowed({Roles.LEADER, Roles.TENANT_ADMIN, Roles.DISTRICT_ADMIN, Roles.SYSTEM})
    public byte[] workReportNow(Period period, Locale locale) {
        String office = TenantContext.require();
        return new WorkReportWriter(locale).write(data(officeName(office), period, null), p -> { });
    }

    /** The PDF of one of the office's finished reports. */
    public Optional<byte[]> pdf(long id) {
        return pdf("tenant_id = ? AND id = ?", TenantContext.require(), id);
    }

    public Optional<ReportView> find(long id) {
        return views("tenant_id = ? AND id = ?", TenantContext.require(), id).stream().findFirst();
    }

    // ------------------------------------------------------------------ the district's own

    @RolesAllowed(Roles.DISTRICT_ADMIN)
    public List<ReportView> districtList() {
        return views("tenant_id IS NULL");
    }

    /** Starts the district's report for the period, across its active street offices. */
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    public ReportView requestDistrictReport(Period period, Locale locale, Actor by) {
        String title = new DistrictReportWriter(locale).title(period);
        long id = jobs.create(null, ReportKind.DISTRICT, subject(period), title, null, by.login());
        districtLog.record(by, "district-report", null, title);
        jobs.generate(id, null, () -> districtReport(id, period, locale));
        return districtView(id);
    }

    @RolesAllowed(Roles.DISTRICT_ADMIN)
    public Optional<byte[]> districtPdf(long id) {
        return pdf("tenant_id IS NULL AND id = ?", id);
    }

    @RolesAllowed(Roles.DISTRICT_ADMIN)
    public ReportView districtView(long id) {
        return views("tenant_id IS NULL AND id = ?", id).stream().findFirst()
                .orElseThrow(() -> new WorkflowException(Refusal.REPORT_NOT_FOUND));
    }

    // ------------------------------------------------------------------ generation (on ReportJobs' threads)

    private ReportJobs.Generated workReport(long id, String officeName, Period period, Locale locale, String steps) {
        jobs.progress(id, 5);
        WorkReportData data = data(officeName, period, steps);
        jobs.progress(id, 45);
        WorkReportWriter writer = new WorkReportWriter(locale);
        byte[] pdf = writer.write(data, p -> jobs.progress(id, p));
        return new ReportJobs.Generated(pdf, Pdfs.pages(pdf));
    }

    private WorkReportData data(String officeName, Period period, String steps) {
        OfficeMeasures m = measures.of(period, MeasureFilter.all());
        return new WorkReportData(officeName, m, measures.by(Dimension.CATEGORY, period, MeasureFilter.all()),
                measures.monthly(period.start().getYear(), MeasureFilter.all()), assessments.ranking(period),
                assessments.weights(), steps, clock.instant());
    }

    private ReportJobs.Generated dossier(long id, String number, String officeName, Locale locale) {
        CaseDetail detail = cases.find(number).orElseThrow(() -> new CaseNotFoundException(number));
        jobs.progress(id, 20);
        List<PhotoContent> photos = new ArrayList<>();
        for (CaseDetail.PhotoInfo p : detail.photos()) {
            cases.photo(number, p.id()).ifPresent(photos::add);
        }
        jobs.progress(id, 50);
        byte[] pdf = new DossierWriter(locale).write(officeName, detail, photos, clock.instant());
        return new ReportJobs.Generated(pdf, Pdfs.pages(pdf));
    }

    private ReportJobs.Generated districtReport(long id, Period period, Locale locale) throws Exception {
        List<DistrictReportWriter.OfficeRow> rows = new ArrayList<>();
        List<StreetOffice> offices = tenants.activeStreetOffices();
        for (int i = 0; i < offices.size(); i++) {
            StreetOffice o = offices.get(i);
            rows.add(new DistrictReportWriter.OfficeRow(o.code(), o.name(),
                    TenantContext.callAs(o.code(), () -> measures.of(period, MeasureFilter.all()))));
            jobs.progress(id, 5 + 80 * (i + 1) / Math.max(1, offices.size()));
        }
        byte[] pdf = new DistrictReportWriter(locale).write(period, rows, clock.instant());
        return new ReportJobs.Generated(pdf, Pdfs.pages(pdf));
    }

    // ------------------------------------------------------------------ rows

    private String officeName(String office) {
        return tenants.find(office).map(StreetOffice::name).orElse(office);
    }

    private static String nextSteps(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > NEXT_STEPS_MAX) {
            throw new WorkflowException(Refusal.NEXT_STEPS_TOO_LONG, NEXT_STEPS_MAX);
        }
        return t;
    }

    static String subject(Period period) {
        return period.kind().name() + ":" + period.start();
    }

    static Period period(String subject) {
        String[] parts = subject.split(":", 2);
        return new Period(PeriodKind.valueOf(parts[0]), LocalDate.parse(parts[1]));
    }

    private ReportView view(long id) {
        return find(id).orElseThrow(() -> new WorkflowException(Refusal.REPORT_NOT_FOUND));
    }

    private List<ReportView> views(String where, Object... parameters) {
        var q = em.createNativeQuery("SELECT " + COLUMNS + " FROM kept_report WHERE " + where + " ORDER BY created_at DESC, id DESC")
                .setHint(NATIVE, true).setMaxResults(200);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        List<ReportView> views = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            views.add(new ReportView(((Number) r[0]).longValue(), ReportKind.valueOf((String) r[1]), (String) r[2],
                    (String) r[3], ReportStatus.valueOf((String) r[4]), ((Number) r[5]).intValue(), (String) r[6],
                    r[7] == null ? null : ((Number) r[7]).intValue(), (String) r[8], (String) r[9], instant(r[10]),
                    instant(r[11])));
        }
        return views;
    }

    private Optional<byte[]> pdf(String where, Object... parameters) {
        var q = em.createNativeQuery("SELECT pdf FROM kept_report WHERE status = 'DONE' AND " + where).setHint(NATIVE, true);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q.getResultList().stream().findFirst().map(b -> (byte[]) b);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.LocalDateTime t) {
            return Timestamp.valueOf(t).toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
