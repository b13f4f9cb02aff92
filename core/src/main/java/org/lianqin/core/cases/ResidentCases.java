package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.catalogue.Questions;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.photos.Photo;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.core.tenancy.TenantStatus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What residents do, anonymously, in the current street office: report a problem and get its number
 * and access code, track it with the code, rate or reopen it once closed, and say "me too" on a public
 * case. What they read without a code is {@link PublicRecord}'s; what they may see of a case is
 * {@link PublicCase}. The public site and the APIs (JSON, Open311) all come through here.
 */
@Stateless
@PermitAll
public class ResidentCases {

    /** How long after closure a resident may ask for a case to be handled again. */
    public static final Duration REOPEN_WITHIN = Duration.ofDays(7);

    @Inject
    CaseFiles files;

    @Inject
    PublicViews views;

    @EJB
    Catalogue catalogue;

    @EJB
    TenantDirectory tenants;

    @EJB
    ResidentAccess access;

    @Inject
    Event<ResidentReported> reported;

    /**
     * Files a report in the current street office and returns its number and a fresh access code. With
     * an idempotency key already used in this office, files nothing and answers for the case the key
     * made, with a new code (the first answer never arrived, or the resident would not retry).
     */
    public Receipt submit(ResidentReport report, List<Photo> photos) {
        StreetOffice office = requireOpenOffice();
        Location place = report.place() == null ? new Location(null, null, null) : report.place();
        SourceChannel channel = report.channel() == null ? SourceChannel.PUBLIC_WEB : report.channel();
        boolean open311 = channel == SourceChannel.OPEN311;
        String description = ResidentInput.text(report.description(),
                open311 ? ResidentInput.MAX_OPEN311_DESCRIPTION : ResidentInput.MAX_DESCRIPTION, Refusal.DESCRIPTION_TOO_LONG);
        if (description == null && !open311) {
            throw new WorkflowException(Refusal.DESCRIPTION_REQUIRED);
        }
        String mediaUrl = ResidentInput.mediaUrl(report.mediaUrl());
        ResidentInput.address(place.address());
        if (place.address() == null && !place.hasPoint()) {
            throw new WorkflowException(Refusal.PLACE_REQUIRED);
        }
        String contact = ResidentInput.contact(report.contact());
        String key = ResidentInput.idempotencyKey(report.idempotencyKey());
        Category category = catalogue.subCategory(report.categoryCode());
        if (!category.publicVisible()) {
            throw new WorkflowException(Refusal.CATEGORY_UNKNOWN, report.categoryCode());
        }
        String answers = Questions.check(category.code(), report.answers());
        String code = AccessCodes.generate();
        if (key != null) {
            Optional<Case> earlier = files.byIdempotencyKey(key);
            if (earlier.isPresent()) {
                earlier.get().reporter().replaceAccessCode(AccessCodes.hash(code));
                return new Receipt(earlier.get().number(), code, true);
            }
        }
        Case c = files.file(new ReportCase(channel, category.code(), place, description, contact, null,
                AccessCodes.hash(code)), photos == null ? List.of() : photos, Actor.resident());
        c.reporter().submitted(key, answers, mediaUrl);
        views.startCounters(c);
        reported.fire(new ResidentReported(c.id(), c.number(), office.name(), contact, code, report.follow()));
        return new Receipt(c.number(), code, false);
    }

    /** The reporter's view of their case, if the number and code match; otherwise nothing, whatever the reason. */
    public Optional<PublicCase> track(String number, String code) {
        if (!access.check(number, code)) {
            return Optional.empty();
        }
        return Optional.of(views.view(files.load(number), true));
    }

    /** Rates a closed case once (1–5 and a comment); a wrong code answers as an unknown number. */
    public PublicCase rate(String number, String code, int score, String comment) {
        requireAccess(number, code);
        String words = ResidentInput.text(comment, ResidentInput.MAX_COMMENT, Refusal.COMMENT_TOO_LONG);
        return views.view(files.change(number, null, (c, now) -> c.rate(score, Actor.resident(), now, words)), true);
    }

    /** Asks for a closed case to be handled again, within {@link #REOPEN_WITHIN} of its closure. */
    public PublicCase reopen(String number, String code, String reason) {
        requireAccess(number, code);
        String why = ResidentInput.text(reason, ResidentInput.MAX_COMMENT, Refusal.REASON_TOO_LONG);
        if (why == null) {
            throw new WorkflowException(Refusal.REOPEN_REASON_REQUIRED);
        }
        return views.view(files.change(number, null,
                (c, now) -> c.reopen(Actor.resident(), now, REOPEN_WITHIN, why)), true);
    }

    /** "Me too": a resident supports an open public case instead of reporting it again. */
    public PublicCase support(String number) {
        Case c = files.byNumber(number).filter(Case::publiclyVisible)
                .filter(x -> CaseState.PUBLIC_OPEN.contains(x.state()))
                .orElseThrow(() -> new CaseNotFoundException(number));
        views.counters(c).support();
        return views.view(c, false);
    }

    private StreetOffice requireOpenOffice() {
        StreetOffice office = tenants.find(TenantContext.require())
                .orElseThrow(() -> new WorkflowException(Refusal.OFFICE_UNKNOWN));
        if (office.status() != TenantStatus.ACTIVE) {
            throw new WorkflowException(Refusal.OFFICE_SUSPENDED, office.name());
        }
        return office;
    }

    private void requireAccess(String number, String code) {
        if (!access.check(number, code)) {
            throw new CaseNotFoundException(number);
        }
    }
}
