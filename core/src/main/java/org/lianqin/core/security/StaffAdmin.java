package org.lianqin.core.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Squad;
import org.lianqin.core.organisation.Staff;
import org.lianqin.core.organisation.Unit;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A street office's admin keeps its staff: creates an account with a one-time password shown once,
 * changes names, roles, unit and squad, deactivates and reactivates, resets a password, lifts a lock.
 * The last active admin of a street office can be neither deactivated nor stripped of the role. Every
 * change is audited in its own transaction ({@link AuditLog}), before and after.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
public class StaffAdmin {

    /** Logins as people type them in {@code login@office}: lower-case letters, digits, dot, dash, underscore. */
    public static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    PasswordCheck passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A member of staff as the admin sees them (never the password's hash). */
    public record Member(long id, String login, String name, Set<Role> roles, Long unitId, String unitName,
                         Long squadId, String squadName, boolean active, boolean locked, boolean oneTimePassword) {
    }

    /** A new account's or a reset one-time password: shown once to the admin, never stored as such. */
    public record OneTimePassword(Member member, String password) {
    }

    /** The street office's staff, by login (the changes below also need an admin as the actor). */
    public List<Member> members() {
        return em.createNamedQuery("Staff.findAll", Staff.class).getResultStream().map(this::member).toList();
    }

    public OneTimePassword create(String login, String name, Set<Role> roles, Long unitId, Long squadId, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        String cleanLogin = login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LOGIN.matcher(cleanLogin).matches()) {
            throw new WorkflowException(Refusal.STAFF_LOGIN, login == null ? "" : login);
        }
        if (!em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", cleanLogin).getResultList().isEmpty()) {
            throw new WorkflowException(Refusal.STAFF_LOGIN_TAKEN, cleanLogin);
        }
        String password = Passwords.oneTime();
        Staff staff = new Staff(cleanLogin, "", null, Set.of(), passwords.hash(password.toCharArray()));
        staff.assign(checkedName(name), checkedRoles(roles), unit(unitId, roles), squad(squadId));
        staff.credentials().oneTimePassword(staff.credentials().passwordHash());
        em.persist(staff);
        em.flush();
        audit.record(by, AuditEntry.Subject.STAFF, cleanLogin, "create", null, describe(staff));
        return new OneTimePassword(member(staff), password);
    }

    public Member change(long id, String name, Set<Role> roles, Long unitId, Long squadId, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Staff staff = found(id);
        String before = describe(staff);
        Set<Role> newRoles = checkedRoles(roles);
        if (staff.active() && staff.roles().contains(Role.TENANT_ADMIN) && !newRoles.contains(Role.TENANT_ADMIN)) {
            requireAnotherAdmin(staff);
        }
        staff.assign(checkedName(name), newRoles, unit(unitId, newRoles), squad(squadId));
        audit.record(by, AuditEntry.Subject.STAFF, staff.login(), "change", before, describe(staff));
        return member(staff);
    }

    public Member deactivate(long id, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Staff staff = found(id);
        if (staff.active() && staff.roles().contains(Role.TENANT_ADMIN)) {
            requireAnotherAdmin(staff);
        }
        String before = describe(staff);
        staff.deactivate();
        audit.record(by, AuditEntry.Subject.STAFF, staff.login(), "deactivate", before, describe(staff));
        return member(staff);
    }

    public Member activate(long id, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Staff staff = found(id);
        String before = describe(staff);
        staff.activate();
        audit.record(by, AuditEntry.Subject.STAFF, staff.login(), "activate", before, describe(staff));
        return member(staff);
    }

    public OneTimePassword resetPassword(long id, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Staff staff = found(id);
        String password = Passwords.oneTime();
        staff.credentials().oneTimePassword(passwords.hash(password.toCharArray()));
        audit.record(by, AuditEntry.Subject.STAFF, staff.login(), "reset-password", null, "一次性密码（须在登录时修改）");
        return new OneTimePassword(member(staff), password);
    }

    public Member unlock(long id, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Staff staff = found(id);
        staff.credentials().unlock();
        audit.record(by, AuditEntry.Subject.STAFF, staff.login(), "unlock", null, null);
        return member(staff);
    }

    private Member member(Staff s) {
        return new Member(s.id(), s.login(), s.name(), s.roles(), s.unit() == null ? null : s.unit().id(),
                s.unit() == null ? null : s.unit().name(), s.squad() == null ? null : s.squad().id(),
                s.squad() == null ? null : s.squad().name(), s.active(), s.credentials().lockedAt(clock.instant()), s.credentials().passwordChangeRequired());
    }

    /** The staff member as the audit keeps them: name, roles, unit, squad, active. */
    private static String describe(Staff s) {
        return s.name() + "；角色：" + s.roles().stream().map(r -> r.label().zh()).collect(Collectors.joining("、"))
                + "；单位：" + (s.unit() == null ? "—" : s.unit().name())
                + "；分队：" + (s.squad() == null ? "—" : s.squad().name())
                + "；" + (s.active() ? "在用" : "已停用");
    }

    /** Refuses to leave the street office without an active admin (the row locks keep two admins from each removing the other). */
    private void requireAnotherAdmin(Staff leaving) {
        long others = em.createNamedQuery("Staff.findAll", Staff.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().filter(s -> s.active() && s.roles().contains(Role.TENANT_ADMIN)
                        && !s.id().equals(leaving.id())).count();
        if (others == 0) {
            throw new WorkflowException(Refusal.LAST_ADMIN);
        }
    }

    private Staff found(long id) {
        Staff staff = em.find(Staff.class, id);
        if (staff == null) {
            throw new WorkflowException(Refusal.STAFF_NOT_FOUND);
        }
        return staff;
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 64) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, new Refusal.Label("姓名（不超过 64 字）", "the name (at most 64 characters)"));
        }
        return name.strip();
    }

    private static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new WorkflowException(Refusal.STAFF_ROLES);
        }
        return new TreeSet<>(roles);
    }

    private Unit unit(Long unitId, Set<Role> roles) {
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unitId != null && unit == null) {
            throw new WorkflowException(Refusal.UNIT_NOT_FOUND);
        }
        if (unit == null && roles != null && roles.contains(Role.UNIT_OFFICER)) {
            throw new WorkflowException(Refusal.STAFF_UNIT_REQUIRED);
        }
        return unit;
    }

    private Squad squad(Long squadId) {
        Squad squad = squadId == null ? null : em.find(Squad.class, squadId);
        if (squadId != null && squad == null) {
            throw new WorkflowException(Refusal.SQUAD_NOT_FOUND);
        }
        return squad;
    }
}
