package org.lianqin.vaadin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.lianqin.core.security.Passwords;

/**
 * Choosing one's own password: at the first sign-in with a one-time password (the WAR sends the person
 * here and nowhere else until it is done), or whenever they want to. The WAR says how a password is
 * changed (staff and district admins are different accounts) and where the person goes afterwards.
 */
public class PasswordForm extends VerticalLayout {

    /** Changes the signed-in person's password; refuses with a {@code WorkflowException}. */
    @FunctionalInterface
    public interface Change {
        void change(char[] current, char[] next);
    }

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final FormMessage message = new FormMessage("password-message");

    public PasswordForm(Change change, Runnable done) {
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
        Button save = new Button(getTranslation("password.save"), e -> save(change, done));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("password.title")),
                new Paragraph(getTranslation(required ? "password.required" : "password.hint")),
                message, current, next, again, save);
    }

    private void save(Change change, Runnable done) {
        if (!next.getValue().equals(again.getValue())) {
            message.error(getTranslation("password.mismatch"));
            again.focus();
            return;
        }
        try {
            change.change(current.getValue().toCharArray(), next.getValue().toCharArray());
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
            return;
        }
        VaadinSession.getCurrent().getSession().removeAttribute(LoginView.PASSWORD_CHANGE);
        Notification.show(getTranslation("password.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.run();
    }
}
