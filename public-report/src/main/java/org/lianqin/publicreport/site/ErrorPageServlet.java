package org.lianqin.publicreport.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lianqin.rest.Problem;
import org.lianqin.rest.Unavailable;
import org.lianqin.publicreport.open311.Open311Errors;

import java.io.IOException;

/**
 * The residents' error page (web.xml sends 404 and every other error here): a short message in the
 * resident's language and a way back, never a stack trace — or, for a request to the JSON API or
 * Open311 that failed before either saw it, a problem document or an Open311 error. The status code stays the error's own, but
 * for a database that cannot be reached, which is 503 with Retry-After.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t && Unavailable.is(t)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
        }
        response.setStatus(status);
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : "";
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        if (path.startsWith("/api/")) {   // the JSON API's clients read problems, not pages
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(Problem.ofStatus(status).json());
            return;
        }
        if (path.startsWith("/open311/")) {   // and Open311 clients its error documents
            String[] document = Open311Errors.document(path, status, Problem.ofStatus(status).title());
            response.setContentType(document[0]);
            response.getWriter().write(document[1]);
            return;
        }
        Language language = Language.of(request, response);
        request.setAttribute("lang", language);
        request.setAttribute("t", language.messages());
        request.setAttribute("kind", status == HttpServletResponse.SC_NOT_FOUND ? "notFound" : status < 500 ? "badRequest" : "other");
        response.setContentType("text/html;charset=UTF-8");
        request.getRequestDispatcher("/WEB-INF/views/error.jsp").include(request, response);
    }
}
