package org.lianqin.portal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.lianqin.vaadin.LoginView;

/**
 * Vaadin's navigation access control for every UI of the portal: a view opens only to the roles its
 * annotation names ({@code @RolesAllowed}, {@code @PermitAll} for any member of staff,
 * {@code @AnonymousAllowed}); a view without one is denied; someone not signed in goes to the sign-in
 * view, and back to where they were going once signed in; someone holding a one-time password to the
 * view that changes it ({@link PasswordGate}). Found by Vaadin through
 * {@code META-INF/services}.
 */
public class AccessControl implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        NavigationAccessControl control = new NavigationAccessControl();
        control.setLoginView(LoginView.class);
        PasswordGate gate = new PasswordGate();
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().addBeforeEnterListener(control);
            ui.getUI().addBeforeEnterListener(gate);
        });
    }
}
