package org.lianqin.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.lianqin.core.i18n.Messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal speaks Chinese unless someone chose English: the choice is a cookie ({@code lang}, a year,
 * this WAR's path only), applied to every new UI before its first view; {@link #select()} makes the
 * switch for the layout's bar. Found by Vaadin through {@code META-INF/services}.
 */
public class LanguageChoice implements VaadinServiceInitListener {

    static final String COOKIE = "lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> chosen(VaadinRequest.getCurrent()).ifPresent(e.getUI()::setLocale));
    }

    /**
     * The language asked for: {@code ?lang=en} or {@code ?lang=zh} on the address (a link from the
     * residents' site, say; remembered like a choice made here), else the cookie.
     */
    private static Optional<Locale> chosen(VaadinRequest request) {
        if (request == null) {
            return Optional.empty();
        }
        String asked = asked(request);
        if ("en".equals(asked) || "zh".equals(asked)) {
            remember(asked, request, VaadinResponse.getCurrent());
            return Optional.of("en".equals(asked) ? Messages.ENGLISH : Messages.CHINESE);
        }
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> "en".equals(c.getValue()) ? Messages.ENGLISH : Messages.CHINESE);
    }

    /**
     * {@code lang} of the address: on the page's own request, or — the UI being made by the request the
     * page's script sends next ({@code v-r=init}) — in the query that request carries along.
     */
    private static String asked(VaadinRequest request) {
        String direct = request.getParameter(COOKIE);
        if (direct != null) {
            return direct;
        }
        return Messages.languageAsked(request.getParameter("query"));
    }

    private static void remember(String language, VaadinRequest request, VaadinResponse response) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        String path = request.getContextPath();
        cookie.setPath(path.isEmpty() ? "/" : path);
        response.addCookie(cookie);
    }

    /** 中文 / English, remembered in the cookie; the page reloads in the chosen language. */
    public static Select<Locale> select() {
        Select<Locale> select = new Select<>();
        select.setId("language");
        select.setItems(Messages.CHINESE, Messages.ENGLISH);
        select.setItemLabelGenerator(l -> l.equals(Messages.ENGLISH) ? "English" : "中文");
        select.setValue(Messages.supported(UI.getCurrent().getLocale()));
        select.setWidth("7em");
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            remember(e.getValue().equals(Messages.ENGLISH) ? "en" : "zh", VaadinRequest.getCurrent(), VaadinResponse.getCurrent());
            UI.getCurrent().getPage().reload();
        });
        return select;
    }
}
