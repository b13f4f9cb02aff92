package org.lianqin.core.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds street offices. Global data: needs no tenant, and shows nothing tenant-scoped. */
@Stateless
@PermitAll
public class TenantDirectory {

    private static final Comparator<StreetOffice> BY_NAME_ZH =
            Comparator.comparing(StreetOffice::name, Collator.getInstance(Locale.SIMPLIFIED_CHINESE));

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    RecentOffices recent;

    /** The active street offices, sorted by name as a Chinese reader expects (pinyin order). */
    public List<StreetOffice> activeStreetOffices() {
        return em.createNamedQuery("Tenant.findByStatus", Tenant.class)
                .setParameter("status", TenantStatus.ACTIVE)
                .getResultStream()
                .map(Tenant::toStreetOffice)
                .sorted(BY_NAME_ZH)
                .toList();
    }

    /**
     * The current street office, when it is active; a suspended or retired one refuses, in words, everything
     * that would create or change its data — on every channel.
     */
    public StreetOffice requireActive() {
        StreetOffice office = find(TenantContext.require())
                .orElseThrow(() -> new WorkflowException(Refusal.OFFICE_UNKNOWN));
        if (office.status() == TenantStatus.RETIRED) {
            throw new WorkflowException(Refusal.OFFICE_CLOSED, office.name());
        }
        if (office.status() != TenantStatus.ACTIVE) {
            throw new WorkflowException(Refusal.OFFICE_SUSPENDED, office.name());
        }
        return office;
    }

    /**
     * The street office of that code as read at most a few seconds ago ({@link RecentOffices}): for finding
     * the office a request names, not for deciding whether it may change data.
     */
    public Optional<StreetOffice> findRecent(String code) {
        return recent.find(code.toLowerCase(Locale.ROOT), this::find);   // codes are lower case: one entry per office
    }

    public Optional<StreetOffice> find(String code) {
        return em.createNamedQuery("Tenant.findByCode", Tenant.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(Tenant::toStreetOffice);
    }
}
