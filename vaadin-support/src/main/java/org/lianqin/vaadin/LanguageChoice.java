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

    private static Optional<Locale> chosen(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> "en".equals(c.getValue()) ? Messages.ENGLISH : Messages.CHINESE);
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
            Cookie cookie = new Cookie(COOKIE, e.getValue().equals(Messages.ENGLISH) ? "en" : "zh");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            String path = VaadinRequest.getCurrent().getContextPath();
            cookie.setPath(path.isEmpty() ? "/" : path);
            VaadinResponse.getCurrent().addCookie(cookie);
            UI.getCurrent().getPage().reload();
        });
        return select;
    }
}
