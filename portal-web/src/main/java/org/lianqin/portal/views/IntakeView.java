package org.lianqin.portal.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.StaffSignIn;

/** The command centre records a problem that came by telephone, 110, CCTV, video patrol or the platform. */
@Route(value = "intake", layout = MainLayout.class)
@RolesAllowed(Roles.DISPATCHER)
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public IntakeView(CaseService cases, Catalogue catalogue, StaffSignIn signIn) {
        setMaxWidth("48em");
        add(new H2(getTranslation("intake.title")), new ReportForm(cases, catalogue, signIn, ReportForm.STAFF_CHANNELS, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.title") + " · " + getTranslation("app.title");
    }
}
