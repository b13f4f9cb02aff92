package org.lianqin.core.measures;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.calendar.Calendars;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseFilter;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.cases.Counted;
import org.lianqin.core.cases.MeasureBackfill;
import org.lianqin.core.cases.ReportCase;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.cases.TestClock;
import org.lianqin.core.cases.WorkflowFixture;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.reports.KeptReports;
import org.lianqin.core.reports.ReportKind;
import org.lianqin.core.reports.ReportStatus;
import org.lianqin.core.reports.ReportView;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measures of a street office whose cases went every way — closed on time, reworked and closed late,
 * deferred, overdue, rejected, waiting, across the Labour Day holiday and its made-up Saturday — checked
 * twice: against the answers known by construction, and against independent SQL over the cases
 * themselves ({@code case_file}, {@code case_event}, {@code calendar_day}; not {@code case_measure}).
 */
@ExtendWith(ArquillianExtension.class)
class MeasuresIT {

    private static final String OFFICE = "wf-measures";
    private static final Actor LEADER = Actor.staff("leader", "张建国", java.util.Set.of(org.lianqin.core.kernel.Role.LEADER), null);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("measures", MeasuresIT.class, WorkflowFixture.class, TestClock.class)
                .addAsLibraries(org.jboss.shrinkwrap.resolver.api.maven.Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.apache.pdfbox:pdfbox").withTransitivity().asFile());
    }

    @EJB
    AsSystem system;

    @EJB
    WorkflowFixture fixture;

    @EJB
    CaseService cases;

    @EJB
    Calendars calendars;

    @EJB
    Organisation organisation;

    @EJB
    Measures measures;

    @EJB
    Assessments assessments;

    @EJB
    MeasureBackfill backfill;

    @EJB
    CaseQueries queries;

    @EJB
    KeptReports reports;

    @Resource(lookup = "jdbc/lianqin")
    DataSource db;

    private static boolean built;
    private static long unit;
    private static long grid;

    private <T> T as(Callable<T> work) throws Exception {
        return system.as(OFFICE, work);
    }

    private static void at(String beijing) {
        TestClock.set(LocalDateTime.parse(beijing).atZone(WorkCalendar.CHINA).toInstant());
    }

    @BeforeEach
    void cases() throws Exception {
        if (built) {
            return;
        }
        fixture.ensureStreetOffice(OFFICE);
        at("2025-05-01T08:00");
        as(() -> {
            for (int d = 1; d <= 5; d++) {
                calendars.mark(LocalDate.of(2026, 5, d), false, "劳动节", fixture.admin());
            }
            calendars.mark(LocalDate.of(2026, 5, 9), true, "劳动节调休上班", fixture.admin());
            grid = organisation.addGrid("MS-01", "测量网格", null, "{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[121.01,31.01],[121.03,31.01],[121.03,31.03],[121.01,31.03],[121.01,31.01]]]}",
                    fixture.admin()).id();
            unit = fixture.officerOf(UnitType.CITY_MGMT).unitId();
            return null;
        });
        // a year before: one closed and rated 4, one rejected
        String y1 = report("2025-05-20T09:00");
        register(y1, "2025-05-20T10:00");
        dispatch(y1, "2025-05-20T10:30");
        handle(y1, "2025-05-20T15:00");
        verify(y1, true, "2025-05-20T16:00");
        rate(y1, 4);
        reject(report("2025-05-21T09:00"), "2025-05-21T09:30");
        // April: reported the afternoon before Labour Day, registered after it: 60 + 30 working minutes
        String a1 = report("2026-04-30T16:30");
        register(a1, "2026-05-06T09:00");
        dispatch(a1, "2026-05-06T09:30");
        handle(a1, "2026-05-06T14:00");
        verify(a1, true, "2026-05-06T15:00");
        // May: c1 closed on time, registered on the made-up Saturday (30 + 30 minutes), rated 5
        String c1 = report("2026-05-07T17:00");
        register(c1, "2026-05-09T09:00");
        dispatch(c1, "2026-05-09T10:00");
        handle(c1, "2026-05-11T09:00");
        verify(c1, true, "2026-05-11T09:30");
        rate(c1, 5);
        // c2 reworked, handled again after its deadline, closed late, rated 2
        String c2 = report("2026-05-08T09:00");
        register(c2, "2026-05-08T09:30");
        dispatch(c2, "2026-05-08T10:00");
        handle(c2, "2026-05-08T15:00");
        verify(c2, false, "2026-05-08T16:00");
        handleAgain(c2, "2026-05-20T09:00");
        verify(c2, true, "2026-05-20T10:00");
        rate(c2, 2);
        // c3 deferred (缓办), open past its deadline; c4 open past its deadline (overdue)
        String c3 = report("2026-05-12T09:00");
        register(c3, "2026-05-12T09:20");
        dispatch(c3, "2026-05-12T10:00");
        defer(c3, "2026-05-12T11:00");
        String c4 = report("2026-05-13T09:00");
        register(c4, "2026-05-13T09:10");
        dispatch(c4, "2026-05-13T10:00");
        // c5 rejected; c6 dispatched, its deadline still ahead; c7 waiting for the command centre
        reject(report("2026-05-14T09:00"), "2026-05-14T09:05");
        String c6 = report("2026-05-29T09:00");
        register(c6, "2026-05-29T09:30");
        dispatch(c6, "2026-05-29T10:00");
        report("2026-05-15T09:00");
        at("2026-05-30T12:00");
        built = true;
    }

