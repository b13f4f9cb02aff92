package org.lianqin.core.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.kernel.Roles;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Flags the current street office's cases whose handling deadline has passed, each in its own
 * transaction. Safe when two servers scan at once: the case's version lets exactly one of them flag
 * it and write the escalation; the other's attempt rolls back and is skipped.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    Escalations self;

    /** @return the numbers of the cases flagged by this scan */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> escalateDue(Instant now) {
        List<Long> due = self.dueIds(now);
        return due.stream().map(id -> {
            try {
                return self.escalate(id, now);
            } catch (EJBException e) {
                LOG.fine(() -> "Case " + id + " was escalated concurrently: " + e.getMessage());
                return null;
            }
        }).filter(n -> n != null).toList();
    }

    public List<Long> dueIds(Instant now) {
        return em.createNamedQuery("Case.dueForEscalation", Long.class)
                .setParameter("states", EnumSet.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS))
                .setParameter("now", now)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String escalate(long id, Instant now) {
        Case c = em.find(Case.class, id);
        if (c == null || !c.isDueForEscalation(now)) {
            return null;
        }
        c.flagOverdue(now);
        em.flush();
        return c.number();
    }
}
