package org.lianqin.publicreport.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lianqin.core.i18n.Messages;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The residents' site speaks Simplified Chinese unless the resident chose English ({@code ?lang=en},
 * remembered in a cookie) or their browser prefers English to Chinese.
 */
public enum Language {
    ZH(Messages.CHINESE, "zh-CN"),
    EN(Messages.ENGLISH, "en");

    private static final String COOKIE = "lang";
    private static final String BUNDLE = "org.lianqin.publicreport.site.messages";

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag for the page's {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    public ResourceBundle messages() {
        return Messages.bundle(BUNDLE, locale, Language.class.getClassLoader());
    }

    /** Chooses the language of this request and remembers an explicit choice in a cookie. */
    public static Language of(HttpServletRequest request, HttpServletResponse response) {
        // the query string only: request.getParameter would read a POST's body, and a multipart body over
        // its limits would fail there, before the servlet can answer 413
        String chosen = Messages.languageAsked(request.getQueryString());
        if (chosen != null) {
            Language language = parse(chosen);
            Cookie cookie = new Cookie(COOKIE, language.name().toLowerCase(Locale.ROOT));
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
            return language;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return parse(c.getValue());
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return ZH;   // getLocales() would answer the server's own locale
        }
        for (Locale preferred : Collections.list(request.getLocales())) {
            if (preferred.getLanguage().equals("zh") || preferred.getLanguage().equals("en")) {
                return Messages.supported(preferred) == Messages.ENGLISH ? EN : ZH;
            }
        }
        return ZH;
    }

    static Language parse(String value) {
        return "en".equalsIgnoreCase(value) ? EN : ZH;
    }
}
