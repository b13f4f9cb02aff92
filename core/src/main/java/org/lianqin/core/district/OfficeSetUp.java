package org.lianqin.core.district;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lianqin.core.integration.ApiKeys;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.geo.GridFile;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.organisation.Staff;
import org.lianqin.core.security.PasswordCheck;
import org.lianqin.core.tenancy.Tenant;
import org.lianqin.core.tenancy.OfficeChanged;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantKind;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.security.Passwords;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The transactional steps of onboarding, run as the new street office: everything in one transaction,
 * so that whatever fails — a constraint, the database, the last insert — nothing of the office is left.
 * Also reads an office's set-up back as a template.
 */
@Stateless
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class OfficeSetUp {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    TemplateApplier templates;

    @Inject
    PasswordCheck passwords;

    @Inject
    AuditLog audit;

    @Inject
    DistrictLog district;

    @EJB
    ApiKeys keys;

    @Inject
    Clock clock;

    @Inject
    Event<OfficeChanged> officeChanged;

    /** What was checked before the transaction: the office, its template, its grids, its first admin. */
    public record Plan(String code, String name, TenantKind kind, String district, String boundary, OfficeTemplate template,
                List<GridFile.Shape> grids, String adminLogin, String adminName, String fingerprint) {
    }

    public Onboarded create(Plan plan, String oneTimePassword, Actor by) {
        if (!plan.code().equals(TenantContext.require())) {
            throw new IllegalStateException("Onboarding " + plan.code() + " must run as that street office");
        }
        Tenant tenant = new Tenant(plan.code(), plan.name(), plan.kind(), plan.district());
        tenant.outline(plan.boundary());
        tenant.activate();
        em.persist(tenant);
        em.flush();   // the tenant row first: every row below refers to it
        TemplateApplier.Applied applied = templates.apply(plan.template().content(), place(plan.name()));
        for (GridFile.Shape shape : plan.grids()) {
            Grid grid = new Grid(shape.code(), shape.name(), shape.roads(), shape.geoJson());
            if (!applied.squads().isEmpty()) {
                grid.assignTo(applied.squads().get((shape.feature() - 1) % applied.squads().size()));
            }
            em.persist(grid);
        }
        Staff admin = new Staff(plan.adminLogin(), plan.adminName(), null, Set.of(Role.TENANT_ADMIN),
                passwords.hash(oneTimePassword.toCharArray()));
        admin.credentials().oneTimePassword(admin.credentials().passwordHash());
        em.persist(admin);
        Onboarded result = new Onboarded(plan.code(), plan.name(), plan.kind().name(), plan.template().code(),
                plan.adminLogin() + "@" + plan.code(), oneTimePassword, applied.units().size(), applied.squads().size(),
                applied.categories(), plan.grids().size(), false);
        String what = plan.name() + "，模板 " + plan.template().name() + "，" + result.units() + " 个成员单位，"
                + result.grids() + " 个网格，管理员 " + result.adminSignIn();
        audit.record(by, AuditEntry.Subject.OFFICE, plan.code(), "onboard", null, what);
        district.record(by, "onboard", plan.code(), what);
        Instant now = clock.instant();
        // the answer a retry gets: all of it but the one-time password, which is never stored (a lost one is reset)
        em.persist(new OfficeOnboarding(plan.code(), plan.fingerprint(), json(result.withoutPassword()), by.login(), now));
        em.flush();   // a failure of the last step is this transaction's, not the commit's
        officeChanged.fire(new OfficeChanged(plan.code()));
        return result;
    }

    /**
     * The current street office's set-up, as a template would give it; in a transaction of its own, bound
     * to the office, so that the caller's (the district's) stays unbound.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TemplateContent capture() {
        return templates.capture(place(officeName()));
    }

    /** The district's changes to a street office's state. */
    public enum Transition { SUSPEND, RESUME, RETIRE }

    /**
     * Suspends, resumes or retires the current street office, audited in its own trail; asked for the
     * state it is already in, changes nothing and answers it.
     */
    public StreetOffice change(Transition transition, Actor by) {
        Tenant tenant = em.createNamedQuery("Tenant.findByCode", Tenant.class).setParameter("code", TenantContext.require())
                .getSingleResult();
        TenantStatus before = tenant.status();
        TenantStatus target = switch (transition) {
            case SUSPEND -> TenantStatus.SUSPENDED;
            case RESUME -> TenantStatus.ACTIVE;
            case RETIRE -> TenantStatus.RETIRED;
        };
        if (before == target) {
            return tenant.toStreetOffice();   // asked again (a script retrying): already so, nothing to record
        }
        if (before == TenantStatus.RETIRED) {
            throw new WorkflowException(Refusal.OFFICE_RETIRED, tenant.name());
        }
        switch (transition) {
            case SUSPEND -> {
                if (before != TenantStatus.ACTIVE) {
                    throw new WorkflowException(Refusal.OFFICE_NOT_ACTIVE, tenant.name());
                }
                tenant.suspend();
            }
            case RESUME -> {
                if (before != TenantStatus.SUSPENDED) {
                    throw new WorkflowException(Refusal.OFFICE_NOT_SUSPENDED, tenant.name());
                }
                tenant.resume();
            }
            case RETIRE -> {
                if (before != TenantStatus.SUSPENDED) {
                    throw new WorkflowException(Refusal.OFFICE_RETIRE_RUNNING, tenant.name());   // two deliberate steps
                }
                tenant.retire(clock.instant());
            }
        }
        String action = transition.name().toLowerCase(java.util.Locale.ROOT);
        audit.record(by, AuditEntry.Subject.OFFICE, tenant.code(), action, before.label().zh(), tenant.status().label().zh());
        district.record(by, action, tenant.code(), before.label().zh() + " → " + tenant.status().label().zh());
        officeChanged.fire(new OfficeChanged(tenant.code()));
        return tenant.toStreetOffice();
    }

    /** A street-office admin as the district sees them: never anything but the account's state. */
    public record AdminAccount(String login, String name, boolean active, boolean locked, boolean oneTimePassword) {
    }

    /** The current street office's admins. */
    public List<AdminAccount> admins() {
        Instant now = clock.instant();
        return em.createNamedQuery("Staff.findAll", Staff.class).getResultStream()
                .filter(s -> s.roles().contains(Role.TENANT_ADMIN))
                .map(s -> new AdminAccount(s.login(), s.name(), s.active(), s.credentials().lockedAt(now),
                        s.credentials().passwordChangeRequired())).toList();
    }

    /** A new one-time password for one of the current office's admins (lifting any lock), audited; shown once. */
    public String resetAdminPassword(String login, Actor by) {
        Staff admin = em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login == null ? "" : login)
                .getResultStream().findFirst().filter(s -> s.roles().contains(Role.TENANT_ADMIN))
                .orElseThrow(() -> new WorkflowException(Refusal.OFFICE_ADMIN_UNKNOWN, officeName(), login));
        String password = Passwords.oneTime();
        admin.credentials().oneTimePassword(passwords.hash(password.toCharArray()));
        audit.record(by, AuditEntry.Subject.STAFF, admin.login(), "reset-password", null, "一次性密码（区级管理员重置，须在登录时修改）");
        district.record(by, "reset-password", TenantContext.require(), admin.login());
        return password;
    }

    /** A new API key for an integrator of the current office, on its behalf (audited in both trails); shown once. */
    public String issueKey(String integrator, Actor by) {
        String key = keys.issue(integrator, by);
        district.record(by, "issue-key", TenantContext.require(), integrator.strip());
        return key;
    }

    /** Revokes one of the current office's keys on its behalf, audited in both trails. */
    public ApiKeys.KeyInfo revokeKey(long id, Actor by) {
        ApiKeys.KeyInfo key = keys.revoke(id, by);
        district.record(by, "revoke-key", TenantContext.require(), key.integrator());
        return key;
    }

    private String officeName() {
        return em.createNamedQuery("Tenant.findByCode", Tenant.class).setParameter("code", TenantContext.require())
                .getSingleResult().name();
    }

    /** "长桥街道" → "长桥", "华泾镇" → "华泾": what unit names in a template begin with. */
    static String place(String officeName) {
        for (String suffix : List.of("街道办事处", "街道", "镇", "乡")) {
            if (officeName.endsWith(suffix) && officeName.length() > suffix.length()) {
                return officeName.substring(0, officeName.length() - suffix.length());
            }
        }
        return officeName;
    }

    static String json(Onboarded result) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(result);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Onboarded fromJson(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, Onboarded.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
