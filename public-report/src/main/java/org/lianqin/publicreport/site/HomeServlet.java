package org.lianqin.publicreport.site;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.tenancy.TenantDirectory;

import java.io.IOException;

/** The residents' home page: the street offices that take reports. */
@WebServlet(urlPatterns = "")
public class HomeServlet extends HttpServlet {

    @EJB
    TenantDirectory tenants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Pages.prepare(request, response);
        request.setAttribute("offices", tenants.activeStreetOffices());
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher("/WEB-INF/views/home.jsp").forward(request, response);
    }
}
