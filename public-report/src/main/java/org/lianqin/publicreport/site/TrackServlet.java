package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.CaseNumber;
import org.lianqin.core.cases.PublicCase;
import org.lianqin.core.cases.PublicRecord;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.publicreport.api.Clients;
import org.lianqin.publicreport.api.Offices;
import org.lianqin.rest.Problem;
import org.lianqin.publicreport.api.RateLimits;

import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The reporter's tracking page: number and access code in a form (never in the URL), then the case with
 * its public timeline, photos and deadline, and — once closed — the rating and reopening forms, which
 * send the code along in hidden fields of this same page.
 */
@WebServlet("/track")
public class TrackServlet extends HttpServlet {

    @EJB
    ResidentCases residents;

    @EJB
    PublicRecord record;

    @Inject
    Offices offices;

    @Inject
    RateLimits limits;

    @Inject
    Clients clients;

    @Inject
    PhotoTokens photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.prepare(request, response);
        String number = request.getParameter("number");
        request.setAttribute("number", number == null ? "" : number.strip());
        response.setHeader("Cache-Control", "no-store");
        Pages.render("track", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.prepare(request, response);
        response.setHeader("Cache-Control", "no-store");
        String typed = trimmed(request.getParameter("number"), CaseNumber.MAX_LENGTH);
        String number = CaseNumber.parse(typed).map(CaseNumber::toString).orElse(typed);
        String code = trimmed(request.getParameter("code"), 20);
        request.setAttribute("number", number);
        try {
            limits.take(clients.of(request), RateLimits.Action.ACCESS);
            String action = String.valueOf(request.getParameter("action"));
            PublicCase c = switch (action) {
                case "rate" -> offices.forCase(number, () -> residents.rate(number, code, score(request.getParameter("score")),
                        request.getParameter("comment")));
                case "reopen" -> offices.forCase(number, () -> residents.reopen(number, code, request.getParameter("reason")));
                default -> offices.forCase(number, () -> residents.track(number, code).orElseThrow(() -> new CaseNotFoundException(number)));
            };
            request.setAttribute("done", action.equals("rate") || action.equals("reopen") ? action : null);
            show(request, c, code);
        } catch (CaseNotFoundException e) {
            response.setStatus(404);
            request.setAttribute("error", ((ResourceBundle) request.getAttribute("t")).getString("track.notFound"));
        } catch (WorkflowException e) {
            response.setStatus(400);
            request.setAttribute("error", Pages.formats(request).refusal(e));
            reshow(request, number, code);
        } catch (Problem.Raised e) {
            response.setStatus(e.problem().status());
            request.setAttribute("error", Pages.formats(request).refusal(e));
        }
        Pages.render("track", request, response);
    }

    /** After a refused rating or reopening, the case is shown again with the message above it. */
    private void reshow(HttpServletRequest request, String number, String code) {
        try {
            offices.forCase(number, () -> residents.track(number, code)).ifPresent(c -> show(request, c, code));
        } catch (CaseNotFoundException ignored) {
            // nothing more to show
        }
    }

    private void show(HttpServletRequest request, PublicCase c, String code) {
        request.setAttribute("c", c);
        // once registered the case has a public page (its office: the one its number names)
        CaseNumber.parse(c.number()).filter(n -> offices.forCase(c.number(), () -> record.publicCase(c.number())).isPresent())
                .ifPresent(n -> request.setAttribute("publicPage",
                        request.getContextPath() + "/o/" + n.office() + "/cases/" + c.number()));
        request.setAttribute("code", code);
        request.setAttribute("photoLinks", c.photos().stream()
                .map(p -> photos.link(request.getContextPath(), c.number(), p.id())).toList());
    }

    private static int score(String value) {
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new WorkflowException(Refusal.SCORE);
        }
    }

    private static String trimmed(String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

}
