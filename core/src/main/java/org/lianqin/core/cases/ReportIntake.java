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
import org.lianqin.core.routing.Routing;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Files one resident's report in a transaction of its own, for {@link ResidentCases#submit}: checks the
 * street office takes reports and what was sent, and either files a new case or, for an idempotency key this street office has seen, answers
 * for the case that key made — when the report is the same one (its fingerprint matches); a different
 * report under a used key is refused. Not for direct use: {@link ResidentCases} retries it once when a
 * concurrent submission with the same key won the race.
 */
@Stateless
@PermitAll
public class ReportIntake {

    /** How far beyond the box around its grids a street office still takes a point (about 5 km). */
    static final double MARGIN_DEGREES = 0.05;

    @Inject
    CaseFiles files;

    @Inject
    PublicViews views;

    @EJB
    Catalogue catalogue;

    @EJB
    Routing routing;

    @EJB
    TenantDirectory tenants;

    @Inject
    Event<ResidentReported> reported;

    public Receipt file(ResidentReport report, List<Photo> photos) {
        StreetOffice office = tenants.requireActive();
        Location place = report.place() == null ? new Location(null, null, null) : report.place();
        SourceChannel channel = report.channel() == null ? SourceChannel.PUBLIC_WEB : report.channel();
        List<ReportRefused.Field> refused = new ArrayList<>();
        Checked checked = check(office, report, place, channel, refused);
        if (!refused.isEmpty()) {
            throw new ReportRefused(refused);
        }
        String description = checked.description();
        String mediaUrl = checked.mediaUrl();
        String address = checked.address();
        String contact = checked.contact();
        String key = checked.key();
        Category category = checked.category();
        String answers = Questions.check(category.questions(), report.answers());
        List<Photo> attached = photos == null ? List.of() : photos;
        String fingerprint = fingerprint(channel, category.code(), description, address, place, contact, answers,
                mediaUrl, report.follow(), attached);
        if (key != null) {
            Optional<Case> earlier = files.byIdempotencyKey(key);
            if (earlier.isPresent()) {
                String first = earlier.get().reporter().idempotencyFingerprint();
                if (first != null && !first.equals(fingerprint)) {   // null: filed before fingerprints were kept
                    throw new WorkflowException(Refusal.IDEMPOTENCY_KEY_REUSED);
                }
                return new Receipt(earlier.get().number(), null, true);
            }
        }
        String code = AccessCodes.generate();
        Case c = files.file(new ReportCase(channel, category.code(), new Location(address, place.longitude(), place.latitude()),
                description, contact, null, AccessCodes.hash(code)), attached, Actor.resident());
        c.reporter().submitted(key, key == null ? null : fingerprint, answers, mediaUrl);
        views.startCounters(c);
        reported.fire(new ResidentReported(c.id(), c.number(), office.name(), contact, code, report.follow()));
        return new Receipt(c.number(), code, false);
    }

    /** Every refusal of what the report says, field by field, without filing anything (empty: it would be taken). */
    public List<ReportRefused.Field> refusals(ResidentReport report) {
        StreetOffice office = tenants.requireActive();
        List<ReportRefused.Field> refused = new ArrayList<>();
        check(office, report, report.place() == null ? new Location(null, null, null) : report.place(),
                report.channel() == null ? SourceChannel.PUBLIC_WEB : report.channel(), refused);
        return refused;
    }

    /** The report's fields as checked; a refused field is null and its refusal noted. */
    private record Checked(String description, String mediaUrl, String address, String contact, String key,
                           Category category) {
    }

    private Checked check(StreetOffice office, ResidentReport report, Location place, SourceChannel channel,
                          List<ReportRefused.Field> refused) {
        boolean open311 = channel == SourceChannel.OPEN311;
        String description = checked(refused, "description", () -> {
            String d = ResidentInput.text(report.description(),
                    open311 ? ResidentInput.MAX_OPEN311_DESCRIPTION : ResidentInput.MAX_DESCRIPTION, Refusal.DESCRIPTION_TOO_LONG);
            if (d == null && !open311) {
                throw new WorkflowException(Refusal.DESCRIPTION_REQUIRED);
            }
            return d;
        });
        String mediaUrl = checked(refused, "media_url", () -> ResidentInput.mediaUrl(report.mediaUrl()));
        String address = checked(refused, "address", () -> {
            String a = ResidentInput.address(place.address());
            if (a == null && !place.hasPoint()) {
                throw new WorkflowException(Refusal.PLACE_REQUIRED);
            }
            requireNear(office, place);
            return a;
        });
        String contact = checked(refused, "contact", () -> ResidentInput.contact(report.contact()));
        String key = checked(refused, "idempotencyKey", () -> ResidentInput.idempotencyKey(report.idempotencyKey()));
        Category category = checked(refused, "category", () -> {
            if (report.categoryCode() == null || report.categoryCode().isBlank()) {
                throw new WorkflowException(Refusal.CATEGORY_REQUIRED);
            }
            Category c = catalogue.subCategory(report.categoryCode());
            if (!c.publicVisible()) {
                throw new WorkflowException(Refusal.CATEGORY_UNKNOWN, report.categoryCode());
            }
            return c;
        });
        checked(refused, "answers", () -> {
            ResidentInput.answers(report.answers());
            return null;
        });
        if (category != null) {
            Questions.refusals(category.questions(), report.answers())
                    .forEach((question, refusal) -> refused.add(new ReportRefused.Field("q." + question, refusal)));
        }
        return new Checked(description, mediaUrl, address, contact, key, category);
    }

    /** What the check gives, or null with its refusal noted under the field's name. */
    private static <T> T checked(List<ReportRefused.Field> refused, String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (WorkflowException e) {
            refused.add(new ReportRefused.Field(field, e));
            return null;
        }
    }

    /** A point must lie in or near the street office's grids (when it has any): not at (0, 0) or abroad. */
    private void requireNear(StreetOffice office, Location place) {
        if (!place.hasPoint()) {
            return;
        }
        routing.bounds().ifPresent(b -> {
            if (place.longitude() < b[0] - MARGIN_DEGREES || place.latitude() < b[1] - MARGIN_DEGREES
                    || place.longitude() > b[2] + MARGIN_DEGREES || place.latitude() > b[3] + MARGIN_DEGREES) {
                throw new WorkflowException(Refusal.POINT_OUTSIDE_OFFICE, office.name());
            }
        });
    }

    /** What makes two submissions the same report: every field as checked, and the photos' contents. */
    static String fingerprint(SourceChannel channel, String category, String description, String address,
                              Location place, String contact, String answers, String mediaUrl, boolean follow,
                              List<Photo> photos) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, Object> fields = new TreeMap<>();
            fields.put("channel", channel);
            fields.put("category", category);
            fields.put("description", description);
            fields.put("address", address);
            fields.put("longitude", place.longitude());
            fields.put("latitude", place.latitude());
            fields.put("contact", contact);
            fields.put("answers", answers);
            fields.put("mediaUrl", mediaUrl);
            fields.put("follow", follow);
            fields.forEach((k, v) -> {
                sha.update((k + "=" + v).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            for (Photo p : photos) {
                sha.update(MessageDigest.getInstance("SHA-256").digest(p.content()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
