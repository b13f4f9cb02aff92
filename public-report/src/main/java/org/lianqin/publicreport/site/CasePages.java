package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.PublicCase;
import org.lianqin.core.cases.PublicRecord;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.mail.Notifications;
import org.lianqin.core.tenancy.StreetOffice;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.publicreport.api.Clients;
import org.lianqin.publicreport.api.Offices;
import org.lianqin.publicreport.api.PublicSnapshots;
import org.lianqin.publicreport.api.RateLimits;
import org.lianqin.rest.Problem;

import java.io.IOException;
import java.util.Optional;

/**
 * A case's public page ({@code /o/fenglin/cases/<number>}, once registered): category, place on the map,
 * public timeline, the photos staff allowed, supporters; "me too" and "follow by e-mail"; and, for the
 * reporter, the way to the private parts with the access code. "Me too" and "follow" answer JSON to the
 * page's script (asking in place, from the report form too) and redirect back to the page otherwise.
 */
@ApplicationScoped
public class CasePages {

    @EJB
    PublicRecord record;

    @EJB
    ResidentCases residents;

    @EJB
    Notifications notifications;

    @Inject
    Offices offices;

    @Inject
    PublicSnapshots snapshots;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Inject
    MapSettings map;

    void page(HttpServletRequest request, HttpServletResponse response, StreetOffice office, String number)
            throws ServletException, IOException {
        Optional<PublicCase> found = number == null ? Optional.empty() : offices.in(office, () -> record.publicCase(number));
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Clients.nameBrowser(request, response);   // before "me too": the first support already comes as this browser
        request.setAttribute("office", office);
        request.setAttribute("open", office.status() == TenantStatus.ACTIVE);
        request.setAttribute("c", found.get());
        request.setAttribute("canFollow", notifications.enabled() && !found.get().closed());
        request.setAttribute("supported", request.getParameter("supported"));
        request.setAttribute("followed", request.getParameter("follow"));
        Pages.map(request, map);
        response.setHeader("Cache-Control", "private, no-cache");
        Pages.render("case", request, response);
    }

    void support(HttpServletRequest request, HttpServletResponse response, StreetOffice office, String number)
            throws IOException {
        boolean json = wantsJson(request);
        try {
            limits.take(clients.of(request), RateLimits.Action.SUPPORT);
            ResidentCases.Support support = offices.in(office, () -> residents.support(number, clients.supporter(request)));
            snapshots.forgetOffice(office.code());
            if (json) {
                answer(response, 200, Json.createObjectBuilder().add("counted", support.counted())
                        .add("supporters", support.view().supporters())
                        .add("canFollow", notifications.enabled()).build().toString());
            } else {
                back(request, response, office, number, "supported=" + (support.counted() ? "1" : "0"));
            }
        } catch (CaseNotFoundException e) {
            refuse(request, response, json, 404, null);
        } catch (WorkflowException e) {
            refuse(request, response, json, 403, Pages.formats(request).refusal(e));
        } catch (Problem.Raised e) {
            Pages.retryAfter(response, e);
            refuse(request, response, json, e.problem().status(), Pages.formats(request).refusal(e));
        }
    }

    void follow(HttpServletRequest request, HttpServletResponse response, StreetOffice office, String number)
            throws IOException {
        boolean json = wantsJson(request);
        try {
            limits.take(clients.of(request), RateLimits.Action.SUPPORT);
            if (offices.in(office, () -> record.publicCase(number)).isEmpty()) {
                refuse(request, response, json, 404, null);
                return;
            }
            String email = request.getParameter("email");
            boolean sent = offices.in(office, () -> notifications.requestFollow(number, email));
            if (json) {
                answer(response, sent ? 200 : 400, Json.createObjectBuilder().add("sent", sent)
                        .add("message", Pages.text(request, sent ? "case.follow.sent" : "case.follow.invalid")).build().toString());
            } else {
                back(request, response, office, number, "follow=" + (sent ? "sent" : "invalid"));
            }
        } catch (Problem.Raised e) {
            Pages.retryAfter(response, e);
            refuse(request, response, json, e.problem().status(), Pages.formats(request).refusal(e));
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, StreetOffice office, String number,
                             String notice) {
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + "/o/" + office.code() + "/cases/" + number + "?" + notice);
    }

    private static void answer(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean json, int status, String message)
            throws IOException {
        if (json) {
            answer(response, status, Json.createObjectBuilder().add("message", message == null
                    ? Pages.text(request, "track.notFound") : message).build().toString());
        } else {
            response.sendError(status);
        }
    }

}
