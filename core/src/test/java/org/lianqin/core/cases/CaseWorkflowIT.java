package org.lianqin.core.cases;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditTrail;
import org.lianqin.core.calendar.Calendars;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.TimeLimits;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.photos.Photo;
import org.lianqin.core.photos.PhotoContent;
import org.lianqin.core.photos.TestImages;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case workflow on Payara and MariaDB, in the demo street office 枫林街道 and test offices. */
@ExtendWith(ArquillianExtension.class)
class CaseWorkflowIT {

    /** The street office admin, who keeps the work calendar. */
    private static final Actor CALENDAR_KEEPER = Actor.staff("admin", "王敏",
            java.util.Set.of(org.lianqin.core.kernel.Role.TENANT_ADMIN), null);

    private static final String FENGLIN = "fenglin";
    private static final String STALLS = "0104";

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("case-workflow", CaseWorkflowIT.class, WorkflowFixture.class, TestClock.class);
    }

    @EJB
    AsSystem system;

    @EJB
    CaseService cases;

    @EJB
    Escalations escalations;

    @EJB
    CaseQueries queries;

    @EJB
    Catalogue catalogue;

    @EJB
    Calendars calendars;

    @EJB
    WorkflowFixture fixture;

    @EJB
    AuditTrail audit;

    @Resource
    ManagedExecutorService executor;

    private static Instant beijing(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkCalendar.CHINA).toInstant();
    }

    private static ReportCase stallAt(double lon, double lat) {
        return new ReportCase(SourceChannel.PUBLIC_WEB, STALLS, new Location("枫林路", lon, lat),
                "路口有人乱设摊，影响通行", "13800000000", null, null);
    }

    /** The work as the tenant, with the application's own identity (see AsSystem). */
    private <T> T as(String tenant, Callable<T> work) throws Exception {
        return system.as(tenant, work);
    }

    @Test
    void aReportGoesAroundTheWholeLoopAndItsTimelineReadsBack() throws Exception {
        TestClock.set(beijing(2026, 3, 2, 9, 0));
        CaseDetail done = as(FENGLIN, () -> {
            Actor dispatcher = fixture.staff("dispatcher");
            Actor officer = fixture.staff("chengguan");
            CaseDetail c = cases.report(stallAt(121.450, 31.190), Actor.resident());
            assertEquals("FL-01", c.summary().gridCode(), "routed to the grid around the point");
            c = cases.register(c.number(), c.version(), dispatcher, null);
            c = cases.dispatch(c.number(), c.version(), null, dispatcher, "请尽快处理");
            assertEquals("枫林城管中队", c.summary().unitName(), "the unit the category names");
            assertEquals(beijing(2026, 3, 3, 9, 0), c.summary().handleDeadline(),
                    "8 working hours from Monday 09:00: 7.5 h that day (lunch excluded), 0.5 h on Tuesday");
            c = cases.accept(c.number(), c.version(), officer);
            TestClock.set(beijing(2026, 3, 2, 11, 0));
            c = cases.handle(c.number(), c.version(), officer, "已劝离摊贩，现场恢复通行");
            c = cases.verify(c.number(), c.version(), true, fixture.staff("inspector"), "现场核查已整改");
            return cases.find(c.number()).orElseThrow();
        });
        assertEquals(CaseState.CLOSED, done.state());
        assertTrue(done.closedOnTime());
        assertTrue(done.number().matches("FENGLIN-2026-\\d{6}"), done.number());
        List<CaseAction> actions = done.timeline().stream().map(CaseDetail.TimelineEntry::action).toList();
        assertEquals(List.of(CaseAction.REPORT, CaseAction.REGISTER, CaseAction.DISPATCH, CaseAction.ACCEPT,
                CaseAction.HANDLE, CaseAction.VERIFY_PASS), actions);
        assertEquals("李强", done.timeline().get(1).actorName());
        assertEquals("已劝离摊贩，现场恢复通行", done.timeline().get(4).note());
    }

    @Test
    void theBoardsCountsKeptWithEachChangeAgreeWithCountingTheCases() throws Exception {
        TestClock.set(beijing(2026, 3, 4, 9, 0));
        as(FENGLIN, () -> {
            Actor dispatcher = fixture.staff("dispatcher");
            Map<CaseState, Long> before = queries.counts().byState();
            CaseDetail kept = cases.report(stallAt(121.451, 31.191), Actor.resident());
            CaseDetail rejected = cases.report(stallAt(121.452, 31.192), Actor.resident());
            kept = cases.register(kept.number(), kept.version(), dispatcher, null);
            cases.dispatch(kept.number(), kept.version(), null, dispatcher, null);
            cases.reject(rejected.number(), rejected.version(), dispatcher, "重复反映");
            Map<CaseState, Long> after = queries.counts().byState();
            assertEquals(before.getOrDefault(CaseState.DISPATCHED, 0L) + 1, after.get(CaseState.DISPATCHED));
            assertEquals(before.getOrDefault(CaseState.REJECTED, 0L) + 1, after.get(CaseState.REJECTED));
            assertEquals(before.getOrDefault(CaseState.REPORTED, 0L), after.getOrDefault(CaseState.REPORTED, 0L));
            return null;
        });
        for (String office : List.of(FENGLIN, "huajing")) {
            Map<CaseState, Long> kept = as(office, () -> queries.counts().byState());
            Map<CaseState, Long> counted = new java.util.EnumMap<>(CaseState.class);
            for (CaseState state : CaseState.values()) {
                long n = as(office, () -> queries.list(CaseFilter.any().withStates(Set.of(state)), CaseSort.NEWEST_FIRST, 0,
                        CaseQueries.MAX_PAGE_SIZE).items().size());
                if (n > 0) {
                    counted.put(state, n);
                }
            }
            kept.values().removeIf(n -> n == 0);
            assertEquals(counted, kept, office + ": the summary rows agree with the cases themselves");
        }
    }

    @Test
    void photosComeWithTheReportAndTheHandlingAndStayWithTheirCase() throws Exception {
        TestClock.set(beijing(2026, 3, 6, 9, 0));
        as(FENGLIN, () -> {
            Actor dispatcher = fixture.staff("dispatcher");
            Actor officer = fixture.staff("chengguan");
            CaseDetail c = cases.report(stallAt(121.450, 31.190), List.of(new Photo("现场.jpg", TestImages.jpeg())),
                    Actor.resident());
            c = cases.register(c.number(), c.version(), dispatcher, null);
            c = cases.dispatch(c.number(), c.version(), null, dispatcher, null);
            c = cases.accept(c.number(), c.version(), officer);
            c = cases.handle(c.number(), c.version(), officer, "已清理",
                    List.of(new Photo("整改后.png", TestImages.png()), new Photo("整改后2.webp", TestImages.webp())));
            assertEquals(List.of(CaseAction.REPORT, CaseAction.HANDLE, CaseAction.HANDLE),
                    c.photos().stream().map(CaseDetail.PhotoInfo::step).toList());
            CaseDetail.PhotoInfo first = c.photos().get(0);
            assertEquals("image/jpeg", first.contentType());
            PhotoContent stored = cases.photo(c.number(), first.id()).orElseThrow();
            assertTrue(Arrays.equals(new Photo("x", TestImages.jpeg()).content(), stored.content()), "stored as cleaned");
            String other = cases.report(stallAt(121.451, 31.190), Actor.resident()).number();
            assertFalse(cases.photo(other, first.id()).isPresent(), "a photo is reached through its own case only");
            CaseDetail before = c;
            assertThrows(WorkflowException.class, () -> cases.report(stallAt(121.45, 31.19),
                    List.of(new Photo("a.jpg", TestImages.jpeg()), new Photo("b.jpg", TestImages.jpeg()),
                            new Photo("c.jpg", TestImages.jpeg()), new Photo("d.jpg", TestImages.jpeg()),
                            new Photo("e.jpg", TestImages.jpeg()), new Photo("f.jpg", TestImages.jpeg())), Actor.resident()));
            assertEquals(before.photos().size(), cases.find(before.number()).orElseThrow().photos().size());
            return null;
        });
    }

    @Test
    void twoDispatchersAtOnceExactlyOneWinsAndNothingIsLost() throws Exception {
        TestClock.set(beijing(2026, 3, 3, 10, 0));
        CaseDetail registered = as(FENGLIN, () -> {
            CaseDetail c = cases.report(stallAt(121.451, 31.191), Actor.resident());
            return cases.register(c.number(), c.version(), fixture.dispatcher(), null);
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CaseDetail>> attempts = new ArrayList<>();
        for (UnitType unit : new UnitType[] {UnitType.CITY_MGMT, UnitType.POLICE}) {
            attempts.add(executor.submit(() -> {
                start.await();
                return as(FENGLIN, () -> cases.dispatch(registered.number(), registered.version(),
                        null, fixture.dispatcher(), "派给" + unit));
            }));
        }
        start.countDown();
        int won = 0;
        int refused = 0;
        for (Future<CaseDetail> attempt : attempts) {
            try {
                attempt.get(60, TimeUnit.SECONDS);
                won++;
            } catch (ExecutionException e) {
                assertInstanceOf(ConcurrentUpdateException.class, e.getCause(), String.valueOf(e.getCause()));
                refused++;
            }
        }
        assertEquals(1, won);
        assertEquals(1, refused);
        CaseDetail after = as(FENGLIN, () -> cases.find(registered.number()).orElseThrow());
        assertEquals(CaseState.DISPATCHED, after.state());
        assertEquals(1, after.timeline().stream().filter(e -> e.action() == CaseAction.DISPATCH).count());
    }

    @Test
    void aStaleScreenCannotOverwriteANewerState() throws Exception {
        TestClock.set(beijing(2026, 3, 3, 11, 0));
        as(FENGLIN, () -> {
            CaseDetail c = cases.report(stallAt(121.452, 31.192), Actor.resident());
            cases.register(c.number(), c.version(), fixture.dispatcher(), null);
            assertThrows(ConcurrentUpdateException.class,
                    () -> cases.reject(c.number(), c.version(), fixture.dispatcher(), "重复"));
            assertEquals(CaseState.REGISTERED, cases.find(c.number()).orElseThrow().state());
            return null;
        });
    }

    @Test
    void twoHundredConcurrentReportsGetTwoHundredConsecutiveNumbers() throws Exception {
        String office = "wf-numbers";
        fixture.ensureStreetOffice(office);
        TestClock.set(beijing(2026, 5, 6, 10, 0));
        List<Future<String>> reports = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            reports.add(executor.submit(() -> as(office,
                    () -> cases.report(stallAt(121.45, 31.19), Actor.resident()).number())));
        }
        List<Long> sequence = new ArrayList<>();
        for (Future<String> report : reports) {
            String number = report.get(120, TimeUnit.SECONDS);
            assertTrue(number.startsWith("WF-NUMBERS-2026-"), number);
            sequence.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
        }
        sequence.sort(null);
        assertEquals(200, sequence.stream().distinct().count(), "distinct");
        assertEquals(sequence.get(0) + 199, sequence.get(199), "consecutive, without gaps");
    }

    @Test
    void routingPicksTheGridInsideOnTheBorderAndNoneOutside() throws Exception {
        TestClock.set(beijing(2026, 3, 4, 10, 0));
        as(FENGLIN, () -> {
            assertEquals("FL-02", cases.report(stallAt(121.457, 31.189), Actor.resident()).summary().gridCode());
            assertEquals("FL-01", cases.report(stallAt(121.454, 31.189), Actor.resident()).summary().gridCode(),
                    "on the border of FL-01 and FL-02: the first by code");
            assertEquals("FL-04", cases.report(stallAt(121.448, 31.195), Actor.resident()).summary().gridCode(),
                    "on the outer border of FL-04");
            assertNull(cases.report(stallAt(121.400, 31.100), Actor.resident()).summary().gridCode(), "outside");
            assertNull(cases.report(new ReportCase(SourceChannel.HOTLINE_12345, STALLS,
                    new Location("枫林路 1 号", null, null), "12345 转来", null, null, null), Actor.system())
                    .summary().gridCode(), "no point, no grid");
            return null;
        });
    }

    @Test
    void overdueScanFlagsExactlyTheLateCasesAcrossWeekendHolidayAndMadeUpWorkingDays() throws Exception {
        String office = "wf-calendar";
        fixture.ensureStreetOffice(office);
        as(office, () -> {
            for (int d = 1; d <= 8; d++) {
                calendars.mark(LocalDate.of(2025, 10, d), false, "国庆节、中秋节", CALENDAR_KEEPER);
            }
            calendars.mark(LocalDate.of(2025, 9, 28), true, "调休上班", CALENDAR_KEEPER);
            calendars.mark(LocalDate.of(2025, 10, 11), true, "调休上班", CALENDAR_KEEPER);
            return null;
        });
        // Friday 26 September 16:30 + 8 h  -> Sunday 28 September (调休) 16:30
        String a = dispatchedAt(office, beijing(2025, 9, 26, 16, 30), STALLS, beijing(2025, 9, 28, 16, 30));
        // Tuesday 30 September 17:00 + 4 h -> over the holiday to Thursday 9 October 12:00
        String b = dispatchedAt(office, beijing(2025, 9, 30, 17, 0), "0801", beijing(2025, 10, 9, 12, 0));
        // Friday 10 October 17:00 + 8 h -> Saturday 11 October (调休) 17:00
        String c = dispatchedAt(office, beijing(2025, 10, 10, 17, 0), STALLS, beijing(2025, 10, 11, 17, 0));

        assertEquals(List.of(), scan(office, beijing(2025, 9, 28, 16, 29)));
        // two servers scanning at the same moment: the case is flagged once, with one escalation
        Instant justLate = beijing(2025, 9, 28, 16, 31);
        Future<List<String>> first = executor.submit(() -> scan(office, justLate));
        Future<List<String>> second = executor.submit(() -> scan(office, justLate));
        List<String> flagged = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
        flagged.addAll(second.get(60, TimeUnit.SECONDS));
        assertEquals(List.of(a), flagged);
        assertEquals(1, as(office, () -> cases.find(a).orElseThrow()).timeline().stream()
                .filter(e -> e.action() == CaseAction.ESCALATE).count());
        assertEquals(List.of(), scan(office, beijing(2025, 10, 9, 11, 59)));
        assertEquals(List.of(b), scan(office, beijing(2025, 10, 9, 12, 1)));
        assertEquals(List.of(), scan(office, beijing(2025, 10, 9, 12, 2)), "flagged once only");
        assertEquals(List.of(c), scan(office, beijing(2025, 10, 11, 17, 1)));
        CaseDetail late = as(office, () -> cases.find(a).orElseThrow());
        assertTrue(late.summary().overdue());
        assertEquals(CaseAction.ESCALATE, late.timeline().get(late.timeline().size() - 1).action());
    }

    private String dispatchedAt(String office, Instant at, String category, Instant expectedDeadline) throws Exception {
        TestClock.set(at);
        return as(office, () -> {
            CaseDetail c = cases.report(new ReportCase(SourceChannel.PATROL, category, null, "巡查发现", null, null, null),
                    Actor.system());
            c = cases.register(c.number(), c.version(), fixture.dispatcher(), null);
            c = cases.dispatch(c.number(), c.version(), null, fixture.dispatcher(), null);
            assertEquals(expectedDeadline, c.summary().handleDeadline(), "deadline of " + category + " from " + at);
            return c.number();
        });
    }

    private List<String> scan(String office, Instant now) throws Exception {
        return as(office, () -> escalations.escalateDue(now));
    }

    @Test
    void likelyDuplicatesAreOpenNearbyRecentCasesOfTheSameCategory() throws Exception {
        String office = "wf-duplicates";
        fixture.ensureStreetOffice(office);
        TestClock.set(beijing(2026, 4, 1, 10, 0));
        as(office, () -> {
            String near = cases.report(stallAt(121.4500, 31.1900), Actor.resident()).number();
            String nearer = cases.report(stallAt(121.4503, 31.1901), Actor.resident()).number();
            cases.report(stallAt(121.4600, 31.1900), Actor.resident());   // about 950 m away
            cases.report(new ReportCase(SourceChannel.PUBLIC_WEB, "0801", new Location(null, 121.4502, 31.1900),
                    "乱停车", null, null, null), Actor.resident());         // another category
            CaseDetail closed = cases.report(stallAt(121.4501, 31.1900), Actor.resident());
            cases.close(closed.number(), cases.register(closed.number(), closed.version(), fixture.dispatcher(), null)
                    .version(), fixture.dispatcher(), "已当场解决");
            TestClock.set(beijing(2026, 4, 1, 11, 0));
            List<String> found = cases.likelyDuplicates(STALLS, new Location(null, 121.4504, 31.1901)).stream()
                    .map(CaseSummary::number).toList();
            assertEquals(List.of(nearer, near), found, "open, same category, within 200 m, nearest first");
            TestClock.set(beijing(2026, 4, 9, 11, 0));
            assertEquals(List.of(), cases.likelyDuplicates(STALLS, new Location(null, 121.4504, 31.1901)),
                    "older than a week");
            return null;
        });
    }

    @Test
    void caseListsFilterSortAndPageInTheDatabase() throws Exception {
        String office = "wf-lists";
        fixture.ensureStreetOffice(office);
        as(office, () -> {
            List<String> made = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                TestClock.set(beijing(2026, 6, 1, 9, i));
                made.add(cases.report(new ReportCase(SourceChannel.PUBLIC_WEB, i < 3 ? STALLS : "0801",
                        new Location("龙华西路 " + i + " 号", null, null), i == 2 ? "早市摊贩占用人行道" : "问题 " + i,
                        null, null, null), Actor.resident()).number());
            }
            CaseDetail d = cases.find(made.get(1)).orElseThrow();
            d = cases.register(d.number(), d.version(), fixture.dispatcher(), null);
            cases.dispatch(d.number(), d.version(), null, fixture.dispatcher(), null);

            Slice<CaseSummary> newest = queries.list(CaseFilter.any(), CaseSort.NEWEST_FIRST, 0, 2);
            assertEquals(List.of(made.get(4), made.get(3)), newest.items().stream().map(CaseSummary::number).toList());
            assertTrue(newest.hasNext());
            Slice<CaseSummary> last = queries.list(CaseFilter.any(), CaseSort.NEWEST_FIRST, 2, 2);
            assertEquals(List.of(made.get(0)), last.items().stream().map(CaseSummary::number).toList());
            assertFalse(last.hasNext());

            assertEquals(List.of(made.get(1)), numbers(CaseFilter.any().withStates(Set.of(CaseState.DISPATCHED))));
            assertEquals(List.of(made.get(2)), numbers(CaseFilter.any().withText("早市")));
            assertEquals(List.of(made.get(3)), numbers(CaseFilter.any().withText(made.get(3).toLowerCase())));
            assertEquals(List.of(), numbers(CaseFilter.any().withText("%")), "a typed % is a character, not a wildcard");
            assertEquals(3, numbers(new CaseFilter(null, null, "01", null, null, null, null, null, null)).size(),
                    "a 大类 code finds its 小类");
            long unit = fixture.officerOf(UnitType.CITY_MGMT).unitId();
            assertEquals(List.of(made.get(1)), numbers(CaseFilter.any().withUnit(unit)));
            assertEquals(List.of(), numbers(CaseFilter.any().withOverdue(true)));
            assertThrows(EJBException.class, () -> queries.list(CaseFilter.any(), CaseSort.NEWEST_FIRST, 0, 500));
            return null;
        });
    }

    private List<String> numbers(CaseFilter filter) {
        return queries.list(filter, CaseSort.OLDEST_FIRST, 0, 50).items().stream().map(CaseSummary::number).toList();
    }

    @Test
    void aStreetOfficeAdjustsItsOwnCopyOfTheCatalogue() throws Exception {
        String office = "wf-catalogue";
        String neighbour = "wf-catalogue-2";
        fixture.ensureStreetOffice(office);
        fixture.ensureStreetOffice(neighbour);
        Actor admin = Actor.staff("admin", "管理员", Set.of(Role.TENANT_ADMIN), null);
        as(office, () -> {
            assertTrue(catalogue.categories(false).stream().anyMatch(c -> c.code().equals("0505")));
            assertFalse(catalogue.categories(true).stream().anyMatch(c -> c.code().equals("0505")),
                    "internal categories are not offered to residents");
            assertThrows(WorkflowException.class, () -> catalogue.adjust(STALLS, true,
                    UnitType.CITY_MGMT, new TimeLimits(1, 1, 2, 1),
                    fixture.dispatcher()));
            catalogue.adjust(STALLS, true, UnitType.CITY_MGMT,
                    new TimeLimits(1, 1, 2, 1), admin);
            assertEquals("category-limits", assertThrows(WorkflowException.class,
                    () -> TimeLimits.checked(1, 1, 2, 3)).code(), "urgent longer than normal");
            assertEquals("category-limits", assertThrows(WorkflowException.class,
                    () -> TimeLimits.checked(1, null, 2, 1)).code(), "a limit left empty");
            assertTrue(audit.list(AuditEntry.Subject.CATEGORY, "admin", 0, 10).stream()
                    .anyMatch(e -> e.subjectKey().equals(STALLS) && e.after().contains("处置 2")), "the change is audited");
            return null;
        });
        Instant monday9 = beijing(2026, 3, 9, 9, 0);
        dispatchedAt(office, monday9, STALLS, beijing(2026, 3, 9, 11, 0));
        dispatchedAt(neighbour, monday9, STALLS, beijing(2026, 3, 10, 9, 0));
    }

    @Test
    void anotherStreetOfficesCaseDoesNotExistHere() throws Exception {
        TestClock.set(beijing(2026, 3, 5, 10, 0));
        String number = as(FENGLIN, () -> cases.report(stallAt(121.45, 31.19), Actor.resident()).number());
        fixture.ensureStreetOffice("wf-other");
        as("wf-other", () -> {
            assertFalse(cases.find(number).isPresent());
            assertThrows(CaseNotFoundException.class, () -> cases.register(number, 0, fixture.dispatcher(), null));
            return null;
        });
        assertEquals(CaseState.REPORTED, as(FENGLIN, () -> cases.find(number).orElseThrow().state()));
    }
}
