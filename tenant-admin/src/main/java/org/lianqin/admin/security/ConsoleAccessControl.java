package org.lianqin.admin.security;

import com.vaadin.flow.component.Component;
import org.lianqin.admin.views.ConsolePasswordView;
import org.lianqin.vaadin.SignInControl;

/** The console's navigation access control ({@link SignInControl}); a one-time password leads to {@link ConsolePasswordView}. */
public class ConsoleAccessControl extends SignInControl {

    @Override
    protected Class<? extends Component> passwordView() {
        return ConsolePasswordView.class;
    }
}
