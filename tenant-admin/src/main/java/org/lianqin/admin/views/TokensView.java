package org.lianqin.admin.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.district.DistrictTokens;
import org.lianqin.core.kernel.Roles;
import org.lianqin.vaadin.FormMessage;
import org.lianqin.vaadin.Problems;

/** The signed-in district admin's own tokens for the provisioning API: issue one (shown once), revoke one. */
@Route(value = "tokens", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class TokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient DistrictTokens tokens;
    private final transient DistrictSignIn signIn;
    private final Grid<DistrictTokens.TokenInfo> grid = new Grid<>();
    private final FormMessage message = new FormMessage("token-message");

    @Inject
    public TokensView(DistrictTokens tokens, DistrictSignIn signIn) {
        this.tokens = tokens;
        this.signIn = signIn;
        setMaxWidth("70em");
        grid.setId("token-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(DistrictTokens.TokenInfo::name).setHeader(getTranslation("tokens.name")).setFlexGrow(1);
        grid.addColumn(t -> Labels.date(getLocale(), t.createdAt())).setHeader(getTranslation("office.keyCreated")).setAutoWidth(true);
        grid.addColumn(t -> Labels.date(getLocale(), t.lastUsedAt())).setHeader(getTranslation("office.keyUsed")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.revokedAt() == null ? "office.keyActive" : "office.keyRevoked"))
                .setHeader(getTranslation("offices.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("office.revoke"), e -> {
                try {
                    tokens.revoke(t.id(), signIn.caller());
                    refresh();
                    message.success(getTranslation("tokens.revoked", t.name()));
                } catch (RuntimeException refused) {
                    message.error(Problems.message(refused, getLocale()));
                }
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.setVisible(t.revokedAt() == null);
            return revoke;
        });
        grid.setAllRowsVisible(true);
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setMaxLength(64);
        name.setPlaceholder(getTranslation("tokens.nameHint"));
        Button issue = new Button(getTranslation("tokens.issue"), e -> {
            try {
                String token = tokens.issue(name.getValue(), signIn.caller());
                refresh();
                message.success(getTranslation("tokens.issued", token));
                name.clear();
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, getLocale()));
            }
        });
        issue.setId("token-issue");
        HorizontalLayout add = new HorizontalLayout(name, issue);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        refresh();
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.hint")), message, add, grid);
    }

    private void refresh() {
        grid.setItems(tokens.tokens(signIn.caller()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " · " + getTranslation("app.title");
    }
}
