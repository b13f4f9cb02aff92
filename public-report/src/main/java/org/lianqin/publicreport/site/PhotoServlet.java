package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.PublicRecord;
import org.lianqin.core.photos.PhotoContent;
import org.lianqin.publicreport.api.Offices;

import java.io.IOException;
import java.util.Optional;

/** A photo of the resident's own case, through a signed short-lived link of the tracking page (PhotoTokens). */
@WebServlet("/photo")
public class PhotoServlet extends HttpServlet {

    @EJB
    PublicRecord record;

    @Inject
    Offices offices;

    @Inject
    PhotoTokens tokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("n");
        long id;
        long expires;
        try {
            id = Long.parseLong(request.getParameter("i"));
            expires = Long.parseLong(request.getParameter("e"));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        if (!tokens.valid(number, id, expires, request.getParameter("t"))) {
            response.sendError(404);
            return;
        }
        Optional<PhotoContent> photo;
        try {
            photo = offices.forCase(number, () -> record.trackedPhoto(number, id));
        } catch (CaseNotFoundException e) {
            photo = Optional.empty();
        }
        if (photo.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(photo.get().contentType());
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(photo.get().content());
    }
}
