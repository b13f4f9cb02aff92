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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lianqin.core.cases.CaseFixtures.CITY_MGMT;
import static org.lianqin.core.cases.CaseFixtures.T0;
import static org.lianqin.core.cases.CaseFixtures.actor;

/**
 * The steps the portal offers ({@link CaseStep#open}) are exactly those the case's intent methods accept:
 * every step, tried on a case in every state (with and without a pending request) by every kind of actor,
 * is offered if and only if doing it with a proper note succeeds.
 */
class CaseStepTest {

    private static final Instant AT = T0.plus(Duration.ofHours(5));

    private static final Map<CaseStep, BiConsumer<Case, Actor>> DO = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseStep.REGISTER, (c, a) -> c.register(a, AT, null)),
            Map.entry(CaseStep.REJECT, (c, a) -> c.reject(a, AT, "不属于城市管理范围")),
            Map.entry(CaseStep.DISPATCH, (c, a) -> c.dispatch(CITY_MGMT, AT.plus(Duration.ofHours(8)), a, AT, null)),
            Map.entry(CaseStep.CLOSE, (c, a) -> c.close(a, AT, "当场解决")),
            Map.entry(CaseStep.VERIFY_PASS, (c, a) -> c.verify(true, a, AT, null)),
            Map.entry(CaseStep.VERIFY_FAIL, (c, a) -> c.verify(false, a, AT, "摊贩又回来了")),
            Map.entry(CaseStep.MERGE, (c, a) -> c.mergeInto(CaseFixtures.in(CaseState.REGISTERED), a, AT)),
            Map.entry(CaseStep.ACCEPT, (c, a) -> c.accept(a, AT)),
            Map.entry(CaseStep.RETURN, (c, a) -> c.returnToCommandCentre(a, AT, "属市场监管所职责")),
            Map.entry(CaseStep.HANDLE, (c, a) -> c.handle(a, AT, "已劝离")),
            Map.entry(CaseStep.REQUEST_EXTENSION, (c, a) -> c.requestExtension(4, a, AT, "需协调房管办")),
            Map.entry(CaseStep.DECIDE_EXTENSION, (c, a) -> c.decideExtension(false, null, a, AT, "时限足够")),
            Map.entry(CaseStep.REQUEST_DEFERRAL, (c, a) -> c.requestDeferral(a, AT, "等待法院判决")),
            Map.entry(CaseStep.DECIDE_DEFERRAL, (c, a) -> c.decideDeferral(true, a, AT, null)),
            Map.entry(CaseStep.HIDE_PUBLIC, (c, a) -> c.showToPublic(false, a, AT, "含个人信息")),
            Map.entry(CaseStep.SHOW_PUBLIC, (c, a) -> c.showToPublic(true, a, AT, null)),
            Map.entry(CaseStep.REDACT, (c, a) -> c.redact("路口有摊贩", a, AT)),
            Map.entry(CaseStep.COMMENT, (c, a) -> c.comment(a, AT, "已电话回访"))));

    /** Cases in every state, and those with the unit's request waiting or the public view hidden. */
    private static List<Case> cases() {
        Stream<Case> plain = Arrays.stream(CaseState.values()).map(CaseFixtures::in);
        Stream<Case> special = Stream.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS).flatMap(s -> {
            Case extension = CaseFixtures.in(s);
            extension.requestExtension(8, actor("officer"), T0, "等待材料");
            Case deferral = CaseFixtures.in(s);
            deferral.requestDeferral(actor("officer"), T0, "等待法院判决");
            Case deferred = CaseFixtures.in(s);
            deferred.requestDeferral(actor("officer"), T0, "等待法院判决");
            deferred.decideDeferral(true, actor("dispatcher"), T0, null);
            return Stream.of(extension, deferral, deferred);
        });
        Case hidden = CaseFixtures.in(CaseState.REGISTERED);
        hidden.showToPublic(false, actor("dispatcher"), T0, null);
        return Stream.concat(Stream.concat(plain, special), Stream.of(hidden)).toList();
    }

    static Stream<Arguments> everyStepCaseAndActor() {
        int count = cases().size();
        return Arrays.stream(CaseStep.values()).flatMap(step -> java.util.stream.IntStream.range(0, count).boxed()
                .flatMap(i -> CaseFixtures.ACTORS.keySet().stream().sorted().map(a -> Arguments.of(step, i, a))));
    }

    @ParameterizedTest(name = "{0} on case {1} by {2}")
    @MethodSource("everyStepCaseAndActor")
    void aStepIsOfferedExactlyWhenTheWorkflowAcceptsIt(CaseStep step, int caseIndex, String who) {
        Case c = cases().get(caseIndex);
        boolean offered = step.allows(c, actor(who));
        boolean accepted;
        try {
            DO.get(step).accept(c, actor(who));
            accepted = true;
        } catch (WorkflowException refused) {
            accepted = false;
        }
        assertEquals(accepted, offered, step + " in " + c.state() + " by " + who + " offered=" + offered);
    }

    @Test
    void everyStepCanBeTried() {
        assertEquals(CaseStep.values().length, DO.size());
    }
}
