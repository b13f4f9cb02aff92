package org.lianqin.portal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.lianqin.core.security.Passwords;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;
import org.lianqin.vaadin.LoginView;

/**
 * A member of staff chooses their own password: at the first sign-in with a one-time password (the
 * portal sends them here and nowhere else until it is done), or whenever they want to.
 */
@Route(value = "password", layout = MainLayout.class)
@PermitAll
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final FormMessage message = new FormMessage("password-message");

    @Inject
    public PasswordView(StaffSignIn signIn) {
        setMaxWidth("32em");
        boolean required = Boolean.TRUE.equals(VaadinSession.getCurrent().getSession().getAttribute(LoginView.PASSWORD_CHANGE));
        current.setId("password-current");
        current.setLabel(getTranslation(required ? "password.oneTime" : "password.current"));
        next.setId("password-new");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", Passwords.MIN_LENGTH));
        next.setMaxLength(Passwords.MAX_LENGTH);
        again.setId("password-again");
        again.setLabel(getTranslation("password.again"));
        for (PasswordField f : new PasswordField[] {current, next, again}) {
            f.setWidthFull();
            f.setRequiredIndicatorVisible(true);
        }
        Button save = new Button(getTranslation("password.save"), e -> save(signIn));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("password.title")),
                new Paragraph(getTranslation(required ? "password.required" : "password.hint")),
                message, current, next, again, save);
    }

    private void save(StaffSignIn signIn) {
        if (!next.getValue().equals(again.getValue())) {
            say(getTranslation("password.mismatch"));
            again.focus();
            return;
        }
        try {
            SignedIn.inOffice(() -> {
                signIn.changePassword(current.getValue().toCharArray(), next.getValue().toCharArray());
                return null;
            });
        } catch (RuntimeException refused) {
            say(Problems.message(refused, getLocale()));
            return;
        }
        VaadinSession.getCurrent().getSession().removeAttribute(LoginView.PASSWORD_CHANGE);
        Notification.show(getTranslation("password.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(WorkbenchView.class));
    }

    private void say(String text) {
        message.error(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.title");
    }
}
