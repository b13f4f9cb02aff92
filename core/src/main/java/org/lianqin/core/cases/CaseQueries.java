package org.lianqin.core.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.lianqin.core.exports.Table;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The case lists of the portal and the API: filtered, sorted and paged in the database. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    StateCounts stateCounts;

    @Inject
    Clock clock;

    public Slice<CaseSummary> list(CaseFilter filter, CaseSort sort, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        q.select(c).where(conditions(cb, c, filter, clock.instant()).toArray(Predicate[]::new));
        q.orderBy(switch (sort) {
            case NEWEST_FIRST -> List.of(cb.desc(c.get("reportedAt")), cb.desc(c.get("id")));
            case OLDEST_FIRST -> List.of(cb.asc(c.get("reportedAt")), cb.asc(c.get("id")));
            case DEADLINE_FIRST -> List.of(cb.asc(c.get("clock").get("deadline")), cb.asc(c.get("id")));
        });
        List<CaseSummary> rows = em.createQuery(q)
                .setFirstResult(page * size)
                .setMaxResults(size + 1)
                .getResultStream().map(CaseSummary::of).toList();
        boolean more = rows.size() > size;
        return new Slice<>(more ? rows.subList(0, size) : rows, page, size, more);
    }

    /** What the board counts at its top: the office's cases per state, and its open cases past their deadline. */
    public record Counts(Map<CaseState, Long> byState, long overdue) {
    }

    /**
     * The current street office's cases per state (its summary rows, kept with every change) and its
     * overdue open ones (counted in the index of overdue cases, which holds only those).
     */
    public Counts counts() {
        Map<CaseState, Long> byState = stateCounts.now();
        long overdue = em.createQuery("SELECT COUNT(c) FROM CaseFile c WHERE c.clock.overdue = TRUE AND c.state IN :open",
                Long.class).setParameter("open", CaseState.OPEN).getSingleResult();
        return new Counts(byState, overdue);
    }

    /**
     * How many changes the current street office's cases have had (0 before the first); it moves with
     * every committed change, in commit order, so a board that saw this mark has seen every change before
     * it. One row, cheap enough to ask every few seconds.
     */
    public long latestChange() {
        return stateCounts.mark();
    }

    /**
     * The handled cases waiting for verification in the given grids (all of the office's when none are
     * given), nearest to the point first when there is one, otherwise the longest waiting first.
     */
    public List<CaseSummary> awaitingVerification(Set<Long> gridIds, Location near, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(c.get("state"), CaseState.HANDLED)));
        if (gridIds != null && !gridIds.isEmpty()) {
            where.add(c.get("grid").get("id").in(gridIds));
        }
        q.select(c).where(where.toArray(Predicate[]::new));
        if (near != null && near.hasPoint()) {
            // Degrees of longitude shrink with the latitude; over a street office the cosine is a constant.
            double shrink = Math.cos(Math.toRadians(near.latitude()));
            Expression<Double> dx = cb.prod(cb.diff(c.<Double>get("longitude"), near.longitude()), shrink);
            Expression<Double> dy = cb.diff(c.<Double>get("latitude"), near.latitude());
            q.orderBy(cb.asc(cb.selectCase().when(cb.isNull(c.get("longitude")), 1).otherwise(0)),
                    cb.asc(cb.sum(cb.prod(dx, dx), cb.prod(dy, dy))), cb.asc(c.get("id")));
        } else {
            q.orderBy(cb.asc(c.get("handledAt")), cb.asc(c.get("id")));
        }
        return em.createQuery(q).setMaxResults(size).getResultStream().map(CaseSummary::of).toList();
    }

    /** The most rows an export of a case list holds (newest first); a wider one is narrowed by its filter. */
    public static final int EXPORT_MAX = 50_000;

    /** The cases the filter keeps, newest first, as a table to take away (CSV, Excel); at most {@link #EXPORT_MAX}. */
    public Table export(CaseFilter filter, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        q.select(c).where(conditions(cb, c, filter, clock.instant()).toArray(Predicate[]::new))
                .orderBy(cb.desc(c.get("reportedAt")), cb.desc(c.get("id")));
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<List<Object>> rows = new ArrayList<>();
        em.createQuery(q).setMaxResults(EXPORT_MAX).getResultStream().map(CaseSummary::of).forEach(s -> rows.add(java.util.Arrays.asList(
                s.number(), s.state().label().in(locale), s.channel().label().in(locale), s.categoryName(), s.address(),
                s.gridCode(), s.unitName(), when.format(s.reportedAt().atZone(org.lianqin.core.calendar.WorkCalendar.CHINA)),
                s.handleDeadline() == null ? null : when.format(s.handleDeadline().atZone(org.lianqin.core.calendar.WorkCalendar.CHINA)),
                s.overdue() ? (en ? "overdue" : "超期") : "")));
        return new Table(en ? "Cases" : "案件", en
                ? List.of("Number", "State", "Channel", "Category", "Address", "Grid", "Unit", "Reported", "Deadline", "Overdue")
                : List.of("案件编号", "状态", "来源", "问题类别", "地址", "网格", "责任单位", "上报时间", "处置时限", "超期"), rows);
    }

    /** How many cases the filter keeps (for a bounded list: the cases behind a figure, an export). */
    public long count(CaseFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Case> c = q.from(Case.class);
        q.select(cb.count(c)).where(conditions(cb, c, filter, clock.instant()).toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    private static List<Predicate> conditions(CriteriaBuilder cb, Root<Case> c, CaseFilter f, Instant now) {
        List<Predicate> where = new ArrayList<>();
        if (f.counted() != null) {
            where.add(counted(cb, c, f.counted(), now));
        }
        if (CaseState.OPEN.equals(f.states())) {
            where.add(cb.isTrue(c.get("open")));   // one index for the five open states, in the list's order
        } else if (f.states() != null && !f.states().isEmpty()) {
            where.add(c.get("state").in(f.states()));
        }
        if (f.channels() != null && !f.channels().isEmpty()) {
            where.add(c.get("channel").in(f.channels()));
        }
        if (f.categoryCode() != null && !f.categoryCode().isBlank()) {
            where.add(cb.like(c.get("category").get("code"), f.categoryCode().strip() + "%"));
        }
        if (f.gridId() != null) {
            where.add(cb.equal(c.get("grid").get("id"), f.gridId()));
        }
        if (f.unitId() != null) {
            where.add(cb.equal(c.get("unit").get("id"), f.unitId()));
        }
        if (f.overdue() != null) {
            where.add(cb.equal(c.get("clock").get("overdue"), f.overdue()));
        }
        if (f.reportedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(c.get("reportedAt"), f.reportedFrom()));
        }
        if (f.reportedTo() != null) {
            where.add(cb.lessThan(c.get("reportedAt"), f.reportedTo()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            if (CaseNumber.isPrefix(text)) {
                // Looks like a case number: a prefix search on the unique index, not a scan of the texts.
                where.add(cb.like(c.get("number"), escape(CaseNumber.prefix(text)) + "%", '\\'));
            } else {
                String contains = "%" + escape(text) + "%";
                where.add(cb.or(cb.like(c.get("address"), contains, '\\'),
                        cb.like(c.get("description"), contains, '\\')));
            }
        }
        return where;
    }

    /** The cases a measure counts, as {@code MeasureSql} counts them over case_measure. */
    private static Predicate counted(CriteriaBuilder cb, Root<Case> c, Counted counted, Instant now) {
        Predicate closed = cb.equal(c.get("state"), CaseState.CLOSED);
        Predicate deferred = cb.isTrue(c.get("clock").get("deferred"));
        Predicate registered = cb.and(cb.isNotNull(c.get("registeredAt")),
                cb.not(c.get("state").in(CaseState.REJECTED, CaseState.MERGED)));
        Predicate handled = cb.and(registered, cb.or(closed, cb.isNotNull(c.get("handledAt"))));
        Predicate due = cb.and(registered, cb.or(closed, cb.lessThanOrEqualTo(c.get("clock").get("deadline"), now)));
        return switch (counted) {
            case REPORTED -> cb.conjunction();
            case REGISTERED -> registered;
            case HANDLED -> handled;
            case DUE -> due;
            case DEFERRED -> cb.and(due, deferred);
            case CLOSED -> cb.and(registered, closed, cb.not(deferred));
            case CLOSED_ON_TIME -> cb.and(registered, closed, cb.isTrue(c.get("closedOnTime")), cb.not(deferred));
            case REWORKED -> cb.and(handled, cb.greaterThan(c.get("reworkCount"), 0));
            case OVERDUE -> cb.and(registered, cb.not(deferred), cb.or(cb.and(closed, cb.isFalse(c.get("closedOnTime"))),
                    cb.and(cb.not(closed), cb.lessThan(c.get("clock").get("deadline"), now))));
            case RATED -> cb.isNotNull(c.get("satisfaction"));
            case SATISFIED -> cb.greaterThanOrEqualTo(c.get("satisfaction"), 4);
        };
    }

    /** LIKE wildcards typed by a user are searched for, not expanded. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
