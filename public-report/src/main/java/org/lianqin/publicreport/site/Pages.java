package org.lianqin.publicreport.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** What every page of the site needs: the language, its messages and formats, and the view to render. */
final class Pages {

    private Pages() {
    }

    static Language prepare(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Language language = Language.of(request, response);
        request.setAttribute("lang", language);
        request.setAttribute("t", language.messages());
        request.setAttribute("fmt", new Formats(language));
        return language;
    }

    static void render(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object tiles = request.getAttribute("mapOrigin");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:"
                + (tiles == null ? "" : " " + tiles) + "; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }
}
