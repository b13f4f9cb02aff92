package org.lianqin.admin.views;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.kernel.Roles;
import org.lianqin.vaadin.PasswordForm;

/** A district admin chooses their own password (at the first sign-in, or whenever they want to). */
@Route(value = "password", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class ConsolePasswordView extends Composite<PasswordForm> implements HasDynamicTitle {

    private final transient DistrictSignIn signIn;

    @Inject
    public ConsolePasswordView(DistrictSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected PasswordForm initContent() {
        return new PasswordForm(signIn::changePassword, () -> getUI().ifPresent(ui -> ui.navigate(OfficesView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.title");
    }
}
