package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a resident's access code to a case, in a transaction of its own so that a failed attempt is
 * counted even when the caller's work is then refused and rolled back. After
 * {@link CasePublic#FAILURES_BEFORE_LOCK} wrong codes in a row the case opens to no code for an hour.
 * An unknown number costs the same work and answers the same as a wrong code.
 */
@Stateless
@PermitAll
public class ResidentAccess {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseFiles files;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean check(String number, String code) {
        Instant now = clock.instant();
        Optional<Case> found = files.byNumber(number);
        Optional<CasePublic> counters = found.flatMap(c -> em.createNamedQuery("CasePublic.ofCase", CasePublic.class)
                .setParameter("case", c).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst());
        if (counters.isEmpty()) {
            AccessCodes.matches(code, null);
            return false;
        }
        if (counters.get().lockedAt(now)) {
            AccessCodes.matches(code, null);
            return false;
        }
        if (AccessCodes.matches(code, found.get().reporter().accessCodeHash())) {
            counters.get().accessGranted();
            return true;
        }
        counters.get().accessFailed(now);
        return false;
    }
}
