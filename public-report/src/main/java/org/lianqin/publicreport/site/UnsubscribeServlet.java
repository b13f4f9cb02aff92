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
 * programs send for List-Unsubscribe, RFC 8058) ends the subscription; {@code /follow} confirms the
 * subscription someone asked for on a case's page, from the mail that went to the address they gave.
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
        boolean confirming = request.getServletPath().equals("/follow");
        boolean done = subscription(request, confirming);
        response.setStatus(done ? 200 : 404);
        request.setAttribute("done", done);
        request.setAttribute("confirming", confirming);
        response.setHeader("Cache-Control", "no-store");
        Pages.render("unsubscribe", request, response);
    }

    /** One-click unsubscribe (RFC 8058): a mail client posts; it gets the same page a person would. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
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
