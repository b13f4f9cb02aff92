package org.lianqin.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Chinese first: every surface speaks Simplified Chinese unless English was asked for. A module's
 * messages are a base bundle in Chinese ({@code messages.properties}) and an English one
 * ({@code messages_en.properties}); lookups never fall back to the server's own locale.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** English for any English locale, Chinese for everything else. */
    /**
     * The {@code lang} a query string asks for ({@code a=1&lang=en} → {@code en}), or null: what the
     * residents' site and the sign-in pages read from an address, without touching a request's body.
     */
    public static String languageAsked(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return pair.substring("lang=".length());
            }
        }
        return null;
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The bundle for the locale, loaded from the module's own class loader. */
    public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        Locale lookup = supported(locale) == ENGLISH ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, lookup, loader, NO_FALLBACK);
    }

    /** The text of the key with its parameters filled in, or {@code !key!} so a gap shows on screen. */
    public static String translate(String baseName, ClassLoader loader, String key, Locale locale, Object... params) {
        try {
            String text = bundle(baseName, locale, loader).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
