package org.lianqin.admin.views;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;

import com.vaadin.flow.component.html.Span;
import org.lianqin.vaadin.SignedInBar;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Roles;

/** The console's frame: the district admin at the top with the language and a sign-out, the console's entries in the drawer. */
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class ConsoleLayout extends AppLayout {

    @Inject
    public ConsoleLayout(DistrictSignIn signIn) {
        Actor me = signIn.caller();
        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-weight", "600").set("white-space", "nowrap");
        Span who = new Span(getTranslation("layout.who", me.name(), me.login()));
        who.getStyle().set("color", "var(--lumo-secondary-text-color)");
        addToNavbar(new DrawerToggle(), SignedInBar.of(title, who));

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.offices"), OfficesView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.compare"), ComparisonView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.onboard"), OnboardView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.templates"), TemplatesView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.tokens"), TokensView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.trail"), TrailView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.password"), ConsolePasswordView.class));
        addToDrawer(nav);
    }
}
