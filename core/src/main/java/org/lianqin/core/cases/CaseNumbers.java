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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives out case numbers {@code {TENANT}-{YYYY}-{seq}}, consecutive and gap-free per street office and
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
        return String.format(Locale.ROOT, "%s-%d-%06d",
                TenantContext.require().toUpperCase(Locale.ROOT), year, counter.next());
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

    /** The street office a case number belongs to ({@code FENGLIN-2026-000123} → {@code fenglin}), if it has the shape. */
    public static Optional<String> officeOf(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(number.strip());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static final Pattern NUMBER =
            Pattern.compile("(?i)([a-z0-9][a-z0-9-]{0,31})-(\\d{4})-(\\d{1,9})");
}
