package org.lianqin.ear.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** POST /it-support/drive?office=&action=&number=&text= → the case's new state, as plain text. */
@WebServlet("/drive")
public class StaffDriverServlet extends HttpServlet {

    @EJB
    StaffDriver driver;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String state = driver.act(request.getParameter("office"), request.getParameter("action"),
                request.getParameter("number"), request.getParameter("text"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(state);
    }
}
