package org.lianqin.core.cases;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.Calendars;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.mail.Notifications;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.routing.Routing;
import org.lianqin.core.security.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The case workflow as a service: every change names the case by number, quotes the version the
 * actor saw (so that a stale screen cannot overwrite a newer state), runs the domain method and comes
 * back as a fresh {@link CaseDetail}. Runs as the current street office (TenantContext).
 */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class CaseService {

    /** How long after closure a resident may ask for a case to be handled again. */
    public static final Duration REOPEN_WITHIN = Duration.ofDays(7);

    /** How near and how recent an open case of the same category must be to look like a duplicate. */
    public static final double DUPLICATE_RADIUS_METRES = 200;
    public static final Duration DUPLICATE_WINDOW = Duration.ofDays(7);

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    CaseNumbers numbers;

    @EJB
    Routing routing;

    @EJB
    Calendars calendars;

    @EJB
    Catalogue catalogue;

    @EJB
    Notifications notifications;

    @PermitAll
    public CaseDetail report(ReportCase report, Actor by) {
        return report(report, List.of(), by);
    }

    /** A new case with the photos the reporter took. */
    @PermitAll
    public CaseDetail report(ReportCase report, List<Photo> photos, Actor by) {
        Photo.checkCount(photos);
        Category category = catalogue.subCategory(report.categoryCode());
        Instant now = clock.instant();
        Location place = report.place() == null ? new Location(null, null, null) : report.place();
        Case c = new Case(numbers.next(now), report.channel(), category, routing.gridAt(place).orElse(null), place,
                report.description(), report.reporterContact(), report.priority(), report.accessCodeHash(), by, now);
        em.persist(c);
        attach(c, c.events().get(0), photos, now);
        em.flush();
        return detail(c);
    }

    /**
     * Open cases of the same category reported within the last week, no more than
     * {@link #DUPLICATE_RADIUS_METRES} away, nearest first: what the dispatcher (or the resident,
     * before filing) should look at before a new case is made.
     */
    @PermitAll
    public List<CaseSummary> likelyDuplicates(String categoryCode, Location place) {
        if (place == null || !place.hasPoint()) {
            return List.of();
        }
        return openNear(em, catalogue.subCategory(categoryCode), clock.instant(), place, EnumSet.of(CaseState.REPORTED,
                CaseState.REGISTERED, CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.HANDLED), c -> true)
                .stream().map(CaseSummary::of).toList();
    }

    /**
     * The five nearest cases of the category in those states, reported within {@link #DUPLICATE_WINDOW} and
     * {@link #DUPLICATE_RADIUS_METRES} of the place (which has a point), that pass the filter.
     */
    static List<Case> openNear(EntityManager em, Category category, Instant now, Location place, Set<CaseState> states,
                               Predicate<Case> filter) {
        double dLat = DUPLICATE_RADIUS_METRES / 111_320.0;
        double dLon = dLat / Math.cos(Math.toRadians(place.latitude()));
        return em.createNamedQuery("Case.openOfCategorySince", Case.class)
                .setParameter("category", category)
                .setParameter("states", states)
                .setParameter("since", now.minus(DUPLICATE_WINDOW))
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

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
    public Optional<CaseDetail> find(String number) {
        return byNumber(number).map(this::detail);
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail register(String number, long version, Actor by, String note) {
        return change(number, version, (c, now) -> c.register(by, now, note));
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail reject(String number, long version, Actor by, String reason) {
        return change(number, version, (c, now) -> c.reject(by, now, reason));
    }

    /** Dispatches to the unit given, or to the one routing suggests; the deadline counts working hours. */
    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail dispatch(String number, long version, Long unitId, Actor by, String note) {
        return change(number, version, (c, now) -> {
            Unit unit = unitId != null ? em.find(Unit.class, unitId) : routing.unitFor(c.category()).orElse(null);
            if (unit == null) {
                throw new WorkflowException("unit", "请选择责任单位");
            }
            int hours = c.category().limits().handleHours(c.priority() == Priority.URGENT);
            Instant deadline = calendar(now).plusWorkingHours(now, Math.max(hours, 1));
            return c.dispatch(unit, deadline, by, now, note);
        });
    }

    @RolesAllowed({Roles.UNIT_OFFICER, Roles.SYSTEM})
    public CaseDetail accept(String number, long version, Actor by) {
        return change(number, version, (c, now) -> c.accept(by, now));
    }

    @RolesAllowed({Roles.UNIT_OFFICER, Roles.SYSTEM})
    public CaseDetail returnToCommandCentre(String number, long version, Actor by, String reason) {
        return change(number, version, (c, now) -> c.returnToCommandCentre(by, now, reason));
    }

    @RolesAllowed({Roles.UNIT_OFFICER, Roles.SYSTEM})
    public CaseDetail handle(String number, long version, Actor by, String result) {
        return handle(number, version, by, result, List.of());
    }

    /** Handling done, with photos of the result. */
    @RolesAllowed({Roles.UNIT_OFFICER, Roles.SYSTEM})
    public CaseDetail handle(String number, long version, Actor by, String result, List<Photo> photos) {
        Photo.checkCount(photos);
        return change(number, version, (c, now) -> {
            CaseEvent handled = c.handle(by, now, result);
            attach(c, handled, photos, now);
            return handled;
        });
    }

    /** A photo of the case, by its id. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
    public Optional<PhotoContent> photo(String number, long attachmentId) {
        return em.createNamedQuery("Attachment.ofCaseById", Attachment.class)
                .setParameter("number", number)
                .setParameter("id", attachmentId)
                .getResultStream().findFirst()
                .map(a -> new PhotoContent(a.fileName(), a.contentType(), a.content()));
    }

    private void attach(Case c, CaseEvent event, List<Photo> photos, Instant at) {
        if (photos != null) {
            photos.forEach(p -> em.persist(new Attachment(c, event, p, at)));
        }
    }

    private CaseDetail detail(Case c) {
        return CaseDetail.of(c, em.createNamedQuery("Attachment.ofCase", Attachment.class)
                .setParameter("case", c).getResultList());
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.INSPECTOR, Roles.SYSTEM})
    public CaseDetail verify(String number, long version, boolean passed, Actor by, String note) {
        return change(number, version, (c, now) -> c.verify(passed, by, now, note));
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail close(String number, long version, Actor by, String note) {
        return change(number, version, (c, now) -> c.close(by, now, note));
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail merge(String number, long version, String originalNumber, Actor by) {
        return change(number, version, (c, now) -> c.mergeInto(load(originalNumber), by, now));
    }

    /** Comments never conflict with other changes, so they quote no version. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
    public CaseDetail comment(String number, Actor by, String text) {
        return change(number, null, (c, now) -> c.comment(by, now, text));
    }

    @RolesAllowed({Roles.UNIT_OFFICER, Roles.SYSTEM})
    public CaseDetail requestExtension(String number, long version, int hours, Actor by, String reason) {
        return change(number, version, (c, now) -> c.requestExtension(hours, by, now, reason));
    }

    /** An approved extension moves the deadline by the requested working hours. */
    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail decideExtension(String number, long version, boolean approved, Actor by, String note) {
        return change(number, version, (c, now) -> {
            Instant extended = approved && c.pendingExtensionHours() != null
                    ? calendar(now).plusWorkingHours(c.handleDeadline(), c.pendingExtensionHours()) : null;
            return c.decideExtension(approved, extended, by, now, note);
        });
    }

    @RolesAllowed({Roles.UNIT_OFFICER, Roles.SYSTEM})
    public CaseDetail requestDeferral(String number, long version, Actor by, String reason) {
        return change(number, version, (c, now) -> c.requestDeferral(by, now, reason));
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail decideDeferral(String number, long version, boolean approved, Actor by, String note) {
        return change(number, version, (c, now) -> c.decideDeferral(approved, by, now, note));
    }

    /** The resident's tracking page quotes no version; a concurrent change still cannot be overwritten. */
    /** Takes a case off the public pages or puts it back (the reporter's tracking page still shows it). */
    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail showToPublic(String number, long version, boolean shown, Actor by, String note) {
        return change(number, version, (c, now) -> c.showToPublic(shown, by, now, note));
    }

    /** Replaces the description on the public pages; the original stays for staff and the reporter. */
    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail redact(String number, long version, String publicText, Actor by) {
        return change(number, version, (c, now) -> c.redact(publicText, by, now));
    }

    /** Takes one photo off the public pages or puts it back; recorded on the timeline as a redaction. */
    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail showPhotoToPublic(String number, long version, long attachmentId, boolean shown, Actor by) {
        return change(number, version, (c, now) -> {
            Attachment photo = em.createNamedQuery("Attachment.ofCaseById", Attachment.class)
                    .setParameter("number", number).setParameter("id", attachmentId)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new WorkflowException("photo-unknown", "该案件没有这张照片"));
            photo.showToPublic(shown);
            return c.photoShownToPublic(attachmentId, shown, by, now);
        });
    }

    @PermitAll
    public CaseDetail reopen(String number, Actor by, String reason) {
        return change(number, null, (c, now) -> c.reopen(by, now, REOPEN_WITHIN, reason));
    }

    @PermitAll
    public CaseDetail rate(String number, int score, Actor by, String comment) {
        return change(number, null, (c, now) -> c.rate(score, by, now, comment));
    }

    /** @param version the version the actor saw, or null where the actor sees no versions */
    private CaseDetail change(String number, Long version, BiFunction<Case, Instant, CaseEvent> action) {
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
        if (ResidentCases.PUBLIC_STEPS.contains(event.action()) && event.action() != CaseAction.RATE) {
            notifications.changed(c.id(), c.number(), event.action(), ResidentCases.publicText(c, event));
        }
        return detail(c);
    }

    private Case load(String number) {
        return byNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }

    private Optional<Case> byNumber(String number) {
        return em.createNamedQuery("Case.findByNumber", Case.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    private WorkCalendar calendar(Instant now) {
        return calendars.around(now.atZone(WorkCalendar.CHINA).toLocalDate());
    }
}
