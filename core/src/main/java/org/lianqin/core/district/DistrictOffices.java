package org.lianqin.core.district;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.core.tenancy.TenantKind;
import org.lianqin.core.tenancy.TenantStatus;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The district runs its street offices: the list with figures (never a case's content, never a
 * resident's contact), suspend, resume, retire, reset an admin's password, issue and revoke API keys on
 * an office's behalf. Each change runs as the street office it concerns and is audited in its trail.
 */
@Stateless
@RolesAllowed(Roles.DISTRICT_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DistrictOffices {

    /** A street office as the district sees it: its state and its figures. */
    public record OfficeRow(String code, String name, TenantKind kind, TenantStatus status, Instant createdAt,
                            long staff, long casesThisMonth, long openNow) {
    }

    private static final Comparator<OfficeRow> BY_NAME_ZH =
            Comparator.comparing(OfficeRow::name, Collator.getInstance(Locale.SIMPLIFIED_CHINESE));

    /**
     * Figures across street offices, counted by the database per tenant_id: the only cross-office read of
     * tenant-scoped tables, and it returns counts only.
     */
    private static final String FIGURES = """
            SELECT t.code, t.name, t.kind, t.status, t.created_at,
                   (SELECT COUNT(*) FROM staff s WHERE s.tenant_id = t.code AND s.active),
                   (SELECT COUNT(*) FROM case_file c WHERE c.tenant_id = t.code AND c.reported_at >= ?1),
                   (SELECT COUNT(*) FROM case_file c WHERE c.tenant_id = t.code AND c.is_open)
            FROM tenant t""";

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    OfficeSetUp office;

    @EJB
    TenantDirectory tenants;

    @EJB
    ApiKeys keys;

    @Inject
    Clock clock;

    public List<OfficeRow> offices() {
        return figures(FIGURES).stream().sorted(BY_NAME_ZH).toList();
    }

    public Optional<OfficeRow> office(String code) {
        return figures(FIGURES + " WHERE t.code = ?2", code).stream().findFirst();
    }

    private List<OfficeRow> figures(String sql, Object... more) {
        // bound as EclipseLink binds an Instant it stores: a Timestamp of the same instant
        Instant monthStart = clock.instant().atZone(WorkCalendar.CHINA).toLocalDate().withDayOfMonth(1)
                .atStartOfDay(WorkCalendar.CHINA).toInstant();
        // EclipseLink refuses native SQL where entities are multitenant; this one query is allowed by name: it counts per tenant_id
        var query = em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, java.sql.Timestamp.from(monthStart));
        for (int i = 0; i < more.length; i++) {
            query.setParameter(i + 2, more[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new OfficeRow((String) r[0], (String) r[1], TenantKind.valueOf((String) r[2]),
                TenantStatus.valueOf((String) r[3]), instant(r[4]), number(r[5]), number(r[6]), number(r[7]))).toList();
    }

    public StreetOffice suspend(String code, Actor by) {
        return TenantContext.supplyAs(known(code), () -> office.change(OfficeSetUp.Transition.SUSPEND, by));
    }

    public StreetOffice resume(String code, Actor by) {
        return TenantContext.supplyAs(known(code), () -> office.change(OfficeSetUp.Transition.RESUME, by));
    }

    public StreetOffice retire(String code, Actor by) {
        return TenantContext.supplyAs(known(code), () -> office.change(OfficeSetUp.Transition.RETIRE, by));
    }

    public List<OfficeSetUp.AdminAccount> admins(String code) {
        return TenantContext.supplyAs(known(code), office::admins);
    }

    /** A new one-time password for the office's admin, shown once. */
    public String resetAdminPassword(String code, String login, Actor by) {
        requireNotRetired(code);
        return TenantContext.supplyAs(code, () -> office.resetAdminPassword(login, by));
    }

    public List<ApiKeys.KeyInfo> keys(String code) {
        return TenantContext.supplyAs(known(code), keys::keys);
    }

    /** A new key for an integrator of the office, shown once. */
    public String issueKey(String code, String integrator, Actor by) {
        requireNotRetired(code);
        return TenantContext.supplyAs(code, () -> office.issueKey(integrator, by));
    }

    public ApiKeys.KeyInfo revokeKey(String code, long id, Actor by) {
        return TenantContext.supplyAs(known(code), () -> office.revokeKey(id, by));
    }

    /** One entry of the district's own trail. */
    public record TrailEntry(Instant at, String actorLogin, String actorName, String action, String office, String detail) {
    }

    /** The district's trail, newest first: what its admins did, to which office. */
    public List<TrailEntry> trail(int max) {
        return em.createNamedQuery("DistrictAuditEntry.newest", DistrictAuditEntry.class).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultStream().map(e -> new TrailEntry(e.at(), e.actorLogin(), e.actorName(), e.action(), e.office(), e.detail()))
                .toList();
    }

    private String known(String code) {
        return tenants.find(code == null ? "" : code).map(StreetOffice::code)
                .orElseThrow(() -> new WorkflowException(Refusal.OFFICE_UNKNOWN));
    }

    private void requireNotRetired(String code) {
        StreetOffice found = tenants.find(code == null ? "" : code).orElseThrow(() -> new WorkflowException(Refusal.OFFICE_UNKNOWN));
        if (found.status() == TenantStatus.RETIRED) {
            throw new WorkflowException(Refusal.OFFICE_RETIRED, found.name());
        }
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Instant instant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t).toInstant();
        }
        return o instanceof Instant i ? i : null;
    }
}
