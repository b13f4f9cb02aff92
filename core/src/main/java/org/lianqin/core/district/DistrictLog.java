package org.lianqin.core.district;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Actor;

import java.time.Clock;

/**
 * Writes the district's trail in the change's own transaction: the entry exists exactly when the change
 * does. Only ever inserts.
 */
@Dependent
public class DistrictLog {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(Actor by, String action, String office, String detail) {
        em.persist(new DistrictAuditEntry(clock.instant(), by, action, office, detail));
    }
}
