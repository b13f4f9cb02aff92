package org.lianqin.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletException;

/**
 * The top bar of the portal and the console: the application's name, who is signed in, the language
 * (中文/English) and the sign-out, which ends the session and goes back to the sign-in view.
 */
public final class SignedInBar {

    private SignedInBar() {
    }

    /** The bar; {@code who} takes the room left and carries the id {@code signed-in-as}. */
    public static HorizontalLayout of(Component title, Component who) {
        who.setId("signed-in-as");
        Button signOut = new Button(who.getTranslation("layout.signOut"), e -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(title, who, LanguageChoice.select(), signOut);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.setWidthFull();
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        return bar;
    }

    private static void signOut() {
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException e) {
            // the session goes below in any case
        }
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("./login");
    }
}
