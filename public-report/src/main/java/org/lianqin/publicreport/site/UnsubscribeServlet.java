package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.mail.Notifications;
import org.lianqin.publicreport.api.Offices;

import java.io.IOException;

/**
 * The links of the mails about a followed case: {@code /unsubscribe} (GET, or the one-click POST mail
 * programs send for List-Unsubscribe, RFC 8058) ends the subscription; {@code /follow} shows a button
 * that confirms (POST) the subscription someone asked for on a case's page, from the mail that went to
 * the address they gave.
 */
@WebServlet({"/unsubscribe", "/follow"})
public class UnsubscribeServlet extends HttpServlet {

    @EJB
    Notifications notifications;

    @Inject
    Offices offices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.prepare(request, response);
        if (request.getServletPath().equals("/follow")) {
            // a person confirms with a button: mail scanners open links, and must not confirm for anyone
            request.setAttribute("confirming", true);
            request.setAttribute("office", request.getParameter("o"));
            request.setAttribute("token", request.getParameter("t"));
            response.setHeader("Cache-Control", "no-store");
            Pages.render("unsubscribe", request, response);
            return;
        }
        answer(request, response, false);
    }

    /** One-click unsubscribe (RFC 8058): a mail client posts; it gets the same page a person would. The confirming button posts. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.prepare(request, response);
        answer(request, response, request.getServletPath().equals("/follow"));
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean confirming)
            throws ServletException, IOException {
        boolean done = subscription(request, confirming);
        response.setStatus(done ? 200 : 404);
        request.setAttribute("done", done);
        request.setAttribute("confirming", confirming);
        response.setHeader("Cache-Control", "no-store");
        Pages.render("unsubscribe", request, response);
    }

    private boolean subscription(HttpServletRequest request, boolean confirm) {
        String office = request.getParameter("o");
        String token = request.getParameter("t");
        if (token == null || offices.find(office).isEmpty()) {
            return false;
        }
        return offices.in(office, () -> confirm ? notifications.confirm(token) : notifications.unsubscribe(token));
    }
}
