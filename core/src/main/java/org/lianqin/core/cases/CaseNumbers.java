package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.tenancy.TenantContext;

import java.time.Instant;
import java.util.List;

/**
 * Gives out {@link CaseNumber}s, consecutive and gap-free per street office and
 * year: the year's counter row is locked (SELECT ... FOR UPDATE) in the transaction that creates the
 * case, so a rolled-back case gives its number back and concurrent reports queue for the next one.
 */
@Stateless
@PermitAll
public class CaseNumbers {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    CaseNumbers self;

    /** Must run inside the transaction that persists the case. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(Instant reportedAt) {
        int year = reportedAt.atZone(WorkCalendar.CHINA).getYear();
        if (counter(year, LockModeType.NONE) == null) {
            // Created before locking: a locking read of a missing row would hold a gap lock that the
            // creating transaction's insert then waits for.
            try {
                self.createCounter(year);
            } catch (EJBException e) {
                // unique (tenant_id, year): a concurrent report created the counter first, which is all we need
            }
        }
        CaseNumberCounter counter = counter(year, LockModeType.PESSIMISTIC_WRITE);
        return new CaseNumber(TenantContext.require(), year, counter.next()).toString();
    }

    /** Creates the year's counter in its own transaction; another server may have just done so. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(int year) {
        if (!em.createNamedQuery("CaseNumberCounter.forYear", CaseNumberCounter.class)
                .setParameter("year", year).getResultList().isEmpty()) {
            return;
        }
        em.persist(new CaseNumberCounter(year));
    }

    private CaseNumberCounter counter(int year, LockModeType lock) {
        List<CaseNumberCounter> found = em.createNamedQuery("CaseNumberCounter.forYear", CaseNumberCounter.class)
                .setParameter("year", year)
                .setLockMode(lock)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
