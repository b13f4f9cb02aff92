package org.lianqin.core.cases;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.tenancy.TenantContext;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The current street office's cases per state ({@code case_state_count}) and its count of changes
 * ({@code case_change_mark}), kept by {@link CaseFiles} in the transaction of every change, so that the
 * board reads a few rows instead of counting a million cases, and knows when to read again. A move locks the office's two rows in the states' order, so that two changes never wait for
 * each other crosswise. Native SQL (an upsert JPQL cannot say), so the tenant is named explicitly (from
 * {@link TenantContext}).
 */
@Dependent
class StateCounts {

    /**
     * EclipseLink refuses native SQL in a persistence unit with multitenant entities, as it should; these
     * statements are let through one by one, each naming the tenant itself.
     */
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    /** One case left {@code from} (null for a new case) and entered {@code to}. */
    void moved(CaseState from, CaseState to) {
        String office = TenantContext.require();
        if (from == null) {
            add(office, to, 1);
        } else if (from.ordinal() < to.ordinal()) {
            add(office, from, -1);
            add(office, to, 1);
        } else {
            add(office, to, 1);
            add(office, from, -1);
        }
    }

    /** Something about one of the office's cases changed (a step, a comment, a new case). */
    void touched() {
        em.createNativeQuery("INSERT INTO case_change_mark (tenant_id, changes) VALUES (?, 1)"
                        + " ON DUPLICATE KEY UPDATE changes = changes + 1")
                .setHint(NATIVE, true).setParameter(1, TenantContext.require()).executeUpdate();
    }

    /** How many changes the office's cases have had: it moves with every committed change, in commit order. */
    long mark() {
        List<?> rows = em.createNativeQuery("SELECT changes FROM case_change_mark WHERE tenant_id = ?")
                .setHint(NATIVE, true).setParameter(1, TenantContext.require()).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    Map<CaseState, Long> now() {
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (Object row : em.createNativeQuery("SELECT state, cases FROM case_state_count WHERE tenant_id = ?")
                .setHint(NATIVE, true).setParameter(1, TenantContext.require()).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(CaseState.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    private void add(String office, CaseState state, int delta) {
        em.createNativeQuery("INSERT INTO case_state_count (tenant_id, state, cases) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE cases = cases + VALUES(cases)")
                .setHint(NATIVE, true).setParameter(1, office).setParameter(2, state.name()).setParameter(3, delta)
                .executeUpdate();
    }
}
