package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.cases.Receipt;
import org.lianqin.core.cases.ReportRefused;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.cases.ResidentReport;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.geo.Location;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.publicreport.api.Clients;
import org.lianqin.publicreport.api.Offices;
import org.lianqin.publicreport.api.RateLimits;
import org.lianqin.publicreport.api.Uploads;
import org.lianqin.rest.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The report form and its receipt, post/redirect/get: a report taken redirects to a receipt page of its
 * own ({@link Receipts}), which a reload shows again; the same report sent again (back, then submit: the
 * same idempotency key) files nothing and lands on that receipt; a form changed after it was sent is
 * asked to be sent once more as a new report. The empty form may be kept by the browser (back shows it
 * with its key); a refused one, holding what was typed, is never stored. A refused form comes back with every
 * refusal at once, each beside its field and all in a summary at the top, and everything typed but the
 * files — whatever refused it, too many reports from one address (429) included.
 */
@ApplicationScoped
public class ReportPages {

    /** The form's fields in the order the page shows them: the summary lists refusals in this order. */
    private static final List<String> ORDER = List.of("category", "q.", "description", "address", "photo", "contact");

    @Inject
    Offices offices;

    @EJB
    Catalogue catalogue;

    @EJB
    ResidentCases residents;

    @Inject
    MapSettings map;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Inject
    Receipts receipts;

    /** A refusal as the page shows it: the field it belongs to (null: the form as a whole) and its words. */
    public record Refused(String field, String message) {
    }

    void form(HttpServletRequest request, HttpServletResponse response, StreetOffice office) throws ServletException, IOException {
        showForm(request, response, office, pointFrom(request), List.of());
    }

