package org.lianqin.core.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.WorkflowException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lianqin.core.cases.CaseFixtures.CITY_MGMT;
import static org.lianqin.core.cases.CaseFixtures.T0;
import static org.lianqin.core.cases.CaseFixtures.actor;
import static org.lianqin.core.cases.CaseState.CLOSED;
import static org.lianqin.core.cases.CaseState.DISPATCHED;
import static org.lianqin.core.cases.CaseState.HANDLED;
import static org.lianqin.core.cases.CaseState.IN_PROGRESS;
import static org.lianqin.core.cases.CaseState.MERGED;
import static org.lianqin.core.cases.CaseState.REGISTERED;
import static org.lianqin.core.cases.CaseState.REJECTED;
import static org.lianqin.core.cases.CaseState.REPORTED;

/**
 * Every action, tried in every state by every kind of actor: it either moves the case exactly as the
 * workflow of docs/domain.md says and writes one timeline entry, or it is refused with a
 * WorkflowException and changes nothing.
 */
class CaseWorkflowTest {

    private static final Instant AT = T0.plus(Duration.ofHours(5));
    private static final Set<CaseState> OPEN = EnumSet.of(REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, HANDLED);
    private static final Set<String> STAFF = Set.of("dispatcher", "inspector", "leader", "admin", "officer",
            "other-unit-officer");

    /** The rule each action must follow: from which states, by whom, and into which state. */
    private record Rule(Set<CaseState> from, Set<String> by, CaseState to, BiConsumer<Case, Actor> action) {
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("register", new Rule(EnumSet.of(REPORTED), Set.of("dispatcher"), REGISTERED,
                    (c, a) -> c.register(a, AT, null))),
            Map.entry("reject", new Rule(EnumSet.of(REPORTED), Set.of("dispatcher"), REJECTED,
                    (c, a) -> c.reject(a, AT, "不属于城市管理范围"))),
            Map.entry("dispatch", new Rule(EnumSet.of(REGISTERED), Set.of("dispatcher"), DISPATCHED,
                    (c, a) -> c.dispatch(CITY_MGMT, AT.plus(Duration.ofHours(8)), a, AT, null))),
            Map.entry("accept", new Rule(EnumSet.of(DISPATCHED), Set.of("officer"), IN_PROGRESS,
                    (c, a) -> c.accept(a, AT))),
            Map.entry("return", new Rule(EnumSet.of(DISPATCHED), Set.of("officer"), REGISTERED,
                    (c, a) -> c.returnToCommandCentre(a, AT, "属市场监管所职责"))),
            Map.entry("handle", new Rule(EnumSet.of(IN_PROGRESS), Set.of("officer"), HANDLED,
                    (c, a) -> c.handle(a, AT, "已拆除"))),
            Map.entry("verify-pass", new Rule(EnumSet.of(HANDLED), Set.of("dispatcher", "inspector"), CLOSED,
                    (c, a) -> c.verify(true, a, AT, null))),
            Map.entry("verify-fail", new Rule(EnumSet.of(HANDLED), Set.of("dispatcher", "inspector"), DISPATCHED,
                    (c, a) -> c.verify(false, a, AT, "摊贩又回来了"))),
            Map.entry("close", new Rule(EnumSet.of(REGISTERED, HANDLED), Set.of("dispatcher"), CLOSED,
                    (c, a) -> c.close(a, AT, "电话联系后当场解决"))),
            Map.entry("merge", new Rule(OPEN, Set.of("dispatcher"), MERGED,
                    (c, a) -> c.mergeInto(CaseFixtures.in(REGISTERED), a, AT))),
            Map.entry("reopen", new Rule(EnumSet.of(CLOSED), Set.of("resident"), REGISTERED,
                    (c, a) -> c.reopen(a, AT, Duration.ofDays(7), "摊贩第二天又来了"))),
            Map.entry("rate", new Rule(EnumSet.of(CLOSED), Set.of("resident"), CLOSED,
                    (c, a) -> c.rate(5, a, AT, "处理及时"))),
            Map.entry("comment", new Rule(EnumSet.allOf(CaseState.class), STAFF, null,
                    (c, a) -> c.comment(a, AT, "已电话回访"))));

