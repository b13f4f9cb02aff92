package org.lianqin.portal.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;
import org.lianqin.portal.views.PasswordView;
import org.lianqin.vaadin.LoginView;

/**
 * Someone who signed in with a one-time password goes to {@link PasswordView}, whatever they asked for,
 * until they have chosen their own (then {@link LoginView#PASSWORD_CHANGE} leaves the session).
 */
final class PasswordGate implements BeforeEnterListener {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        boolean pending = session != null && Boolean.TRUE.equals(session.getSession().getAttribute(LoginView.PASSWORD_CHANGE));
        if (pending && event.getNavigationTarget() != PasswordView.class && event.getNavigationTarget() != LoginView.class) {
            event.forwardTo(PasswordView.class);
        }
    }
}
