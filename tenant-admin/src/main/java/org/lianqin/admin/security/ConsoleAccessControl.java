package org.lianqin.admin.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import org.lianqin.admin.views.ConsolePasswordView;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.vaadin.SignInControl;

import java.security.Principal;

/**
 * The console's navigation access control ({@link SignInControl}): a one-time password leads to
 * {@link ConsolePasswordView}; a district admin whose account was deactivated is signed out at the next step.
 */
public class ConsoleAccessControl extends SignInControl {

    @Override
    protected Class<? extends Component> passwordView() {
        return ConsolePasswordView.class;
    }

    @Override
    protected boolean mayStay(Principal signedIn) {
        try {
            VaadinService.getCurrent().getInstantiator().getOrCreate(DistrictSignIn.class).caller();
            return true;
        } catch (RuntimeException noLonger) {
            return false;
        }
    }
}
