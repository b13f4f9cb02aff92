package org.lianqin.publicreport.site;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.publicreport.api.Offices;
import org.lianqin.publicreport.api.PublicSnapshots;
import org.lianqin.publicreport.api.Uploads;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A street office's pages: its record, map and open problems ({@code /o/fenglin}), the report form
 * ({@code /o/fenglin/report}) and the receipt it redirects to ({@link ReportPages}), and each public case
 * with "me too" and "follow" ({@code /o/fenglin/cases/<number>}, {@link CasePages}). Plain HTML forms:
 * the whole journey works without JavaScript; scripts add the map, the location and asking in place.
 */
@WebServlet("/o/*")
// no limit per file of its own: a photo too large is refused beside its field by Uploads, the rest of the form kept
@MultipartConfig(maxFileSize = Uploads.MAX_REQUEST_BYTES, maxRequestSize = Uploads.MAX_REQUEST_BYTES, fileSizeThreshold = 1024 * 1024)
public class OfficeServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile(
            "/([a-z0-9-]{1,32})(?:/(report|receipt|cases)(?:/([A-Za-z0-9_-]{1,64})(?:/(support|follow))?)?)?");

    @Inject
    Offices offices;

    @Inject
    PublicSnapshots snapshots;

    @Inject
    ReportPages reports;

    @Inject
    CasePages cases;

    @Inject
    MapSettings map;

    /** A path of the office's pages: the office, the page, the page's subject (a receipt, a case), an action. */
    private record Route(StreetOffice office, String page, String subject, String action) {
    }

    private Optional<Route> route(HttpServletRequest request) {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            return Optional.empty();
        }
        return offices.find(m.group(1)).map(o -> new Route(o, m.group(2) == null ? "office" : m.group(2), m.group(3), m.group(4)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Language language = Pages.prepare(request, response);
        Optional<Route> found = route(request);
        if (found.isEmpty() || found.get().action() != null) {
            response.sendError(404);
            return;
        }
        Route route = found.get();
        switch (route.page()) {
            case "office" -> {
                if (route.subject() != null) {
                    response.sendError(404);
                } else {
                    officePage(route.office(), language, request, response);
                }
            }
            case "report" -> {
                if (route.subject() != null) {
                    response.sendError(404);
                } else {
                    reports.form(request, response, route.office());
                }
            }
            case "receipt" -> reports.receipt(request, response, route.office(), route.subject());
            default -> cases.page(request, response, route.office(), route.subject());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.prepare(request, response);
        Optional<Route> found = route(request);
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Route route = found.get();
        if (route.page().equals("report") && route.subject() == null) {
            reports.submit(request, response, route.office());
        } else if (route.page().equals("cases") && "support".equals(route.action())) {
            cases.support(request, response, route.office(), route.subject());
        } else if (route.page().equals("cases") && "follow".equals(route.action())) {
            cases.follow(request, response, route.office(), route.subject());
        } else {
            response.sendError(404);
        }
    }

    /**
     * The office page, as rendered at most {@link PublicSnapshots#AT_MOST_STALE} ago for this language: a
     * storm of residents on one office costs one rendering per office and language every few seconds.
     */
    private void officePage(StreetOffice office, Language language, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Pages.map(request, map);
        PublicSnapshots.Written page = snapshots.rendered(office.code(), List.of("office", language.tag(), request.getContextPath()),
                () -> snapshots.officePage(office.code()).map(figures -> Pages.renderToString("office", request, response, () -> {
                    request.setAttribute("office", office);
                    request.setAttribute("open", office.status() == TenantStatus.ACTIVE);
                    request.setAttribute("stats", figures.statistics());
                    request.setAttribute("cases", figures.cases());
                })).orElse(null));
        if (page == null) {
            response.sendError(404);
            return;
        }
        Pages.allowTiles(request, response);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType(page.type());
        response.getWriter().write(page.body());
    }
}
