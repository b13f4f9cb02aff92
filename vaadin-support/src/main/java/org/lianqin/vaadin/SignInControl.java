package org.lianqin.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;

/**
 * Vaadin's navigation access control for every UI of a WAR: a view opens only to the roles its
 * annotation names ({@code @RolesAllowed}, {@code @PermitAll} for anyone signed in,
 * {@code @AnonymousAllowed}); a view without one is denied; someone not signed in goes to the sign-in
 * view, and back to where they were going once signed in; someone holding a one-time password goes to
 * the WAR's password view, whatever they asked for, until they have chosen their own. Each WAR names its
 * password view in a subclass, found by Vaadin through {@code META-INF/services}.
 */
public abstract class SignInControl implements VaadinServiceInitListener {

    /** The view where a one-time password is replaced. */
    protected abstract Class<? extends Component> passwordView();

    /**
     * Whether the signed-in person may go on (for staff: while their street office is active); someone
     * who may not is signed out at their next step and sent to the sign-in view, which tells them why
     * when they try again.
     */
    protected boolean mayStay(Principal signedIn) {
        return true;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        NavigationAccessControl control = new NavigationAccessControl();
        control.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().addBeforeEnterListener(this::stillWelcome);
            ui.getUI().addBeforeEnterListener(control);
            ui.getUI().addBeforeEnterListener(this::passwordFirst);
        });
    }

    private void stillWelcome(BeforeEnterEvent event) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        Principal principal = request.getUserPrincipal();
        if (principal == null || mayStay(principal)) {
            return;
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // the session goes below in any case
        }
        VaadinSession.getCurrent().getSession().invalidate();
        event.getUI().getPage().setLocation(request.getContextPath() + "/login");
        event.forwardTo(LoginView.class);
    }

    private void passwordFirst(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        boolean pending = session != null && Boolean.TRUE.equals(session.getSession().getAttribute(LoginView.PASSWORD_CHANGE));
        if (pending && event.getNavigationTarget() != passwordView() && event.getNavigationTarget() != LoginView.class) {
            event.forwardTo(passwordView());
        }
    }
}
