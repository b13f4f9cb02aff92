package org.lianqin.core.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.geo.Distance;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.photos.Photo;
import org.lianqin.core.routing.Routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The one place that files, finds and changes cases, for the services of this package (staff's
 * {@link CaseService}, residents' {@link ResidentCases}, the public reads of {@link PublicRecord}), which
 * therefore never call each other. Runs in its caller's transaction and street office; a change fires
 * {@link CaseChanged} for whoever reacts to it (mail). Not a service of its own: nothing outside this
 * package can reach it, so every way in goes through a service's security.
 */
@Dependent
class CaseFiles {

    /** How near and how recent an open case of the same category must be to look like a duplicate. */
    static final double DUPLICATE_RADIUS_METRES = 200;
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(7);

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    CaseNumbers numbers;

    @EJB
    Routing routing;

    @EJB
    Catalogue catalogue;

    @Inject
    Event<CaseChanged> changes;

    @Inject
    StateCounts counts;

    @Inject
    CaseMeasures measures;

    /** A new case from any channel, numbered, routed to its grid, with the reporter's photos. */
    Case file(ReportCase report, List<Photo> photos, Actor by) {
        Photo.checkCount(photos);
        Category category = catalogue.subCategory(report.categoryCode());
        Instant now = clock.instant();
        Location place = report.place() == null ? new Location(null, null, null) : report.place();
        Grid grid = routing.gridAt(place).orElse(null);
        // the number last: its counter row stays locked until the commit, and the office's next report waits for it
        Case c = new Case(numbers.next(now), report.channel(), category, grid, place,
                report.description(), report.reporterContact(), report.priority(), report.accessCodeHash(), by, now);
        em.persist(c);
        attach(c, c.events().get(0), photos, now);
        em.flush();
        counts.moved(null, c.state());
        counts.touched();
        measures.measure(c, c.events().get(0));
        return c;
    }

    /**
     * Runs one step of the workflow on the case and tells the observers.
     *
     * @param version the version the actor saw, or null where the actor sees no versions (residents, comments)
     */
    Case change(String number, Long version, BiFunction<Case, Instant, CaseEvent> action) {
        Case c = load(number);
        if (version != null && c.version() != version) {
            throw new ConcurrentUpdateException(number);
        }
        CaseEvent event = action.apply(c, clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException(number);
        }
        if (event.fromState() != null && event.fromState() != event.toState()) {
            counts.moved(event.fromState(), event.toState());
        }
        counts.touched();
        measures.measure(c, event);
        changes.fire(new CaseChanged(c.id(), c.number(), event.action(), PublicViews.publicNote(c, event)));
        return c;
    }

    void attach(Case c, CaseEvent event, List<Photo> photos, Instant at) {
        if (photos != null) {
            photos.forEach(p -> em.persist(new Attachment(c, event, p, at)));
        }
    }

    Case load(String number) {
        return byNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }

    /** The case of this street office with the number, whatever way the number was typed. */
    Optional<Case> byNumber(String number) {
        return CaseNumber.parse(number).flatMap(n -> em.createNamedQuery("Case.findByNumber", Case.class)
                .setParameter("number", n.toString()).getResultStream().findFirst());
    }

    /** The case a resident's submission with this idempotency key made, if any. */
    Optional<Case> byIdempotencyKey(String key) {
        return em.createNamedQuery("Case.findByIdempotencyKey", Case.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    List<Attachment> attachments(Case c) {
        return em.createNamedQuery("Attachment.ofCase", Attachment.class).setParameter("case", c).getResultList();
    }

    CaseDetail detail(Case c) {
        return CaseDetail.of(c, attachments(c));
    }

    /**
     * The five nearest cases of the category in those states, reported within {@link #DUPLICATE_WINDOW} and
     * {@link #DUPLICATE_RADIUS_METRES} of the place (which has a point), that pass the filter.
     */
    List<Case> openNear(String categoryCode, Location place, Set<CaseState> states, Predicate<Case> filter) {
        if (place == null || !place.hasPoint()) {
            return List.of();
        }
        double dLat = DUPLICATE_RADIUS_METRES / 111_320.0;
        double dLon = dLat / Math.cos(Math.toRadians(place.latitude()));
        return em.createNamedQuery("Case.openOfCategorySince", Case.class)
                .setParameter("category", catalogue.subCategory(categoryCode))
                .setParameter("states", states)
                .setParameter("since", clock.instant().minus(DUPLICATE_WINDOW))
                .setParameter("west", place.longitude() - dLon).setParameter("east", place.longitude() + dLon)
                .setParameter("south", place.latitude() - dLat).setParameter("north", place.latitude() + dLat)
                .setMaxResults(200)
                .getResultStream()
                .filter(filter)
                .filter(c -> Distance.metres(place, c.place()) <= DUPLICATE_RADIUS_METRES)
                .sorted(Comparator.comparingDouble(c -> Distance.metres(place, c.place())))
                .limit(5)
                .toList();
    }
}
