package org.lianqin.core.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseFilter;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.cases.CaseSort;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.ReportCase;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.cases.TestClock;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.testing.CoreDeployment;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call what: the container's {@code @RolesAllowed}, the caller check behind it (nobody acts in
 * another's name or for another street office), and staff sign-in with its lockout. The callers are
 * anonymous (as a resident on the public site) or signed-in staff of "secit" (CallAsDispatcher,
 * CallAsOfficer).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String OFFICE = SecurityFixture.OFFICE;

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("security", SecurityIT.class, SecurityFixture.class, CallAsDispatcher.class,
                CallAsOfficer.class, TestClock.class);
    }

    @EJB
    SecurityFixture fixture;

    @EJB
    CallAsDispatcher asDispatcher;

    @EJB
    CallAsOfficer asOfficer;

    @EJB
    CaseService cases;

    @EJB
    CaseQueries queries;

    @EJB
    Organisation organisation;

    @EJB
    StaffSignIn signIn;

    private static final Actor DISPATCHER = Actor.staff("dispatcher", "值班员", Set.of(Role.DISPATCHER), null);

    @BeforeEach
    void offices() {
        TestClock.set(Instant.parse("2026-03-02T01:00:00Z"));
        fixture.ensureOffices();
    }

    private static <T> T in(String office, Callable<T> work) throws Exception {
        return TenantContext.callAs(office, work);
    }

    private static ReportCase stall() {
        return new ReportCase(SourceChannel.PUBLIC_WEB, "0104", new Location("安全路 1 号", 121.0, 31.0),
                "门口乱设摊", null, null, null);
    }

    private static void refused(Executable call) {
        assertThrows(EJBAccessException.class, call);
    }

    @Test
    void anAnonymousCallerReportsAsAResidentAndNothingMore() throws Exception {
        CaseDetail reported = in(OFFICE, () -> cases.report(stall(), Actor.resident()));
        assertEquals(CaseState.REPORTED, reported.state());
        refused(() -> in(OFFICE, () -> cases.register(reported.number(), reported.version(), DISPATCHER, null)));
        refused(() -> in(OFFICE, () -> cases.find(reported.number())));
        refused(() -> in(OFFICE, () -> queries.list(CaseFilter.any(), CaseSort.NEWEST_FIRST, 0, 20)));
        refused(() -> in(OFFICE, () -> organisation.staff()));
        refused(() -> in(OFFICE, () -> cases.report(stall(), DISPATCHER)));
        refused(() -> in(OFFICE, () -> cases.report(stall(), Actor.system())));
        refused(() -> signIn.caller());
    }

    @Test
    void aSignedInDispatcherActsAsThemselvesOnly() throws Exception {
        CaseDetail reported = in(OFFICE, () -> cases.report(stall(), Actor.resident()));
        CaseDetail registered = asDispatcher.call(() -> in(OFFICE,
                () -> cases.register(reported.number(), reported.version(), DISPATCHER, "立案")));
        assertEquals(CaseState.REGISTERED, registered.state());
        assertEquals("值班员", registered.timeline().get(1).actorName());

        Actor someoneElse = Actor.staff("admin", "王敏", Set.of(Role.DISPATCHER), null);
        Actor aLeaderToo = Actor.staff("dispatcher", "值班员", Set.of(Role.DISPATCHER, Role.LEADER), null);
        refused(() -> asDispatcher.call(() -> in(OFFICE,
                () -> cases.comment(registered.number(), someoneElse, "冒名"))));
        refused(() -> asDispatcher.call(() -> in(OFFICE,
                () -> cases.comment(registered.number(), aLeaderToo, "冒充领导"))));
        refused(() -> asDispatcher.call(() -> in("fenglin", () -> queries.list(CaseFilter.any(), CaseSort.NEWEST_FIRST, 0, 20))));
        CaseDetail after = asDispatcher.call(() -> in(OFFICE, () -> cases.find(registered.number()).orElseThrow()));
        assertEquals(2, after.timeline().size(), "nothing of the refused calls was written");
    }

    @Test
    void aUnitOfficerCannotDoTheCommandCentresWork() throws Exception {
        CaseDetail reported = in(OFFICE, () -> cases.report(stall(), Actor.resident()));
        Actor officer = asOfficer.call(() -> signIn.caller());
        assertEquals("officer", officer.login());
        assertEquals(Set.of(Role.UNIT_OFFICER), officer.roles());
        assertNotNull(officer.unitId());
        refused(() -> asOfficer.call(() -> in(OFFICE,
                () -> cases.register(reported.number(), reported.version(), officer, null))));
        refused(() -> asOfficer.call(() -> in(OFFICE,
                () -> organisation.addUnit("私设单位", UnitType.OTHER, null, officer))));
        assertFalse(asOfficer.call(() -> in(OFFICE, () -> queries.list(CaseFilter.any(), CaseSort.NEWEST_FIRST, 0, 20))).items().isEmpty(),
                "staff read their own office's list");
    }

    @Test
    void staffSignInWithLoginAtOffice() {
        SignInResult ok = signIn.signIn("dispatcher@" + OFFICE, SecurityFixture.PASSWORD.toCharArray());
        assertTrue(ok.signedIn());
        assertEquals(new StaffPrincipal("dispatcher", OFFICE), ok.principal());
        assertEquals(Set.of("DISPATCHER"), ok.groups());
        assertEquals("值班员", ok.name());

        assertEquals(SignInResult.Outcome.INVALID, signIn.signIn("dispatcher@" + OFFICE, "wrong".toCharArray()).outcome());
        assertEquals(SignInResult.Outcome.INVALID, signIn.signIn("nobody@" + OFFICE, SecurityFixture.PASSWORD.toCharArray()).outcome());
        assertEquals(SignInResult.Outcome.INVALID, signIn.signIn("dispatcher@nowhere", SecurityFixture.PASSWORD.toCharArray()).outcome());
        assertEquals(SignInResult.Outcome.INVALID, signIn.signIn("dispatcher", SecurityFixture.PASSWORD.toCharArray()).outcome());
        assertEquals(SignInResult.Outcome.INVALID, signIn.signIn(null, null).outcome());
        assertEquals(SignInResult.Outcome.OFFICE_SUSPENDED,
                signIn.signIn("dispatcher@" + SecurityFixture.SUSPENDED, SecurityFixture.PASSWORD.toCharArray()).outcome());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAQuarterOfAnHour() {
        Instant start = Instant.parse("2026-03-02T02:00:00Z");
        TestClock.set(start);
        String lockme = "lockme@" + OFFICE;
        for (int i = 1; i < PasswordCheck.FAILURES_BEFORE_LOCK; i++) {
            assertEquals(SignInResult.Outcome.INVALID, signIn.signIn(lockme, ("wrong" + i).toCharArray()).outcome());
        }
        SignInResult locked = signIn.signIn(lockme, "wrong5".toCharArray());
        assertEquals(SignInResult.Outcome.LOCKED, locked.outcome());
        assertEquals(start.plus(PasswordCheck.LOCK_FOR), locked.lockedUntil());
        TestClock.set(start.plusSeconds(14 * 60));
        assertEquals(SignInResult.Outcome.LOCKED,
                signIn.signIn(lockme, SecurityFixture.PASSWORD.toCharArray()).outcome(), "even the right password");
        TestClock.set(start.plusSeconds(15 * 60));
        assertTrue(signIn.signIn(lockme, SecurityFixture.PASSWORD.toCharArray()).signedIn());
        assertEquals(SignInResult.Outcome.INVALID, signIn.signIn(lockme, "wrong".toCharArray()).outcome(),
                "the count starts again after a sign-in");
    }
}