    @Test
    void theMonthAgainstTheMonthBeforeAndTheSameMonthAYearBefore() throws Exception {
        OfficeMeasures m = as(() -> measures.of(Period.of(PeriodKind.MONTH, LocalDate.of(2026, 5, 20)), MeasureFilter.all()));
        assertEquals(new Period(PeriodKind.MONTH, LocalDate.of(2026, 4, 1)), m.periods().previous());
        assertEquals(new Period(PeriodKind.MONTH, LocalDate.of(2025, 5, 1)), m.periods().yearBefore());
        Figures may = m.figures().now();
        assertEquals(7, may.reported());
        assertEquals(5, may.registered());
        assertEquals(2, may.handled());
        assertEquals(0.4, may.handlingRate(), 1e-9, "管事率 2 of 5");
        assertEquals(4, may.due(), "c1, c2 closed; c3, c4 past their deadlines; c6 not yet due");
        assertEquals(1, may.deferred());
        assertEquals(2, may.closed());
        assertEquals(1, may.closedOnTime());
        assertEquals(2.0 / 3, may.closureRate(), 1e-9, "结案率 2 ÷ (4 − 1)");
        assertEquals(1.0 / 3, may.onTimeRate(), 1e-9, "按期结案率 1 ÷ (4 − 1)");
        assertEquals(0.5, may.reworkRate(), 1e-9);
        assertEquals(2, may.overdue(), "c2 closed late, c4 open past its deadline; the deferred c3 is not");
        assertEquals(0.5, may.satisfactionRate(), 1e-9);
        assertEquals(5, may.toRegister().cases());
        Figures april = m.figures().previous();
        assertEquals(1, april.reported());
        assertEquals(1.5, april.toRegister().median(), 1e-9, "16:30–17:30 before the holiday, 08:30–09:00 after it");
        Figures lastMay = m.figures().yearBefore();
        assertEquals(2, lastMay.reported());
        assertEquals(1, lastMay.registered());
        assertEquals(1.0, lastMay.satisfactionRate(), 1e-9);
        assertEquals(7, m.channels().get(0).figures().now().reported());
        assertEquals("01", m.categories().get(0).key());

        try (Connection c = db.getConnection()) {
            for (Period p : List.of(m.periods().now(), m.periods().previous(), m.periods().yearBefore())) {
                Figures f = p.equals(m.periods().now()) ? may : p.equals(m.periods().previous()) ? april : lastMay;
                long[] sql = independentCounts(c, p, m.asOf());
                assertEquals(sql[0], f.reported(), p + " reported");
                assertEquals(sql[1], f.registered(), p + " registered");
                assertEquals(sql[2], f.handled(), p + " handled");
                assertEquals(sql[3], f.due(), p + " due");
                assertEquals(sql[4], f.deferred(), p + " deferred");
                assertEquals(sql[5], f.closed(), p + " closed");
                assertEquals(sql[6], f.closedOnTime(), p + " closed on time");
                assertEquals(sql[7], f.reworked(), p + " reworked");
                assertEquals(sql[8], f.overdue(), p + " overdue");
                assertEquals(sql[9], f.rated(), p + " rated");
                assertEquals(sql[10], f.satisfied(), p + " satisfied");
                assertHours(independentMinutes(c, p, "reported_at", "registered_at"), f.toRegister(), p + " to register");
                assertHours(independentMinutes(c, p, "registered_at", "dispatched_at"), f.toDispatch(), p + " to dispatch");
                assertHours(independentMinutes(c, p, "dispatched_at", "handled_at"), f.toHandle(), p + " to handle");
                assertHours(independentMinutes(c, p, "reported_at", "closed_at"), f.toClose(), p + " to close");
            }
        }
    }

