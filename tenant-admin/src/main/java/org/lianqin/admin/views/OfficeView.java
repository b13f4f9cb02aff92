package org.lianqin.admin.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.district.DistrictOffices;
import org.lianqin.core.district.DistrictOffices.OfficeRow;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.district.OfficeSetUp;
import org.lianqin.core.district.Templates;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantStatus;
import org.lianqin.vaadin.FormMessage;
import org.lianqin.vaadin.Problems;

import java.util.function.Supplier;

/**
 * One street office as the district runs it: its state and figures; suspend (its staff cannot sign in,
 * its public site and Open311 say it is not taking reports, nothing is deleted), resume, retire (kept
 * read-only); reset an admin's password; issue and revoke API keys on its behalf; save its set-up as a
 * template. Every change is audited in the office's own trail.
 */
@Route(value = "offices/:code", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class OfficeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DistrictOffices offices;
    private final transient DistrictSignIn signIn;
    private final transient Templates templates;
    private final FormMessage message = new FormMessage("office-message");
    private OfficeRow office;

    @Inject
    public OfficeView(DistrictOffices offices, DistrictSignIn signIn, Templates templates) {
        this.offices = offices;
        this.signIn = signIn;
        this.templates = templates;
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        office = offices.office(code).orElse(null);
        if (office == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(office.name());
        title.setId("office-name");
        HorizontalLayout head = new HorizontalLayout(title, Labels.status(getLocale(), office.status()));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph facts = new Paragraph(getTranslation("office.facts", office.code(), Labels.kind(this, office.kind()),
                Labels.date(getLocale(), office.createdAt()), Labels.count(getLocale(), office.staff()),
                Labels.count(getLocale(), office.casesThisMonth()), Labels.count(getLocale(), office.openNow())));
        facts.setId("office-facts");
        add(new RouterLink(getTranslation("office.back"), OfficesView.class), head, facts, message, stateActions());
        if (office.status() != TenantStatus.RETIRED) {
            add(admins(), keys(), saveAsTemplate(), dangerZone());
        } else {
            add(new Paragraph(getTranslation("office.retiredNote")));
        }
    }

    private Component stateActions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("office-actions");
        if (office.status() == TenantStatus.ACTIVE) {
            actions.add(confirmed("office-suspend", "office.suspend", "office.suspendConfirm", ButtonVariant.LUMO_ERROR,
                    () -> offices.suspend(office.code(), signIn.caller()), "office.suspended"));
        }
        if (office.status() == TenantStatus.SUSPENDED) {
            actions.add(confirmed("office-resume", "office.resume", "office.resumeConfirm", ButtonVariant.LUMO_PRIMARY,
                    () -> offices.resume(office.code(), signIn.caller()), "office.resumed"));
        }
        return actions;
    }

    /** Retiring cannot be undone: apart, only once suspended, confirmed by typing the office's code. */
    private Component dangerZone() {
        Button retire = new Button(getTranslation("office.retire"), e -> {
            TextField typed = new TextField();
            typed.setId("retire-code");
            typed.setPlaceholder(office.code());
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("office.retire"));
            dialog.add(new Paragraph(getTranslation("office.retireConfirm", office.name(), office.code())), typed);
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("office.retire"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.setCloseOnEsc(true);
            dialog.addConfirmListener(ok -> {
                if (!office.code().equals(typed.getValue().strip())) {
                    message.error(getTranslation("office.retireMismatch", office.code()));
                    return;
                }
                act(() -> offices.retire(office.code(), signIn.caller()), "office.retired");
            });
            dialog.setId("office-retire-confirm");
            dialog.open();
        });
        retire.setId("office-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.setEnabled(office.status() == TenantStatus.SUSPENDED);
        Span why = new Span(getTranslation(office.status() == TenantStatus.SUSPENDED ? "office.retireHint" : "office.retireFirst"));
        why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return section("office.danger", why, retire);
    }

    private Button confirmed(String id, String label, String question, ButtonVariant variant, Supplier<?> change, String done) {
        Button button = new Button(getTranslation(label), e -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation(label), getTranslation(question, office.name()),
                    getTranslation(label), ok -> act(change, done));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmButtonTheme(variant == ButtonVariant.LUMO_ERROR ? "error primary" : "primary");
            dialog.setId(id + "-confirm");
            dialog.open();
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private void act(Supplier<?> change, String done) {
        try {
            change.get();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()), Problems.details(refused, getLocale()));
            return;
        }
        office = offices.office(office.code()).orElse(office);
        render();
        message.success(getTranslation(done, office.name()));
    }

    private Component admins() {
        Grid<OfficeSetUp.AdminAccount> grid = new Grid<>();
        grid.setId("office-admins");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> a.login() + "@" + office.code()).setHeader(getTranslation("office.adminLogin")).setAutoWidth(true);
        grid.addColumn(OfficeSetUp.AdminAccount::name).setHeader(getTranslation("office.adminName")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(!a.active() ? "office.adminInactive" : a.locked() ? "office.adminLocked"
                : a.oneTimePassword() ? "office.adminOneTime" : "office.adminActive")).setHeader(getTranslation("offices.status"));
        grid.addComponentColumn(a -> {
            Button reset = new Button(getTranslation("office.resetPassword"), e -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("office.resetPassword"),
                        getTranslation("office.resetConfirm", a.login() + "@" + office.code()), getTranslation("office.resetPassword"), ok -> {
                    try {
                        String password = offices.resetAdminPassword(office.code(), a.login(), signIn.caller());
                        message.success(getTranslation("office.passwordReset", a.login() + "@" + office.code(), password));
                    } catch (RuntimeException refused) {
                        message.error(Problems.message(refused, getLocale()));
                    }
                });
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.open();
            });
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reset.setEnabled(a.active());
            return reset;
        });
        grid.setItems(offices.admins(office.code()));
        grid.setAllRowsVisible(true);
        return section("office.admins", grid);
    }

    private Component keys() {
        Grid<ApiKeys.KeyInfo> grid = new Grid<>();
        grid.setId("office-keys");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ApiKeys.KeyInfo::integrator).setHeader(getTranslation("office.keyHolder")).setAutoWidth(true);
        grid.addColumn(k -> Labels.date(getLocale(), k.createdAt())).setHeader(getTranslation("office.keyCreated")).setAutoWidth(true);
        grid.addColumn(k -> Labels.date(getLocale(), k.lastUsedAt())).setHeader(getTranslation("office.keyUsed")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation(k.active() ? "office.keyActive" : "office.keyRevoked")).setHeader(getTranslation("offices.status"));
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("office.revoke"), e -> {
                try {
                    offices.revokeKey(office.code(), k.id(), signIn.caller());
                } catch (RuntimeException refused) {
                    message.error(Problems.message(refused, getLocale()));
                    return;
                }
                render();
                message.success(getTranslation("office.keyRevokedDone", k.integrator()));
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.setVisible(k.active());
            return revoke;
        });
        java.util.List<ApiKeys.KeyInfo> issued = offices.keys(office.code());
        grid.setItems(issued);
        grid.setAllRowsVisible(true);
        grid.setVisible(!issued.isEmpty());
        Span none = new Span(getTranslation("office.noKeys"));
        none.setVisible(issued.isEmpty());
        TextField holder = new TextField(getTranslation("office.keyHolder"));
        holder.setId("key-holder");
        holder.setMaxLength(64);
        holder.setPlaceholder(getTranslation("office.keyHolderHint"));
        Button issue = new Button(getTranslation("office.issueKey"), e -> {
            try {
                String key = offices.issueKey(office.code(), holder.getValue(), signIn.caller());
                render();
                message.success(getTranslation("office.keyIssued", holder.getValue().strip(), key));
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, getLocale()));
            }
        });
        issue.setId("key-issue");
        HorizontalLayout add = new HorizontalLayout(holder, issue);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("office.keys", grid, none, add);
    }

    private Component saveAsTemplate() {
        TextField code = new TextField(getTranslation("templates.code"));
        code.setId("template-code");
        code.setPlaceholder(office.code() + "-set");
        code.setMaxLength(32);
        TextField name = new TextField(getTranslation("templates.name"));
        name.setId("template-name");
        name.setMaxLength(100);
        name.setWidth("20em");
        name.setPlaceholder(getTranslation("office.templateNameHint", office.name()));
        Button save = new Button(getTranslation("office.saveTemplate"), e -> {
            try {
                Templates.TemplateInfo saved = templates.saveFrom(office.code(), code.getValue(), name.getValue(), signIn.caller());
                message.success(getTranslation("office.templateSaved", saved.name(), saved.code()));
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, getLocale()));
            }
        });
        save.setId("template-save");
        HorizontalLayout row = new HorizontalLayout(code, name, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("office.template", new Span(getTranslation("office.templateHint")), row);
    }

    private Component section(String title, Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(title)));
        section.add(content);
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return (office == null ? "" : office.name() + " · ") + getTranslation("app.title");
    }
}
