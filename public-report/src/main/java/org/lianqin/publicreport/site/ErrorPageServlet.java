package org.lianqin.publicreport.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The residents' error page (web.xml sends 404 and every other error here): a short message in the
 * resident's language and a way back, never a stack trace. The status code stays the error's own.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Language language = Language.of(request, response);
        request.setAttribute("lang", language);
        request.setAttribute("t", language.messages());
        request.setAttribute("notFound", status == HttpServletResponse.SC_NOT_FOUND);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        request.getRequestDispatcher("/WEB-INF/views/error.jsp").include(request, response);
    }
}
