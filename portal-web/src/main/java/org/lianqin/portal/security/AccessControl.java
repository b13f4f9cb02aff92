package org.lianqin.portal.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import org.lianqin.core.security.StaffPrincipal;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.portal.views.PasswordView;
import org.lianqin.vaadin.SignInControl;

import java.security.Principal;

/**
 * The portal's navigation access control ({@link SignInControl}): a one-time password leads to
 * {@link PasswordView}; staff whose street office was suspended or retired while they were signed in are
 * signed out at their next step.
 */
public class AccessControl extends SignInControl {

    @Override
    protected Class<? extends Component> passwordView() {
        return PasswordView.class;
    }

    @Override
    protected boolean mayStay(Principal signedIn) {
        TenantDirectory tenants = VaadinService.getCurrent().getInstantiator().getOrCreate(TenantDirectory.class);
        return StaffPrincipal.parse(signedIn).flatMap(p -> tenants.find(p.office()))
                .map(o -> o.status() == TenantStatus.ACTIVE).orElse(false);
    }
}
