package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.Receipt;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.cases.ResidentReport;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.geo.Location;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.routing.Routing;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.publicreport.api.Clients;
import org.lianqin.publicreport.api.Offices;
import org.lianqin.publicreport.api.PublicSnapshots;
import org.lianqin.rest.Problem;
import org.lianqin.publicreport.api.RateLimits;
import org.lianqin.publicreport.api.Uploads;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A street office's pages: its record and open problems ({@code /o/fenglin}), the report form and its
 * receipt ({@code /o/fenglin/report}), and "me too" on an open problem. Plain HTML forms: the whole
 * journey works without JavaScript; the form's script only adds the location and nearby duplicates.
 */
@WebServlet("/o/*")
@MultipartConfig(maxFileSize = 5L * 1024 * 1024, maxRequestSize = Uploads.MAX_REQUEST_BYTES, fileSizeThreshold = 1024 * 1024)
public class OfficeServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,32})(/report|/support/([^/]{1,48}))?");

    @Inject
    Offices offices;

    @EJB
    Catalogue catalogue;

    @EJB
    ResidentCases residents;

    @EJB
    Routing routing;

    @Inject
    MapSettings map;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Inject
    PublicSnapshots snapshots;

    private record Route(StreetOffice office, String page, String number) {
    }

    private Optional<Route> route(HttpServletRequest request) {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            return Optional.empty();
        }
        String page = m.group(2) == null ? "office" : m.group(2).startsWith("/report") ? "report" : "support";
        return offices.find(m.group(1)).map(o -> new Route(o, page, m.group(3)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Language language = Pages.prepare(request, response);
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (m.matches() && m.group(2) == null) {
            officePage(m.group(1), language, request, response);
            return;
        }
        Optional<Route> route = route(request);
        if (route.isEmpty() || route.get().page().equals("support")) {
            response.sendError(404);
            return;
        }
        showForm(request, response, route.get().office(), pointFrom(request), null);
    }

    /**
     * The office page, as rendered at most {@link PublicSnapshots#AT_MOST_STALE} ago for this language: a
     * storm of residents on one office costs one rendering per office and language every few seconds.
     */
    private void officePage(String code, Language language, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean supported = request.getParameter("supported") != null;
        PublicSnapshots.Written page = snapshots.rendered(code, List.of("office", language.tag(), String.valueOf(supported),
                request.getContextPath()), () -> offices.find(code).flatMap(office -> snapshots.officePage(office.code()).map(figures -> {
                    PublicSnapshots.Written html = Pages.renderToString("office", request, response, () -> {
                        request.setAttribute("office", office);
                        request.setAttribute("open", office.status() == TenantStatus.ACTIVE);
                        request.setAttribute("stats", figures.statistics());
                        request.setAttribute("cases", figures.cases());
                        request.setAttribute("supported", supported);
                    });
                    return html;
                })).orElse(null));
        if (page == null) {
            response.sendError(404);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType(page.type());
        response.getWriter().write(page.body());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.prepare(request, response);
        Optional<Route> route = route(request);
        if (route.isEmpty() || route.get().page().equals("office")) {
            response.sendError(404);
            return;
        }
        StreetOffice office = route.get().office();
        if (route.get().page().equals("support")) {
            support(request, response, office, route.get().number());
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            limits.take(clients.of(request), RateLimits.Action.SUBMIT);
            if (request.getContentType() == null || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
                throw new Problem.Raised(415, "Unsupported media type / 不支持的格式", Refusal.CONTENT_TYPE, "multipart/form-data");
            }
            Uploads form = Uploads.read(request);
            fields.putAll(form.fields());
            if (form.field("website") != null) {
                throw Problem.badRequest(Refusal.REJECTED);
            }
            var place = Uploads.place(form.field("address"),
                    form.number("longitude"), form.number("latitude"));
            Receipt receipt = offices.in(office, () -> residents.submit(new ResidentReport(
                    SourceChannel.PUBLIC_WEB, form.field("category"), place, form.field("description"),
                    form.field("contact"), form.field("idempotencyKey"), form.field("follow") != null,
                    form.prefixed("q." + form.field("category") + "[")), form.photos()));
            request.setAttribute("office", office);
            request.setAttribute("receipt", receipt);
            response.setHeader("Cache-Control", "no-store");
            Pages.render("receipt", request, response);
        } catch (WorkflowException e) {
            if (e.code().equals(Refusal.IDEMPOTENCY_KEY_REUSED.code())) {
                // the form was sent before and then changed: a new key, so that sending it again files it
                fields.remove("idempotencyKey");
                response.setStatus(422);
                showForm(request, response, office, fields, ((ResourceBundle) request.getAttribute("t")).getString("report.resubmit"));
                return;
            }
            response.setStatus(e.code().equals("office-suspended") ? 403 : 400);
            showForm(request, response, office, fields, formats(request).refusal(e));
        } catch (Problem.Raised e) {
            response.setStatus(e.problem().status());
            showForm(request, response, office, fields, formats(request).refusal(e));
        }
    }

    /** A point handed over by the home page's "find my street office" (?longitude=&latitude=), if valid. */
    private static Map<String, String> pointFrom(HttpServletRequest request) {
        try {
            double lon = Double.parseDouble(request.getParameter("longitude"));
            double lat = Double.parseDouble(request.getParameter("latitude"));
            if (Location.isPoint(lon, lat)) {
                return Map.of("longitude", String.format(java.util.Locale.ROOT, "%.6f", lon),
                        "latitude", String.format(java.util.Locale.ROOT, "%.6f", lat));
            }
        } catch (NullPointerException | NumberFormatException e) {
            // no point given: an empty form
        }
        return Map.of();
    }

    private void support(HttpServletRequest request, HttpServletResponse response, StreetOffice office, String number)
            throws IOException {
        try {
            String client = clients.of(request);
            limits.take(client, RateLimits.Action.SUPPORT);
            offices.in(office, () -> residents.support(number, client));
            snapshots.forgetOffice(office.code());
            response.sendRedirect(request.getContextPath() + "/o/" + office.code() + "?supported=1");
        } catch (CaseNotFoundException e) {
            response.sendError(404);
        } catch (Problem.Raised e) {
            response.sendError(e.problem().status());
        }
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, StreetOffice office,
                          Map<String, String> fields, String error) throws ServletException, IOException {
        request.setAttribute("office", office);
        request.setAttribute("open", office.status() == TenantStatus.ACTIVE);
        request.setAttribute("groups", offices.in(office, () -> catalogue.tree(true)));
        request.setAttribute("form", fields);
        request.setAttribute("error", error);
        request.setAttribute("idempotencyKey", fields.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
        map.tiles().ifPresent(tiles -> {
            request.setAttribute("mapTiles", tiles);
            request.setAttribute("mapAttribution", map.attribution());
            map.origin().ifPresent(o -> request.setAttribute("mapOrigin", o));
            offices.in(office, () -> routing.bounds()).ifPresent(b -> request.setAttribute("mapBounds",
                    java.util.Arrays.stream(b).mapToObj(d -> String.format(java.util.Locale.ROOT, "%.6f", d))
                            .collect(java.util.stream.Collectors.joining(","))));
        });
        response.setHeader("Cache-Control", "no-store");
        Pages.render("report", request, response);
    }

    private static Formats formats(HttpServletRequest request) {
        return (Formats) request.getAttribute("fmt");
    }
}
