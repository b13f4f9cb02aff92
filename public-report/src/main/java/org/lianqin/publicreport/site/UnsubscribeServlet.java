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
 * The one link in every mail about a followed case: opening it (GET) ends the subscription, as does the
 * one-click POST mail programs send for List-Unsubscribe (RFC 8058).
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    @EJB
    Notifications notifications;

    @Inject
    Offices offices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.prepare(request, response);
        boolean done = unsubscribe(request);
        response.setStatus(done ? 200 : 404);
        request.setAttribute("done", done);
        response.setHeader("Cache-Control", "no-store");
        Pages.render("unsubscribe", request, response);
    }

    /** One-click unsubscribe (RFC 8058): a mail client posts; it gets the same page a person would. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }

    private boolean unsubscribe(HttpServletRequest request) {
        String office = request.getParameter("o");
        String token = request.getParameter("t");
        if (token == null || offices.find(office).isEmpty()) {
            return false;
        }
        return offices.in(office, () -> notifications.unsubscribe(token));
    }
}
