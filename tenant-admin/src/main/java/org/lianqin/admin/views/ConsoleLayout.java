package org.lianqin.admin.views;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Roles;
import org.lianqin.vaadin.LanguageChoice;

/** The console's frame: the district admin at the top with the language and a sign-out, the console's entries in the drawer. */
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class ConsoleLayout extends AppLayout {

    @Inject
    public ConsoleLayout(DistrictSignIn signIn) {
        Actor me = signIn.caller();
        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-weight", "600").set("white-space", "nowrap");
        Span who = new Span(getTranslation("layout.who", me.name(), me.login()));
        who.setId("signed-in-as");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button signOut = new Button(getTranslation("layout.signOut"), e -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(title, who, LanguageChoice.select(), signOut);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.setWidthFull();
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.offices"), OfficesView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.onboard"), OnboardView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.templates"), TemplatesView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.tokens"), TokensView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.trail"), TrailView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.password"), ConsolePasswordView.class));
        addToDrawer(nav);
    }

    private void signOut() {
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException e) {
            // the session goes below in any case
        }
        VaadinSession.getCurrent().getSession().invalidate();
        getUI().ifPresent(ui -> ui.getPage().setLocation("./login"));
    }
}
