package org.lianqin.core.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.lianqin.core.kernel.Roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The current street office's audit trail, newest first, for its admin and leaders; read only. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.LEADER, Roles.SYSTEM})
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    /** One entry as the screens show it. */
    public record Entry(long id, Instant at, String actorLogin, String actorName, AuditEntry.Subject subject,
                        String subjectKey, String action, String before, String after) {
        static Entry of(AuditEntry e) {
            return new Entry(e.id(), e.at(), e.actorLogin(), e.actorName(), e.subject(), e.subjectKey(), e.action(),
                    e.before(), e.after());
        }
    }

    /** Entries of the subject (null: all), by whom (a login; null: anyone), newest first, a page at a time. */
    public List<Entry> list(AuditEntry.Subject subject, String actorLogin, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (subject != null) {
            where.add(cb.equal(e.get("subject"), subject));
        }
        if (actorLogin != null && !actorLogin.isBlank()) {
            where.add(cb.equal(e.get("actorLogin"), actorLogin.strip()));
        }
        q.select(e).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("at")), cb.desc(e.get("id")));
        return em.createQuery(q).setFirstResult(page * size).setMaxResults(size).getResultStream().map(Entry::of).toList();
    }
}
