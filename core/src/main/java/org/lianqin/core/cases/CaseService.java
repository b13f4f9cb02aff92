package org.lianqin.core.cases;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.calendar.Calendars;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.catalogue.Priority;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.photos.Photo;
import org.lianqin.core.photos.PhotoContent;
import org.lianqin.core.routing.Routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The case workflow as a service: every change names the case by number, quotes the version the
 * actor saw (so that a stale screen cannot overwrite a newer state), runs the domain method and comes
 * back as a fresh {@link CaseDetail}. Runs as the current street office (TenantContext).
 */
@Stateless
@DeclareRoles({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class CaseService {

    @Inject
    org.lianqin.core.duty.Duty duty;

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @EJB
    Routing routing;

    @EJB
    Calendars calendars;

    @Inject
    CaseFiles files;

    /**
     * A case from any channel as the actor files it (staff taking a call, a patrol, the system). Residents'
     * own reports on the site and the APIs go through {@link ResidentCases#submit}, which adds the receipt.
     */
    @PermitAll
    public CaseDetail report(ReportCase report, Actor by) {
        return report(report, List.of(), by);
    }

    /** A new case with the photos taken on the spot. */
    @PermitAll
    public CaseDetail report(ReportCase report, List<Photo> photos, Actor by) {
        return files.detail(files.file(report, photos, by));
    }

    /**
     * Open cases of the same category reported within the last week, no more than 200 m away, nearest
     * first: what the dispatcher (or the resident, before filing) should look at before a new case is made.
     */
    @PermitAll
    public List<CaseSummary> likelyDuplicates(String categoryCode, Location place) {
        return files.openNear(categoryCode, place, CaseState.OPEN, c -> true).stream().map(CaseSummary::of).toList();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
    public Optional<CaseDetail> find(String number) {
        return files.byNumber(number).map(files::detail);
    }

    /**
     * The case as the actor works on it: its detail and exactly the steps {@link CaseStep} gives the actor
     * in its present state, which the portal offers and nothing else.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER})
    public Optional<CaseAtHand> open(String number, Actor by) {
        return files.byNumber(number).filter(c -> mayOpen(c, by)).map(c -> {
            List<CaseStep> steps = CaseStep.open(c, by);
            boolean waiting = c.state() == CaseState.REPORTED || c.state() == CaseState.REGISTERED;
            String suggested = waiting ? routing.unitFor(c.category()).map(Unit::name).orElse(null) : null;
            return new CaseAtHand(files.detail(c), steps, suggested);
        });
    }

    /** A unit's officer (and nothing more) works on the cases with the unit; the other roles on all of the office's. */
    private static boolean mayOpen(Case c, Actor by) {
        return !by.isUnitOfficerOnly() || (c.unit() != null && by.isOfficerOf(c.unit().id()));
    }

    /**
     * A case and the steps the actor can take on it now; while it waits for dispatch, the unit its
     * category routes to (null when none does).
     */
    public record CaseAtHand(CaseDetail detail, List<CaseStep> steps, String suggestedUnit) {
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail register(String number, long version, Actor by, String note) {
        return change(number, version, (c, now) -> c.register(by, now, note));
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail reject(String number, long version, Actor by, String reason) {
        return change(number, version, (c, now) -> c.reject(by, now, reason));
    }

    /**
     * Dispatches to the unit given, or to the one routing suggests; the deadline counts working hours, as
     * many as the 小类 allows, shortened by the duty level in force where the office says so.
     */
    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail dispatch(String number, long version, Long unitId, Actor by, String note) {
        return change(number, version, (c, now) -> {
            Unit unit = unitId != null ? em.find(Unit.class, unitId) : routing.unitFor(c.category()).orElse(null);
            if (unit == null) {
                throw new WorkflowException(Refusal.UNIT_REQUIRED);
            }
            // a raised duty level shortens the limit where the street office says so (Duty)
            int hours = (int) Math.ceil(c.category().limits().handleHours(c.priority() == Priority.URGENT)
                    * duty.handlePercentNow() / 100.0);
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
            files.attach(c, handled, photos, now);
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
                .map(Attachment::photo);
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.INSPECTOR, Roles.SYSTEM})
    public CaseDetail verify(String number, long version, boolean passed, Actor by, String note) {
        return verify(number, version, passed, by, note, List.of());
    }

    /** The verification with photos taken on the spot (of what is still wrong, for a rework). */
    @RolesAllowed({Roles.DISPATCHER, Roles.INSPECTOR, Roles.SYSTEM})
    public CaseDetail verify(String number, long version, boolean passed, Actor by, String note, List<Photo> photos) {
        Photo.checkCount(photos);
        return change(number, version, (c, now) -> {
            CaseEvent verified = c.verify(passed, by, now, note);
            files.attach(c, verified, photos, now);
            return verified;
        });
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail close(String number, long version, Actor by, String note) {
        return change(number, version, (c, now) -> c.close(by, now, note));
    }

    @RolesAllowed({Roles.DISPATCHER, Roles.SYSTEM})
    public CaseDetail merge(String number, long version, String originalNumber, Actor by) {
        return change(number, version, (c, now) -> c.mergeInto(files.load(originalNumber), by, now));
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
                    .orElseThrow(() -> new WorkflowException(Refusal.PHOTO_UNKNOWN));
            photo.showToPublic(shown);
            return c.photoShownToPublic(attachmentId, shown, by, now);
        });
    }

    /**
     * A rating the resident gave through another channel (a 12345 hotline's call-back), recorded for them
     * by the system; residents rate on the site with their code through {@link ResidentCases#rate}.
     */
    @RolesAllowed(Roles.SYSTEM)
    public CaseDetail rate(String number, int score, Actor resident, String comment) {
        return change(number, null, (c, now) -> c.rate(score, resident, now, comment));
    }

    /** @param version the version the actor saw, or null where the actor sees no versions */
    private CaseDetail change(String number, Long version, BiFunction<Case, Instant, CaseEvent> action) {
        return files.detail(files.change(number, version, action));
    }

    private WorkCalendar calendar(Instant now) {
        return calendars.around(now.atZone(WorkCalendar.CHINA).toLocalDate());
    }
}
