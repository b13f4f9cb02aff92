package org.lianqin.portal.views;

import org.lianqin.portal.dashboard.DashboardView;
import org.lianqin.portal.dashboard.ReportsView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import org.lianqin.vaadin.SignedInBar;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

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
        addToNavbar(new DrawerToggle(), SignedInBar.of(title, who));

        SideNav nav = new SideNav();
        if (me.roles().contains(Role.LEADER)) {   // a leader starts from the figures
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.reports"), ReportsView.class));
        }
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
            if (!me.roles().contains(Role.LEADER)) {
                nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class));
                nav.addItem(new SideNavItem(getTranslation("nav.reports"), ReportsView.class));
            }
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
}