    void submit(HttpServletRequest request, HttpServletResponse response, StreetOffice office) throws ServletException, IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        Uploads form;
        try {
            if (request.getContentType() == null || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
                throw new Problem.Raised(415, "Unsupported media type / 不支持的格式", Refusal.CONTENT_TYPE, "multipart/form-data");
            }
            form = Uploads.readForm(request);
        } catch (Problem.Raised e) {   // nothing of the request could be read
            response.setStatus(e.problem().status());
            showForm(request, response, office, fields, List.of(new Refused(null, Pages.formats(request).refusal(e))));
            return;
        }
        fields.putAll(form.fields());
        String key = form.field("idempotencyKey");
        Optional<String> sent = receipts.ofKey(office.code(), key);   // this form was taken already
        List<Refused> refused = new ArrayList<>();
        if (form.field("website") != null) {
            refused.add(new Refused(null, Pages.formats(request).refusal(Problem.badRequest(Refusal.REJECTED))));
        }
        if (form.photoRefusal() != null) {
            refused.add(new Refused("photo", Pages.formats(request).refusal(form.photoRefusal())));
        }
        Location place;
        try {
            place = Uploads.place(form.field("address"), form.number("longitude"), form.number("latitude"));
        } catch (Problem.Raised e) {
            refused.add(new Refused("address", Pages.formats(request).refusal(e)));
            place = new Location(form.field("address"), null, null);
        }
        ResidentReport report = new ResidentReport(SourceChannel.PUBLIC_WEB, form.field("category"), place,
                form.field("description"), form.field("contact"), key, form.field("follow") != null,
                form.prefixed("q." + form.field("category") + "["));
        try {
            if (!refused.isEmpty()) {
                offices.in(office, () -> residents.check(report)).forEach(f -> refused.add(refused(request, f, report)));
                // a photo too large keeps its own status (413) for whoever reads statuses; the page is the same
                refuse(request, response, office, fields, form.photoRefusal() == null ? 400 : form.photoRefusal().problem().status(),
                        refused);
                return;
            }
            if (sent.isEmpty()) {   // sent again, it files nothing: not counted against the address
                limits.take(clients.of(request), RateLimits.Action.SUBMIT);
            }
            Receipt receipt = offices.in(office, () -> residents.submit(report, form.photos()));
            // the same report sent again lands on the receipt it got the first time, code and all
            redirectToReceipt(request, response, office, receiptFor(office, key, receipt, sent,
                    Clients.nameBrowser(request, response)));
        } catch (ReportRefused e) {
            e.fields().forEach(f -> refused.add(refused(request, f, report)));
            refuse(request, response, office, fields, 400, refused);
        } catch (WorkflowException e) {
            if (e.code().equals(Refusal.IDEMPOTENCY_KEY_REUSED.code())) {
                // the form was sent before and then changed: a new key, so that sending it again files it
                fields.remove("idempotencyKey");
                refuse(request, response, office, fields, 422, List.of(new Refused(null, Pages.text(request, "report.resubmit"))));
                return;
            }
            boolean photo = e.code().startsWith("photo");
            refuse(request, response, office, fields, e.code().equals("office-suspended") ? 403 : 400,
                    List.of(new Refused(photo ? "photo" : null, Pages.formats(request).refusal(e))));
        } catch (Problem.Raised e) {
            Pages.retryAfter(response, e);
            refuse(request, response, office, fields, e.problem().status(), List.of(new Refused(null, Pages.formats(request).refusal(e))));
        }
    }

    /**
     * The receipt a report lands on. A report sent again lands on the receipt it got the first time,
     * code and all; so does a second click that raced the first (its answer, "sent before", may come
     * before the first one's receipt is kept: it waits a moment for it).
     */
    private String receiptFor(StreetOffice office, String key, Receipt receipt, Optional<String> sent, String browser) {
        if (!receipt.repeated()) {
            return receipts.keep(office.code(), key, receipt, browser);
        }
        Optional<String> first = sent;
        for (int wait = 0; first.isEmpty() && wait < 20; wait++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            first = receipts.ofKey(office.code(), key);
        }
        return first.orElseGet(() -> receipts.keep(office.code(), key, receipt, browser));
    }

    /** The receipt a report redirected to; an unknown or expired one says where to look instead. */
    void receipt(HttpServletRequest request, HttpServletResponse response, StreetOffice office, String name)
            throws ServletException, IOException {
        Optional<Receipts.Shown> shown = receipts.get(name).filter(s -> s.office().equals(office.code()));
        request.setAttribute("office", office);
        if (shown.isEmpty()) {
            response.setStatus(404);
        } else {
            Receipt receipt = shown.get().receipt();
            request.setAttribute("receipt", receipt);
            request.setAttribute("showCode", shown.get().showsCodeTo(Clients.browser(request)));
        }
        response.setHeader("Cache-Control", "no-store");
        Pages.render("receipt", request, response);
    }

    private static void redirectToReceipt(HttpServletRequest request, HttpServletResponse response, StreetOffice office,
                                          String name) {
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + "/o/" + office.code() + "/receipt/" + name);
    }

    /** A field's refusal from core as the page shows it: beside the form's own field. */
    private static Refused refused(HttpServletRequest request, ReportRefused.Field f, ResidentReport report) {
        String field = switch (f.name()) {
            case "category", "description", "address", "contact" -> f.name();
            case "answers" -> "category";
            default -> f.name().startsWith("q.") ? "q." + report.categoryCode() + "[" + f.name().substring(2) + "]" : null;
        };
        return new Refused(field, Pages.formats(request).refusal(f.refusal()));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, StreetOffice office, Map<String, String> fields,
                        int status, List<Refused> refused) throws ServletException, IOException {
        response.setStatus(status);
        showForm(request, response, office, fields, refused);
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, StreetOffice office,
                          Map<String, String> fields, List<Refused> refused) throws ServletException, IOException {
        List<Refused> ordered = refused.stream().sorted(Comparator.comparingInt(ReportPages::position)).toList();
        Map<String, String> byField = new LinkedHashMap<>();
        ordered.stream().filter(r -> r.field() != null).forEach(r -> byField.merge(r.field(), r.message(), (a, b) -> a + " " + b));
        request.setAttribute("office", office);
        request.setAttribute("open", office.status() == TenantStatus.ACTIVE);
        request.setAttribute("groups", offices.in(office, () -> catalogue.tree(true)));
        request.setAttribute("form", fields);
        request.setAttribute("refused", ordered);
        request.setAttribute("fresh", refused.isEmpty());   // a first showing: "follow" ticked unless unticked before
        request.setAttribute("errors", byField);
        request.setAttribute("idempotencyKey", fields.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
        Pages.map(request, map);
        Clients.nameBrowser(request, response);   // the form's "me too" and its receipt come as this browser
        // back to the empty form after sending shows this very page, its idempotency key and the fields
        // the browser restores, rather than a new form a second submit would file anew; a refused form,
        // holding what was typed, is never stored
        response.setHeader("Cache-Control", refused.isEmpty() ? "private, no-cache" : "no-store");
        Pages.render("report", request, response);
    }

    private static int position(Refused r) {
        if (r.field() == null) {
            return -1;
        }
        for (int i = 0; i < ORDER.size(); i++) {
            if (r.field().startsWith(ORDER.get(i))) {
                return i;
            }
        }
        return ORDER.size();
    }

    /** A point handed over by the home page's "find my street office" (?longitude=&latitude=), if valid. */
    private static Map<String, String> pointFrom(HttpServletRequest request) {
        try {
            double lon = Double.parseDouble(request.getParameter("longitude"));
            double lat = Double.parseDouble(request.getParameter("latitude"));
            if (Location.isPoint(lon, lat)) {
                return Map.of("longitude", String.format(Locale.ROOT, "%.6f", lon),
                        "latitude", String.format(Locale.ROOT, "%.6f", lat));
            }
        } catch (NullPointerException | NumberFormatException e) {
            // no point given: an empty form
        }
        return Map.of();
    }

}