    static Stream<Arguments> everyActionStateAndActor() {
        return RULES.keySet().stream().sorted().flatMap(action -> Arrays.stream(CaseState.values())
                .flatMap(state -> CaseFixtures.ACTORS.keySet().stream().sorted()
                        .map(actor -> Arguments.of(action, state, actor))));
    }

    @ParameterizedTest(name = "{0} in {1} by {2}")
    @MethodSource("everyActionStateAndActor")
    void actionIsAllowedExactlyWhereTheWorkflowSays(String action, CaseState state, String actor) {
        Rule rule = RULES.get(action);
        Case c = CaseFixtures.in(state);
        int events = c.events().size();
        boolean allowed = rule.from().contains(state) && rule.by().contains(actor);
        if (allowed) {
            rule.action().accept(c, actor(actor));
            assertEquals(rule.to() == null ? state : rule.to(), c.state());
            assertEquals(events + 1, c.events().size(), "one timeline entry per action");
            CaseEvent last = c.events().get(events);
            assertEquals(state, last.fromState());
            assertEquals(c.state(), last.toState());
            assertEquals(actor(actor).login(), last.actorLogin());
        } else {
            assertThrows(WorkflowException.class, () -> rule.action().accept(c, actor(actor)));
            assertEquals(state, c.state(), "a refused action changes nothing");
            assertEquals(events, c.events().size(), "a refused action writes no timeline entry");
        }
    }

    @Test
    void theFullLoopLeavesACompleteTimeline() {
        Case c = CaseFixtures.in(CLOSED);
        List<CaseAction> actions = c.events().stream().map(CaseEvent::action).toList();
        assertEquals(List.of(CaseAction.REPORT, CaseAction.REGISTER, CaseAction.DISPATCH, CaseAction.ACCEPT,
                CaseAction.HANDLE, CaseAction.VERIFY_PASS), actions);
        assertTrue(c.closedOnTime());
        assertEquals(CITY_MGMT, c.unit());
    }

    @Test
    void failedVerificationSendsTheCaseBackAsRework() {
        Case c = CaseFixtures.in(HANDLED);
        c.verify(false, actor("inspector"), AT, "未整改到位");
        assertEquals(DISPATCHED, c.state());
        assertEquals(1, c.reworkCount());
        c.accept(actor("officer"), AT);
        c.handle(actor("officer"), AT, "再次整改");
        c.verify(false, actor("dispatcher"), AT, "仍未整改");
        assertEquals(2, c.reworkCount());
    }

    @Test
    void reasonsAreRequiredWhereTheWorkflowAsksForThem() {
        assertRefused("reason-required", () -> CaseFixtures.in(REPORTED).reject(actor("dispatcher"), AT, " "));
        assertRefused("reason-required", () -> CaseFixtures.in(DISPATCHED).returnToCommandCentre(actor("officer"), AT, null));
        assertRefused("reason-required", () -> CaseFixtures.in(HANDLED).verify(false, actor("inspector"), AT, ""));
        assertRefused("result-required", () -> CaseFixtures.in(IN_PROGRESS).handle(actor("officer"), AT, null));
    }

    @Test
    void aReturnedCaseLeavesTheUnitAndItsClock() {
        Case c = CaseFixtures.in(DISPATCHED);
        c.returnToCommandCentre(actor("officer"), AT, "不属本单位职责");
        assertNull(c.unit());
        assertNull(c.handleDeadline());
        assertEquals(REGISTERED, c.state());
    }

    @Test
    void aDeadlineMustLieAfterTheDispatch() {
        Case c = CaseFixtures.in(REGISTERED);
        assertRefused("deadline", () -> c.dispatch(CITY_MGMT, AT, actor("dispatcher"), AT, null));
    }

    @Test
    void theResidentMayReopenOnlyWithinTheAllowedDays() {
        Case late = CaseFixtures.in(CLOSED);
        Instant closed = late.closedAt();
        assertRefused("too-late", () -> late.reopen(Actor.resident(), closed.plus(Duration.ofDays(8)),
                Duration.ofDays(7), "没解决"));
        Case inTime = CaseFixtures.in(CLOSED);
        inTime.reopen(Actor.resident(), closed.plus(Duration.ofDays(6)), Duration.ofDays(7), "没解决");
        assertEquals(REGISTERED, inTime.state());
        assertNull(inTime.closedAt());
    }

