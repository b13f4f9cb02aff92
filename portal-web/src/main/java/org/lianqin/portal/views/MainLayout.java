package org.lianqin.portal.views;

import org.lianqin.vaadin.LanguageChoice;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.core.tenancy.TenantDirectory;
import org.lianqin.portal.security.SignedIn;

import java.util.stream.Collectors;

/**
 * The portal's frame for signed-in staff: the street office and the person at the top, with the
 * language and a sign-out, and a drawer of the entries the person's roles open.
 */
@PermitAll
@StyleSheet("context://styles/portal.css")
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(StaffSignIn signIn, TenantDirectory tenants) {
        Actor me = SignedIn.inOffice(signIn::caller);
        String office = tenants.find(SignedIn.principal().office()).map(o -> o.name()).orElse(SignedIn.principal().office());
        String roles = me.roles().stream().map(Role::label).map(l -> l.in(getLocale())).collect(Collectors.joining(getTranslation("list.separator")));

        Span title = new Span(getTranslation("app.title"));
        title.addClassName("portal-title");
        title.getStyle().set("font-weight", "600");
        Span detail = new Span(" · " + roles + " · " + office);
        detail.addClassName("who-detail");
        Span who = new Span(new Span(me.name()), detail);
        who.setId("signed-in-as");
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
        nav.addItem(new SideNavItem(getTranslation("nav.workbench"), WorkbenchView.class));
        if (me.roles().contains(Role.DISPATCHER) || me.roles().contains(Role.LEADER) || me.roles().contains(Role.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.board"), BoardView.class));
        }
        if (me.roles().contains(Role.DISPATCHER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.intake"), IntakeView.class));
        }
        if (me.roles().contains(Role.UNIT_OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.inbox"), InboxView.class));
        }
        if (me.roles().contains(Role.INSPECTOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.patrol"), PatrolView.class));
        }
        if (me.roles().contains(Role.DISPATCHER) || me.roles().contains(Role.LEADER) || me.roles().contains(Role.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.operations"), OperationsView.class));
        }
        if (me.roles().contains(Role.DISPATCHER) || me.roles().contains(Role.LEADER) || me.roles().contains(Role.TENANT_ADMIN)
                || me.roles().contains(Role.INSPECTOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.duty"), DutyView.class));
        }
        if (me.roles().contains(Role.DISPATCHER) || me.roles().contains(Role.LEADER) || me.roles().contains(Role.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), CalendarView.class));
        }
        if (me.roles().contains(Role.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.units"), UnitsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.grids"), GridsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.staff"), StaffAdminView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.catalogue"), CatalogueView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.replies"), RepliesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.integrations"), IntegrationsView.class));
        }
        if (me.roles().contains(Role.TENANT_ADMIN) || me.roles().contains(Role.LEADER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.password"), PasswordView.class));
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
