package org.lianqin.core.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    /** The active street offices, sorted by name as a Chinese reader expects (pinyin order). */
    public List<StreetOffice> activeStreetOffices() {
        return em.createNamedQuery("Tenant.findByStatus", Tenant.class)
                .setParameter("status", TenantStatus.ACTIVE)
                .getResultStream()
                .map(Tenant::toStreetOffice)
                .sorted(BY_NAME_ZH)
                .toList();
    }

    public Optional<StreetOffice> find(String code) {
        return em.createNamedQuery("Tenant.findByCode", Tenant.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(Tenant::toStreetOffice);
    }
}
