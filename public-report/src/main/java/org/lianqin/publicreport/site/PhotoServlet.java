package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.cases.CaseNumbers;
import org.lianqin.core.cases.PhotoContent;
import org.lianqin.core.cases.ResidentCases;
import org.lianqin.core.tenancy.TenantContext;
import org.lianqin.core.tenancy.TenantDirectory;

import java.io.IOException;
import java.util.Optional;

/** A photo of the resident's own case, through a signed short-lived link of the tracking page (PhotoTokens). */
@WebServlet("/photo")
public class PhotoServlet extends HttpServlet {

    @EJB
    ResidentCases residents;

    @EJB
    TenantDirectory tenants;

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
        Optional<String> office = CaseNumbers.officeOf(number).filter(o -> tenants.find(o).isPresent());
        if (office.isEmpty() || !tokens.valid(number, id, expires, request.getParameter("t"))) {
            response.sendError(404);
            return;
        }
        Optional<PhotoContent> photo = TenantContext.supplyAs(office.get(), () -> residents.trackedPhoto(number, id));
        if (photo.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(photo.get().contentType());
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        response.getOutputStream().write(photo.get().content());
    }
}
