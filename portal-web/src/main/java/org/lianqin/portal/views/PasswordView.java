package org.lianqin.portal.views;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;
import org.lianqin.vaadin.PasswordForm;

/** A member of staff chooses their own password (at the first sign-in, or whenever they want to). */
@Route(value = "password", layout = MainLayout.class)
@PermitAll
public class PasswordView extends Composite<PasswordForm> implements HasDynamicTitle {

    private final transient StaffSignIn signIn;

    @Inject
    public PasswordView(StaffSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected PasswordForm initContent() {
        return new PasswordForm((current, next) -> SignedIn.inOffice(() -> {
            signIn.changePassword(current, next);
            return null;
        }), () -> getUI().ifPresent(ui -> ui.navigate(WorkbenchView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.title");
    }
}