    @Test
    void aCaseIsRatedOnceFromOneToFive() {
        Case c = CaseFixtures.in(CLOSED);
        assertRefused("score", () -> c.rate(0, Actor.resident(), AT, null));
        assertRefused("score", () -> c.rate(6, Actor.resident(), AT, null));
        c.rate(4, Actor.resident(), AT, null);
        assertEquals(4, c.satisfaction());
        assertRefused("rated", () -> c.rate(5, Actor.resident(), AT, null));
    }

    @Test
    void aCaseCannotBeMergedIntoItselfOrIntoAClosedCase() {
        Case c = CaseFixtures.in(REGISTERED);
        assertRefused("merge-self", () -> c.mergeInto(c, actor("dispatcher"), AT));
        assertRefused("merge-target", () -> c.mergeInto(CaseFixtures.in(CLOSED), actor("dispatcher"), AT));
        Case original = CaseFixtures.in(DISPATCHED);
        c.mergeInto(original, actor("dispatcher"), AT);
        assertEquals(original, c.duplicateOf());
    }

    @Test
    void anExtensionNeedsTheDispatchersApprovalAndALaterDeadline() {
        Case c = CaseFixtures.in(IN_PROGRESS);
        Instant deadline = c.handleDeadline();
        assertRefused("no-request", () -> c.decideExtension(true, deadline.plusSeconds(3600), actor("dispatcher"), AT, null));
        c.requestExtension(8, actor("officer"), AT, "需协调房管办");
        assertRefused("pending", () -> c.requestExtension(4, actor("officer"), AT, "再延"));
        assertRefused("role", () -> c.decideExtension(true, deadline.plusSeconds(3600), actor("officer"), AT, null));
        assertRefused("deadline", () -> c.decideExtension(true, deadline, actor("dispatcher"), AT, null));
        c.decideExtension(true, deadline.plus(Duration.ofHours(8)), actor("dispatcher"), AT, "同意");
        assertEquals(deadline.plus(Duration.ofHours(8)), c.handleDeadline());
        assertNull(c.pendingExtensionHours());
    }

    @Test
    void aDeferredCaseIsNeitherOverdueNorEscalated() {
        Case c = CaseFixtures.in(DISPATCHED);
        Instant late = c.handleDeadline().plusSeconds(60);
        assertTrue(c.isDueForEscalation(late));
        c.requestDeferral(actor("officer"), AT, "等待法院裁定");
        c.decideDeferral(true, actor("dispatcher"), AT, "同意缓办");
        assertTrue(c.deferred());
        assertFalse(c.isDueForEscalation(late));
        assertRefused("not-overdue", () -> c.flagOverdue(late));
    }

    @Test
    void anOverdueCaseIsFlaggedOnceWithAnEscalationInTheTimeline() {
        Case c = CaseFixtures.in(IN_PROGRESS);
        Instant deadline = c.handleDeadline();
        assertFalse(c.isDueForEscalation(deadline));
        assertRefused("not-overdue", () -> c.flagOverdue(deadline));
        c.flagOverdue(deadline.plusSeconds(1));
        assertTrue(c.overdue());
        assertEquals(CaseAction.ESCALATE, c.events().get(c.events().size() - 1).action());
        assertEquals(Actor.Kind.SYSTEM, c.events().get(c.events().size() - 1).actorKind());
        assertRefused("not-overdue", () -> c.flagOverdue(deadline.plusSeconds(60)));
        c.handle(actor("officer"), deadline.plusSeconds(120), "已处置");
        c.verify(true, actor("dispatcher"), deadline.plusSeconds(180), null);
        assertFalse(c.closedOnTime(), "closed after the deadline");
    }

    private static void assertRefused(String code, org.junit.jupiter.api.function.Executable work) {
        WorkflowException refused = assertThrows(WorkflowException.class, work);
        assertEquals(code, refused.code(), refused.getMessage());
    }
}