    @Test
    void theBackfillMeasuresCasesWrittenAroundTheServicesByTheSameRule() throws Exception {
        Period may = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 5, 1));
        OfficeMeasures kept = as(() -> measures.of(may, MeasureFilter.all()));
        List<Breakdown> handlers = as(() -> measures.by(Dimension.HANDLER, may, MeasureFilter.all()));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM case_measure WHERE tenant_id = ?")) {
            s.setString(1, OFFICE);
            assertEquals(10, s.executeUpdate());
        }
        assertEquals(10, (int) as(() -> backfill.measureUnmeasured(OFFICE)));
        assertEquals(0, (int) as(() -> backfill.measureUnmeasured(OFFICE)), "nothing left to measure");
        assertEquals(kept.figures(), as(() -> measures.of(may, MeasureFilter.all())).figures());
        assertEquals(handlers, as(() -> measures.by(Dimension.HANDLER, may, MeasureFilter.all())));
    }

    @Test
    void theCasesBehindEveryFigureAreTheOnesAListShows() throws Exception {
        Period may = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 5, 1));
        Figures f = as(() -> measures.of(may, MeasureFilter.all())).figures().now();
        Instant from = Measures.startOf(may.start());
        Instant to = Measures.startOf(may.end());
        java.util.Map<Counted, Long> expected = new java.util.EnumMap<>(Counted.class);
        expected.put(Counted.REPORTED, f.reported());
        expected.put(Counted.REGISTERED, f.registered());
        expected.put(Counted.HANDLED, f.handled());
        expected.put(Counted.DUE, f.due());
        expected.put(Counted.DEFERRED, f.deferred());
        expected.put(Counted.CLOSED, f.closed());
        expected.put(Counted.CLOSED_ON_TIME, f.closedOnTime());
        expected.put(Counted.REWORKED, f.reworked());
        expected.put(Counted.OVERDUE, f.overdue());
        expected.put(Counted.RATED, f.rated());
        expected.put(Counted.SATISFIED, f.satisfied());
        for (Counted counted : Counted.values()) {
            long listed = as(() -> queries.count(CaseFilter.any().behind(counted, from, to)));
            assertEquals(expected.get(counted), listed, counted.name());
        }
        long unitOverdue = as(() -> queries.count(CaseFilter.any().withUnit(unit).behind(Counted.OVERDUE, from, to)));
        assertEquals(as(() -> measures.of(may, MeasureFilter.all().withUnit(unit))).figures().now().overdue(), unitOverdue);
    }

    @Test
    void theMonthCountsAndTimesKeptWithEveryChangeAreTheSumsOfTheRows() throws Exception {
        String kept = "SELECT reported_month, channel, group_id, reported, registered, handled, closed_all, closed_deferred,"
                + " on_time, reworked, closed_late, rated, satisfied FROM case_measure_month WHERE tenant_id = ? AND reported > 0"
                + " ORDER BY reported_month, channel, group_id";
        String summed = "SELECT DATE_FORMAT(reported_on, '%Y-%m-01') m, channel, group_id, COUNT(*), SUM(registered), SUM(handled),"
                + " SUM(closed), SUM(closed AND deferred), SUM(closed AND closed_on_time AND NOT deferred), SUM(handled AND rework > 0),"
                + " SUM(registered AND closed AND NOT closed_on_time AND NOT deferred), SUM(rating IS NOT NULL),"
                + " COALESCE(SUM(rating >= 4), 0) FROM case_measure WHERE tenant_id = ? GROUP BY m, channel, group_id"
                + " ORDER BY m, channel, group_id";
        String times = "SELECT reported_month, kind, tenths, cases FROM case_time_month WHERE tenant_id = ? AND cases > 0"
                + " ORDER BY reported_month, kind, tenths";
        String timesSummed = "SELECT m, k, t, COUNT(*) FROM (SELECT DATE_FORMAT(reported_on, '%Y-%m-01') m, 0 k, register_min DIV 6 t"
                + " FROM case_measure WHERE tenant_id = ? AND register_min IS NOT NULL UNION ALL SELECT DATE_FORMAT(reported_on, '%Y-%m-01'),"
                + " 3, close_min DIV 6 FROM case_measure WHERE tenant_id = ? AND close_min IS NOT NULL) x"
                + " GROUP BY m, k, t ORDER BY m, k, t";
        try (Connection c = db.getConnection()) {
            List<String> months = rows(c, kept, 13, 1);
            assertEquals(rows(c, summed, 13, 1), months);
            assertEquals(3, months.size(), "May 2025, April 2026, May 2026: one channel, one group");
            List<String> kinds0And3 = rows(c, times, 4, 1).stream().filter(r -> List.of("0", "3").contains(r.split("\\|")[1])).toList();
            assertEquals(rows(c, timesSummed, 4, 2), kinds0And3);
        }
    }

    private static List<String> rows(Connection c, String sql, int columns, int offices) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= offices; i++) {
                s.setString(i, OFFICE);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(r.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    @Test
    void theWorkReportPrintsTheFiguresInAnEmbeddedChineseFont() throws Exception {
        Period may = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 5, 1));
        ReportView started = as(() -> reports.requestWorkReport(may, "一、继续开展夜市周边占道设摊整治。\n二、完善缓办案件跟踪。",
                java.util.Locale.SIMPLIFIED_CHINESE, LEADER));
        ReportView done = awaitReport(started.id());
        assertEquals(ReportStatus.DONE, done.status(), done.failure());
        byte[] pdf = as(() -> reports.pdf(done.id())).orElseThrow();
        Figures f = as(() -> measures.of(may, MeasureFilter.all())).figures().now();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
            assertTrue(text.contains("2026年5月城市综合管理联勤工作报告"), text);
            // the overview, written from the figures
            assertTrue(text.replaceAll("\\s", "").contains("共受理各类城市管理问题" + f.reported() + "件，同比上升250.0%"), text);
            assertTrue(text.replaceAll("\\s", "").contains("立案" + f.registered() + "件，处置" + f.handled() + "件，管事率40.0%"), text);
            assertTrue(text.replaceAll("\\s", "").contains("结案率66.7%"), text);
            // the table of indicators: this period, a year before, year on year, the period before, on it
            assertTrue(text.contains("上报案件（件） 7 2 +250.0% 1 +600.0%"), text);
            assertTrue(text.contains("按期结案率 33.3% "), text);
            assertTrue(text.contains("超期（件） " + f.overdue() + " "), text);
            assertTrue(text.contains("继续开展夜市周边占道设摊整治"), "the office's next steps: " + text);
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("NotoSansSC"), font.getName());
                }
            }
        }
        ReportView again = as(() -> reports.setNextSteps(done.id(), "三、推进智慧联勤平台建设。", java.util.Locale.SIMPLIFIED_CHINESE,
                LEADER));
        assertEquals("三、推进智慧联勤平台建设。", again.nextSteps());
        assertEquals(ReportStatus.DONE, awaitReport(done.id()).status());
        assertEquals("too-long", assertThrows(WorkflowException.class, () -> as(() -> reports.setNextSteps(done.id(),
                "长".repeat(KeptReports.NEXT_STEPS_MAX + 1), java.util.Locale.SIMPLIFIED_CHINESE, LEADER))).code());
        assertEquals(1, as(() -> reports.list()).stream().filter(r -> r.id() == done.id()).count(), "kept and listed once");
    }

    @Test
    void aCaseDossierHoldsItsWholeTimeline() throws Exception {
        String number = as(() -> queries.list(org.lianqin.core.cases.CaseFilter.any().withStates(java.util.Set.of(
                org.lianqin.core.cases.CaseState.CLOSED)), org.lianqin.core.cases.CaseSort.OLDEST_FIRST, 0, 1)).items().get(0).number();
        ReportView started = as(() -> reports.requestDossier(number, java.util.Locale.SIMPLIFIED_CHINESE, LEADER));
        assertEquals(ReportKind.DOSSIER, started.kind());
        ReportView done = awaitReport(started.id());
        assertEquals(ReportStatus.DONE, done.status(), done.failure());
        byte[] pdf = as(() -> reports.pdf(done.id())).orElseThrow();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("案卷 " + number), text);
            for (String step : List.of("上报", "受理立案", "派遣", "单位签收", "处置完成", "核查通过")) {
                assertTrue(text.contains(step), step + " in " + text);
            }
        }
        assertThrows(org.lianqin.core.cases.CaseNotFoundException.class,
                () -> as(() -> reports.requestDossier("WF-2026-999999", java.util.Locale.SIMPLIFIED_CHINESE, LEADER)));
    }

    private ReportView awaitReport(long id) throws Exception {
        for (int i = 0; i < 600; i++) {
            ReportView r = as(() -> reports.find(id)).orElseThrow();
            if (r.status() != ReportStatus.RUNNING) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("report " + id + " still running after a minute");
    }

    @Test
    void breakdownsFiltersAndTheYear() throws Exception {
        Period may = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 5, 1));
        List<Breakdown> units = as(() -> measures.by(Dimension.UNIT, may, MeasureFilter.all()));
        Breakdown city = units.stream().filter(b -> b.key().equals(String.valueOf(unit))).findFirst().orElseThrow();
        assertEquals(5, city.figures().now().registered());
        assertEquals("城管中队", city.nameZh());
        OfficeMeasures ofUnit = as(() -> measures.of(may, MeasureFilter.all().withUnit(unit)));
        assertEquals(5, ofUnit.figures().now().reported(), "rejected and waiting cases have no unit");
        OfficeMeasures ofGroup = as(() -> measures.of(may, MeasureFilter.all().withCategory("01")));
        assertEquals(7, ofGroup.figures().now().reported(), "a 大类 takes its 小类");
        OfficeMeasures ofWeb = as(() -> measures.of(may, MeasureFilter.all().withChannel(SourceChannel.PUBLIC_WEB)));
        assertEquals(0, ofWeb.figures().now().reported());
        assertEquals("category-unknown", assertThrows(WorkflowException.class,
                () -> as(() -> measures.of(may, MeasureFilter.all().withCategory("9999")))).code());
        OfficeMeasures year = as(() -> measures.of(Period.of(PeriodKind.YEAR, LocalDate.of(2026, 5, 1)), MeasureFilter.all()));
        assertEquals(8, year.figures().now().reported());
        assertEquals(2, year.figures().previous().reported());
        assertEquals(year.figures().previous(), year.figures().yearBefore(), "a year's period before is the year before");
        long[][] months = as(() -> measures.monthly(2026, MeasureFilter.all()));
        assertEquals(1, months[0][3]);
        assertEquals(7, months[0][4]);
        assertEquals(2, months[1][4]);
    }

    @Test
    void unitsAreScoredWeightedAndRanked() throws Exception {
        Period may = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 5, 1));
        Actor dispatcher = fixture.dispatcher();
        assertEquals("reason-required", assertThrows(WorkflowException.class,
                () -> as(() -> { assessments.scoreUnit(unit, may, 90, " ", dispatcher); return null; })).code());
        assertEquals("assessment-score", assertThrows(WorkflowException.class,
                () -> as(() -> { assessments.scoreUnit(unit, may, 101, "好", dispatcher); return null; })).code());
        assertEquals("assessment-weights", assertThrows(WorkflowException.class,
                () -> as(() -> assessments.setWeights(new Assessments.Weights(50, 30, 30), fixture.admin()))).code());
        as(() -> {
            assessments.scoreUnit(unit, may, 90, "配合联合整治积极", dispatcher);
            return assessments.setWeights(new Assessments.Weights(50, 30, 20), fixture.admin());
        });
        List<Assessments.UnitScore> ranking = as(() -> assessments.ranking(may));
        Assessments.UnitScore city = ranking.get(0);
        assertEquals(unit, city.unitId());
        assertEquals(1, city.rank());
        // professional: 100 × (0.4 × 1/3 + 0.3 × 2/5 + 0.3 × (1 − 1/2)); public: 50
        double professional = 100 * (0.4 / 3 + 0.3 * 0.4 + 0.3 * 0.5);
        assertEquals(professional, city.professional(), 1e-9);
        assertEquals(50.0, city.publicScore(), 1e-9);
        assertEquals(Math.round((50 * professional + 30 * 90 + 20 * 50) / 100 * 10) / 10.0, city.composite(), 1e-9);
        Assessments.UnitScore police = ranking.get(1);
        assertNull(police.composite(), "a unit with no case and no score has no composite");
        assertNull(police.rank());
    }

    /** The counts of Figures, from the cases themselves. */
    private long[] independentCounts(Connection c, Period p, Instant asOf) throws Exception {
        String registered = "c.registered_at IS NOT NULL AND c.state NOT IN ('REJECTED', 'MERGED')";
        String due = registered + " AND (c.state = 'CLOSED' OR c.handle_deadline <= ?)";
        String sql = "SELECT COUNT(*), SUM(" + registered + "),"
                + " SUM(" + registered + " AND (c.state = 'CLOSED' OR c.handled_at IS NOT NULL)),"
                + " SUM(" + due + "), SUM(" + due + " AND c.deferred),"
                + " SUM(c.state = 'CLOSED' AND NOT c.deferred), SUM(c.state = 'CLOSED' AND c.closed_on_time AND NOT c.deferred),"
                + " SUM(" + registered + " AND (c.state = 'CLOSED' OR c.handled_at IS NOT NULL)"
                + "     AND EXISTS (SELECT 1 FROM case_event e WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id AND e.action = 'VERIFY_FAIL')),"
                + " SUM(" + registered + " AND NOT c.deferred AND ((c.state = 'CLOSED' AND NOT c.closed_on_time)"
                + "     OR (c.state <> 'CLOSED' AND c.handle_deadline < ?))),"
                + " SUM(c.satisfaction IS NOT NULL), SUM(c.satisfaction >= 4)"
                + " FROM case_file c WHERE c.tenant_id = ? AND DATE(CONVERT_TZ(c.reported_at, '+00:00', '+08:00')) >= ?"
                + " AND DATE(CONVERT_TZ(c.reported_at, '+00:00', '+08:00')) < ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            java.sql.Timestamp at = java.sql.Timestamp.from(asOf);
            s.setTimestamp(1, at);
            s.setTimestamp(2, at);
            s.setTimestamp(3, at);
            s.setString(4, OFFICE);
            s.setDate(5, java.sql.Date.valueOf(p.start()));
            s.setDate(6, java.sql.Date.valueOf(p.end()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long[] counts = new long[11];
                for (int i = 0; i < 11; i++) {
                    counts[i] = r.getLong(i + 1);
                }
                return counts;
            }
        }
    }

    /**
     * Working minutes between two columns of each case of the period, from the office's calendar_day and
     * the working hours 08:30–12:00, 13:00–17:30 Monday to Friday, in SQL alone (closed cases only for closure).
     */
    private List<Integer> independentMinutes(Connection c, Period p, String from, String to) throws Exception {
        String sql = "WITH RECURSIVE days AS (SELECT DATE('2025-01-01') AS d UNION ALL SELECT d + INTERVAL 1 DAY FROM days WHERE d < '2026-12-31'),"
                + " work AS (SELECT d FROM days LEFT JOIN calendar_day k ON k.tenant_id = ? AND k.day = days.d"
                + "  WHERE COALESCE(k.working, WEEKDAY(days.d) < 5)),"
                + " spans AS (SELECT TIMESTAMP(d, '08:30') AS a, TIMESTAMP(d, '12:00') AS b FROM work"
                + "  UNION ALL SELECT TIMESTAMP(d, '13:00'), TIMESTAMP(d, '17:30') FROM work),"
                + " cases AS (SELECT id, CONVERT_TZ(" + from + ", '+00:00', '+08:00') AS t1, CONVERT_TZ(" + to + ", '+00:00', '+08:00') AS t2"
                + "  FROM case_file WHERE tenant_id = ? AND " + from + " IS NOT NULL AND " + to + " IS NOT NULL"
                + ("closed_at".equals(to) ? " AND state = 'CLOSED'" : "")
                + ("registered_at".equals(from) || "registered_at".equals(to) || "dispatched_at".equals(from) || "handled_at".equals(to)
                        ? " AND state NOT IN ('REJECTED', 'MERGED')" : "")
                + "  AND DATE(CONVERT_TZ(reported_at, '+00:00', '+08:00')) >= ? AND DATE(CONVERT_TZ(reported_at, '+00:00', '+08:00')) < ?)"
                + " SELECT cases.id, COALESCE(SUM(GREATEST(0, TIMESTAMPDIFF(SECOND, GREATEST(spans.a, cases.t1), LEAST(spans.b, cases.t2)))), 0) DIV 60"
                + " FROM cases LEFT JOIN spans ON spans.b > cases.t1 AND spans.a < cases.t2 GROUP BY cases.id";
        List<Integer> minutes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, OFFICE);
            s.setString(2, OFFICE);
            s.setDate(3, java.sql.Date.valueOf(p.start()));
            s.setDate(4, java.sql.Date.valueOf(p.end()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    minutes.add(r.getInt(2));
                }
            }
        }
        Collections.sort(minutes);
        return minutes;
    }

    /** Nearest rank, as a statistician would take it by hand. */
    private static void assertHours(List<Integer> minutes, Hours hours, String what) {
        assertEquals(minutes.size(), hours.cases(), what + ": cases");
        if (minutes.isEmpty()) {
            assertNull(hours.median(), what);
            return;
        }
        // in tenths of an hour, as the figures are shown: the minutes at the rank, DIV 6
        assertEquals(minutes.get((int) Math.ceil(0.5 * minutes.size()) - 1) / 6 / 10.0, hours.median(), 1e-9, what + ": median");
        assertEquals(minutes.get((int) Math.ceil(0.9 * minutes.size()) - 1) / 6 / 10.0, hours.p90(), 1e-9, what + ": p90");
    }

    // ------------------------------------------------------------------ the workflow, at a Beijing time

    private String report(String when) throws Exception {
        at(when);
        return as(() -> cases.report(new ReportCase(SourceChannel.PATROL, "0104", new Location("测量路 1 号", 121.02, 31.02),
                "占道设摊", null, null, null), Actor.system()).summary().number());
    }

    private CaseDetail detail(String number) throws Exception {
        return as(() -> cases.find(number).orElseThrow());
    }

    private void register(String number, String when) throws Exception {
        at(when);
        long v = detail(number).version();
        as(() -> cases.register(number, v, fixture.dispatcher(), null));
    }

    private void reject(String number, String when) throws Exception {
        at(when);
        long v = detail(number).version();
        as(() -> cases.reject(number, v, fixture.dispatcher(), "不属于受理范围"));
    }

    private void dispatch(String number, String when) throws Exception {
        at(when);
        long v = detail(number).version();
        as(() -> cases.dispatch(number, v, unit, fixture.dispatcher(), null));
        long accepted = detail(number).version();
        as(() -> cases.accept(number, accepted, fixture.officerOf(UnitType.CITY_MGMT)));
    }

    private void handle(String number, String when) throws Exception {
        at(when);
        long v = detail(number).version();
        as(() -> cases.handle(number, v, fixture.officerOf(UnitType.CITY_MGMT), "已劝离"));
    }

    /** After a failed verification the case is back with the unit, which accepts it again and handles it. */
    private void handleAgain(String number, String when) throws Exception {
        at(when);
        long v = detail(number).version();
        as(() -> cases.accept(number, v, fixture.officerOf(UnitType.CITY_MGMT)));
        handle(number, when);
    }

    private void verify(String number, boolean passed, String when) throws Exception {
        at(when);
        long v = detail(number).version();
        as(() -> cases.verify(number, v, passed, fixture.dispatcher(), passed ? "核查通过" : "仍有摊位"));
    }

    private void rate(String number, int score) throws Exception {
        as(() -> cases.rate(number, score, Actor.resident(), null));
    }

    private void defer(String number, String when) throws Exception {
        at(when);
        long v = detail(number).version();
        as(() -> cases.requestDeferral(number, v, fixture.officerOf(UnitType.CITY_MGMT), "需协调产权单位"));
        long d = detail(number).version();
        as(() -> cases.decideDeferral(number, d, true, fixture.dispatcher(), "同意缓办"));
    }
}
