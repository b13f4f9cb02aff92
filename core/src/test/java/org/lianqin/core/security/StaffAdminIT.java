package org.lianqin.core.security;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditTrail;
import org.lianqin.core.cases.TestClock;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A street office's admin keeps its own staff only, and every change is audited in that office: an
 * account created with a one-time password signs in with it and must change it; the last admin stays;
 * another office's account cannot be touched, nor its audit read; a refused change leaves no entry.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAdminIT {

    private static final String OFFICE = SecurityFixture.OFFICE;
    private static final Actor ADMIN = Actor.staff("admin", "管理员", Set.of(Role.TENANT_ADMIN), null);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("staff-admin", StaffAdminIT.class, SecurityFixture.class, CallAsAdmin.class, TestClock.class);
    }

    @EJB
    SecurityFixture fixture;

    @EJB
    CallAsAdmin asAdmin;

    @EJB
    StaffAdmin staff;

    @EJB
    StaffSignIn signIn;

    @EJB
    AuditTrail audit;

    @EJB
    AsSystem system;

    private <T> T asAdmin(java.util.concurrent.Callable<T> work) throws Exception {
        return asAdmin.call(() -> TenantContext.callAs(OFFICE, work));
    }

    @Test
    void aNewAccountSignsInWithItsOneTimePasswordMustChangeItAndIsAudited() throws Exception {
        fixture.ensureOffices();
        StaffAdmin.OneTimePassword created = asAdmin(() -> staff.create("xiaowang", "王小明", Set.of(Role.DISPATCHER),
                null, null, ADMIN));
        assertTrue(created.password().length() >= 12, "a long one-time password");
        assertTrue(created.member().oneTimePassword());
        SignInResult first = signIn.signIn("xiaowang@" + OFFICE, created.password().toCharArray());
        assertEquals(SignInResult.Outcome.SIGNED_IN, first.outcome());
        assertTrue(first.passwordChangeRequired(), "the portal will ask for a new password first");

        List<AuditTrail.Entry> entries = system.as(OFFICE, () -> audit.list(AuditEntry.Subject.STAFF, "admin", 0, 50));
        AuditTrail.Entry made = entries.stream().filter(e -> e.subjectKey().equals("xiaowang")).findFirst().orElseThrow();
        assertEquals("create", made.action());
        assertTrue(made.after().contains("王小明") && made.after().contains("指挥中心值班员"), made.after());
        assertFalse(made.after().contains(created.password()), "the audit never holds a password");

        assertEquals(List.of(), system.as("fenglin", () -> audit.list(null, "admin", 0, 200)).stream()
                .filter(e -> e.subjectKey().equals("xiaowang")).toList(), "another office's audit has none of it");

        StaffAdmin.OneTimePassword reset = asAdmin(() -> staff.resetPassword(created.member().id(), ADMIN));
        assertEquals(SignInResult.Outcome.INVALID, signIn.signIn("xiaowang@" + OFFICE, created.password().toCharArray()).outcome(),
                "the old one-time password is spent");
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn.signIn("xiaowang@" + OFFICE, reset.password().toCharArray()).outcome());
    }

    @Test
    void theLastAdminStaysAndARefusalLeavesNoTrace() throws Exception {
        fixture.ensureOffices();
        StaffAdmin.Member admin = asAdmin(() -> staff.members()).stream().filter(m -> m.login().equals("admin")).findFirst().orElseThrow();
        int before = system.as(OFFICE, () -> audit.list(null, null, 0, 200)).size();
        WorkflowException last = assertThrows(WorkflowException.class, () -> asAdmin(() -> staff.deactivate(admin.id(), ADMIN)));
        assertEquals("last-admin", last.code());
        WorkflowException demoted = assertThrows(WorkflowException.class, () -> asAdmin(() -> staff.change(admin.id(), "管理员",
                Set.of(Role.LEADER), null, null, ADMIN)));
        assertEquals("last-admin", demoted.code());
        assertThrows(WorkflowException.class, () -> asAdmin(() -> staff.create("Bad Login", "某人", Set.of(Role.LEADER), null, null, ADMIN)));
        assertThrows(WorkflowException.class, () -> asAdmin(() -> staff.create("chengguan2", "某人", Set.of(Role.UNIT_OFFICER), null, null, ADMIN)),
                "a unit officer needs a unit");
        assertEquals(before, system.as(OFFICE, () -> audit.list(null, null, 0, 200)).size(), "refused changes write no entry");
        assertTrue(asAdmin(() -> staff.members()).stream().anyMatch(m -> m.login().equals("admin") && m.active()));
    }

    @Test
    void anotherOfficesAccountCannotBeTouched() throws Exception {
        fixture.ensureOffices();
        long theirs = system.as("fenglin", () -> staff.members()).stream()
                .filter(m -> m.login().equals("dispatcher")).findFirst().orElseThrow().id();
        WorkflowException refused = assertThrows(WorkflowException.class, () -> asAdmin(() -> staff.resetPassword(theirs, ADMIN)));
        assertEquals("staff-not-found", refused.code());
        assertThrows(WorkflowException.class, () -> asAdmin(() -> staff.deactivate(theirs, ADMIN)));
        assertFalse(asAdmin(() -> staff.members()).stream().anyMatch(m -> m.id() == theirs), "nor listed");
        assertThrows(Exception.class, () -> asAdmin.call(() -> TenantContext.callAs("fenglin", () -> staff.members())),
                "an admin of one office cannot act as another");
    }
}
