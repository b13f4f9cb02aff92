package org.lianqin.publicreport.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.publicreport.api.PublicSnapshots;
import org.lianqin.publicreport.web.SecurityHeaders;
import org.lianqin.rest.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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

    /** The page's formats (times, numbers, refusals in its language). */
    static Formats formats(HttpServletRequest request) {
        return (Formats) request.getAttribute("fmt");
    }

    /** A text of the page's language. */
    static String text(HttpServletRequest request, String key) {
        return ((java.util.ResourceBundle) request.getAttribute("t")).getString(key);
    }

    /** A refusal that asks to wait (429) says for how long, on a page as on the API. */
    static void retryAfter(HttpServletResponse response, Problem.Raised refused) {
        if (refused.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        }
    }

    static void render(String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        allowTiles(request, response);
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }

    /**
     * What a page's map needs besides the street office's own outlines (which it reads from the API): the
     * tile service, when one is configured ({@code lianqin.map.tiles}), and its attribution.
     */
    static void map(HttpServletRequest request, MapSettings map) {
        map.tiles().ifPresent(tiles -> {
            request.setAttribute("mapTiles", tiles);
            request.setAttribute("mapAttribution", map.attribution());
            map.origin().ifPresent(o -> request.setAttribute("mapOrigin", o));
        });
    }

    /** The other security headers are SecurityHeaders'; a page with a map on tiles may also show the tiles. */
    static void allowTiles(HttpServletRequest request, HttpServletResponse response) {
        Object tiles = request.getAttribute("mapOrigin");
        if (tiles != null) {
            response.setHeader("Content-Security-Policy",
                    SecurityHeaders.PAGE_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + tiles));
        }
    }

    /**
     * A page rendered into text rather than sent, for {@link PublicSnapshots}: {@code prepare} sets the
     * page's attributes, then the view is included into a response that only collects what it writes.
     */
    static PublicSnapshots.Written renderToString(String view, HttpServletRequest request, HttpServletResponse response,
                                                  Runnable prepare) {
        prepare.run();
        StringWriter text = new StringWriter(16 * 1024);
        PrintWriter writer = new PrintWriter(text);
        HttpServletResponseWrapper collecting = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public boolean isCommitted() {
                return false;
            }

            @Override
            public void flushBuffer() {
                writer.flush();
            }
        };
        try {
            request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").include(request, collecting);
        } catch (ServletException e) {
            throw new IllegalStateException("The view " + view + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.flush();
        return new PublicSnapshots.Written(text.toString(), "text/html;charset=UTF-8");
    }
}
