package org.lianqin.admin.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.rest.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An address under /admin/api/ that no version of the API serves (/admin/api/v2, a path that climbed out
 * of /v1 with ../) is a problem document too: 404, as the API answers, never the console's page.
 */
@WebFilter("/api/*")
public class OutsideTheApi extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the path as the server resolved it (dot segments and encoded slashes), not as it was sent
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/v1/") || path.equals("/api/v1")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(404);
        response.setContentType(Problem.MEDIA_TYPE.withCharset("utf-8").toString());
        response.getOutputStream().write(Problem.ofStatus(404).json().getBytes(StandardCharsets.UTF_8));
    }
}
