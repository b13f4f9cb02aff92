package org.lianqin.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lianqin.admin.views.OfficesView;
import org.lianqin.core.kernel.Roles;

/** The entry of the console: the list of street offices (the sign-in view first for someone not signed in). */
@Route("")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class RootView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(OfficesView.class);
    }
}
