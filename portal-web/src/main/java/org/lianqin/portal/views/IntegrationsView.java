package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.integration.ApiKeys;
import org.lianqin.core.integration.ApiKeys.KeyInfo;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

/**
 * The street office's integrators' keys (Open311 and the API), for its admin: issue one for a named
 * integrator (the key shown once; only its hash is kept), see when each was last used, revoke one for
 * good, effective from the next request. Audited in core.
 */
@Route(value = "integrations", layout = MainLayout.class)
@RolesAllowed(Roles.TENANT_ADMIN)
public class IntegrationsView extends VerticalLayout implements HasDynamicTitle {

    private final ApiKeys keys;
    private final StaffSignIn signIn;
    private final Grid<KeyInfo> list = new Grid<>();
    private final FormMessage message = new FormMessage("key-message");

    @Inject
    public IntegrationsView(ApiKeys keys, StaffSignIn signIn) {
        this.keys = keys;
        this.signIn = signIn;
        setMaxWidth("72em");
        list.setId("api-keys");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(KeyInfo::integrator).setHeader(getTranslation("keys.integrator")).setFlexGrow(1);
        list.addColumn(k -> Cells.time(k.createdAt())).setHeader(getTranslation("keys.created")).setAutoWidth(true);
        list.addColumn(k -> k.lastUsedAt() == null ? getTranslation("keys.never") : Cells.time(k.lastUsedAt()))
                .setHeader(getTranslation("keys.lastUsed")).setAutoWidth(true);
        list.addComponentColumn(this::state).setHeader(getTranslation("staff.state")).setAutoWidth(true);
        list.setAllRowsVisible(true);

        TextField integrator = new TextField(getTranslation("keys.integrator"));
        integrator.setId("key-integrator");
        integrator.setMaxLength(64);
        integrator.setPlaceholder(getTranslation("keys.integratorHint"));
        integrator.setWidth("24em");
        Button issue = new Button(getTranslation("keys.issue"), e -> {
            try {
                String key = SignedIn.inOffice(() -> keys.issue(integrator.getValue(), signIn.caller()));
                integrator.clear();
                message.setVisible(false);
                refresh();
                showOnce(key);
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, getLocale()));
            }
        });
        issue.setId("key-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(integrator, issue);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("keys.title")), new Paragraph(getTranslation("keys.hint")), message, form, list);
        refresh();
    }

    private Component state(KeyInfo k) {
        if (!k.active()) {
            Span revoked = new Span(getTranslation("keys.revoked", Cells.time(k.revokedAt())));
            revoked.getElement().getThemeList().add("badge contrast");
            return revoked;
        }
        Button revoke = new Button(getTranslation("keys.revoke"), e -> {
            try {
                SignedIn.inOffice(() -> keys.revoke(k.id(), signIn.caller()));
                refresh();
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, getLocale()));
            }
        });
        revoke.addClassName("key-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Span active = new Span(getTranslation("keys.active"));
        active.getElement().getThemeList().add("badge success");
        HorizontalLayout cell = new HorizontalLayout(active, revoke);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private void showOnce(String key) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("keys.onceTitle"));
        Span shown = new Span(key);
        shown.setId("api-key-once");
        shown.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)").set("word-break", "break-all");
        dialog.add(new Div(shown), new Paragraph(getTranslation("keys.onceHint")));
        Button done = new Button(getTranslation("staff.oneTimeDone"), e -> dialog.close());
        done.setId("api-key-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void refresh() {
        list.setItems(SignedIn.inOffice(keys::keys));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keys.title") + " · " + getTranslation("app.title");
    }
}
