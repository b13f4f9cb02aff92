package org.lianqin.core.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Actor;

import java.time.Clock;

/**
 * Writes the audit entry of a change to the street office's set-up, in the change's own transaction and
 * street office: the entry exists exactly when the change does. Only ever inserts.
 */
@Dependent
public class AuditLog {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records that the actor did {@code action} to the subject, with how it read before and after (null for none). */
    public void record(Actor by, AuditEntry.Subject subject, String key, String action, String before, String after) {
        em.persist(new AuditEntry(clock.instant(), by, subject, key, action, before, after));
    }
}
