package org.lianqin.publicreport.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.publicreport.web.SecurityHeaders;

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
        if (tiles != null) {   // the other security headers are SecurityHeaders'; this page also shows the map's tiles
            response.setHeader("Content-Security-Policy",
                    SecurityHeaders.PAGE_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + tiles));
        }
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }
}
