package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.photos.Photo;

import java.sql.SQLIntegrityConstraintViolationException;
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

    /** The unique key that lets only one case have a given idempotency key in a street office (V8). */
    private static final String IDEMPOTENCY_CONSTRAINT = "uk_case_idempotency";

    @Inject
    CaseFiles files;

    @Inject
    PublicViews views;

    @Inject
    TrackedCases tracked;

    @EJB
    ResidentAccess access;

    @EJB
    ReportIntake intake;

    @EJB
    TenantDirectory tenants;

    /**
     * Files a report in the current street office and returns its number and a fresh access code (shown
     * once). With an idempotency key this office has seen, files nothing: the same report answers the
     * first receipt's number without a code (the resident has it), a different one is refused. Two
     * submissions with one key at the same moment: the database lets one in, the other then answers as
     * a repeat of it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt submit(ResidentReport report, List<Photo> photos) {
        try {
            return intake.file(report, photos);
        } catch (EJBException e) {
            if (report.idempotencyKey() != null && duplicateKey(e)) {
                return intake.file(report, photos);
            }
            throw e;
        }
    }

    /** Every refusal of the report's fields at once, filing nothing: for a form that shows them all together. */
    public List<ReportRefused.Field> check(ResidentReport report) {
        return intake.refusals(report);
    }

    /** Whether the failure is the unique key of (street office, idempotency key), somewhere in its causes. */
    private static boolean duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException && String.valueOf(t.getMessage()).contains(IDEMPOTENCY_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }

    /** The reporter's view of their case, if the number and code match; otherwise nothing, whatever the reason. */
    public Optional<PublicCase> track(String number, String code) {
        Optional<TrackedCases.Tracked> found = CaseNumber.parse(number).flatMap(n -> tracked.get(TenantContext.require(),
                n.toString(), () -> files.byNumber(number).map(c -> new TrackedCases.Tracked(c.reporter().accessCodeHash(),
                        views.view(c, true)))));
        if (!AccessCodes.matches(code, found.map(TrackedCases.Tracked::accessCodeHash).orElse(null))) {
            return Optional.empty();
        }
        return found.map(TrackedCases.Tracked::view);
    }

    /** Rates a closed case once (1–5 and a comment); a wrong code answers as an unknown number. */
    public PublicCase rate(String number, String code, int score, String comment) {
        requireAccess(number, code);
        tenants.requireActive();
        String words = ResidentInput.text(comment, ResidentInput.MAX_COMMENT, Refusal.COMMENT_TOO_LONG);
        return views.view(files.change(number, null, (c, now) -> c.rate(score, Actor.resident(), now, words)), true);
    }

    /** Asks for a closed case to be handled again, within {@link #REOPEN_WITHIN} of its closure. */
    public PublicCase reopen(String number, String code, String reason) {
        requireAccess(number, code);
        tenants.requireActive();
        String why = ResidentInput.text(reason, ResidentInput.MAX_COMMENT, Refusal.REASON_TOO_LONG);
        if (why == null) {
            throw new WorkflowException(Refusal.REOPEN_REASON_REQUIRED);
        }
        return views.view(files.change(number, null,
                (c, now) -> c.reopen(Actor.resident(), now, REOPEN_WITHIN, why)), true);
    }

    /**
     * "Me too": a resident supports an open public case instead of reporting it again — once: they count
     * when they have not supported the case before, and while their network has not yet brought
     * {@link PublicViews#PER_NETWORK} supporters to it (see {@link Supporter}).
     */
    public Support support(String number, Supporter supporter) {
        tenants.requireActive();
        Case c = files.byNumber(number).filter(Case::publiclyVisible)
                .filter(x -> CaseState.PUBLIC_OPEN.contains(x.state()))
                .orElseThrow(() -> new CaseNotFoundException(number));
        boolean counted = views.support(c, supporter.identity(), supporter.network());
        return new Support(views.view(c, false), counted);
    }

    /**
     * Who says "me too", as opaque strings of the web tier kept only as hashes: who they are (their
     * browser, or their network when they have none) and the network they come from.
     */
    public record Supporter(String identity, String network) {
    }

    /** A support as it went: the case as the public now sees it, and whether this one counted. */
    public record Support(PublicCase view, boolean counted) {
    }

    private void requireAccess(String number, String code) {
        if (!access.check(number, code)) {
            throw new CaseNotFoundException(number);
        }
    }
}
