package org.lianqin.publicreport.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every response of the residents' WAR — pages, error pages, static files, the JSON API, Open311 —
 * carries the security headers: a Content-Security-Policy (the pages' own, with the map's tile server,
 * is set by {@code Pages}; JSON and XML answers allow nothing at all), {@code frame-ancestors 'none'}
 * with the matching {@code X-Frame-Options: DENY}, {@code nosniff} and a same-origin referrer.
 * A request whose path is not valid percent-encoded UTF-8, or hides a control character, is answered
 * 400 here, before any part of the site guesses what it meant.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    /** The site's pages: their own scripts, styles and images only; no frames, no foreign forms. */
    public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** Answers that are data (JSON, XML, photos): nothing in them may run or load anything. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean data = path.startsWith("/api/") || path.startsWith("/open311/") || path.equals("/photo");
        response.setHeader("Content-Security-Policy", data ? DATA_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        if (request.getDispatcherType() == DispatcherType.REQUEST && !saneRequestLine(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The raw path decodes (every % followed by two hex digits) to UTF-8 without control characters. */
    static boolean saneRequestLine(String rawPath) {
        byte[] decoded = new byte[rawPath.length()];
        int n = 0;
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0
                        || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
                    return false;
                }
                decoded[n++] = (byte) Integer.parseInt(rawPath.substring(i + 1, i + 3), 16);
                i += 2;
            } else if (c > 0x7F) {
                return false;   // a request line is ASCII; anything else arrives percent-encoded
            } else {
                decoded[n++] = (byte) c;
            }
        }
        try {
            String path = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded, 0, n)).toString();
            return path.chars().noneMatch(Character::isISOControl);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
