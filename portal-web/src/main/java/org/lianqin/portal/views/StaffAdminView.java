package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.SquadView;
import org.lianqin.core.organisation.OrganisationViews.UnitView;
import org.lianqin.core.security.StaffAdmin;
import org.lianqin.core.security.StaffAdmin.Member;
import org.lianqin.core.security.StaffAdmin.OneTimePassword;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The street office's admin keeps its staff (TENANT_ADMIN): the list with roles, unit, squad and state;
 * a form that creates an account (its one-time password shown once, to hand over) or changes one; and
 * for the chosen account: deactivate or reactivate, reset the password (a new one-time one), lift a
 * lock. Core refuses what must not happen (the last admin, a login taken) and audits every change.
 */
@Route(value = "staff", layout = MainLayout.class)
@RolesAllowed(Roles.TENANT_ADMIN)
public class StaffAdminView extends VerticalLayout implements HasDynamicTitle {

    private final StaffAdmin admin;
    private final StaffSignIn signIn;
    private final String office;
    private final Grid<Member> list = new Grid<>();
    private final TextField login = new TextField();
    private final TextField name = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<UnitView> unit = new ComboBox<>();
    private final ComboBox<SquadView> squad = new ComboBox<>();
    private final FormMessage message = new FormMessage("staff-message");
    private final Button save = new Button();
    private final HorizontalLayout accountActions = new HorizontalLayout();
    private Member editing;

    @Inject
    public StaffAdminView(StaffAdmin admin, StaffSignIn signIn, Organisation organisation) {
        this.admin = admin;
        this.signIn = signIn;
        this.office = SignedIn.principal().office();
        setMaxWidth("80em");

        list.setId("staff-list");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(m -> m.login() + "@" + office).setHeader(getTranslation("staff.login")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(Member::name).setHeader(getTranslation("staff.name")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(m -> m.roles().stream().map(r -> r.label().in(getLocale())).collect(Collectors.joining(getTranslation("list.separator"))))
                .setHeader(getTranslation("staff.roles")).setFlexGrow(1);
        list.addColumn(m -> m.unitName() == null ? "" : m.unitName()).setHeader(getTranslation("case.unit")).setAutoWidth(true);
        list.addColumn(m -> m.squadName() == null ? "" : m.squadName()).setHeader(getTranslation("staff.squad")).setAutoWidth(true);
        list.addComponentColumn(this::state).setHeader(getTranslation("staff.state")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        login.setId("staff-login");
        login.setLabel(getTranslation("staff.login"));
        login.setSuffixComponent(new Span("@" + office));
        login.setMaxLength(32);
        name.setId("staff-name");
        name.setLabel(getTranslation("staff.name"));
        name.setMaxLength(64);
        roles.setId("staff-roles");
        roles.setLabel(getTranslation("staff.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> r.label().in(getLocale()));
        unit.setId("staff-unit");
        unit.setLabel(getTranslation("case.unit"));
        unit.setItems(SignedIn.inOffice(organisation::units));
        unit.setItemLabelGenerator(UnitView::name);
        unit.setClearButtonVisible(true);
        unit.setHelperText(getTranslation("staff.unitHint"));
        squad.setId("staff-squad");
        squad.setLabel(getTranslation("staff.squad"));
        squad.setItems(SignedIn.inOffice(organisation::squads));
        squad.setItemLabelGenerator(SquadView::name);
        squad.setClearButtonVisible(true);

        save.setId("staff-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button fresh = new Button(getTranslation("staff.new"), e -> list.asSingleSelect().clear());
        fresh.setId("staff-new");
        HorizontalLayout fields = new HorizontalLayout(login, name, unit, squad);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        accountActions.setId("staff-account-actions");
        add(new H2(getTranslation("staff.title")), new Paragraph(getTranslation("staff.hint")), list,
                message, fields, roles, new HorizontalLayout(save, fresh), accountActions);
        refresh();
        edit(null);
    }

    private Component state(Member m) {
        Span state = new Span(getTranslation(!m.active() ? "staff.inactive" : m.locked() ? "staff.locked"
                : m.oneTimePassword() ? "staff.oneTime" : "staff.active"));
        state.getElement().getThemeList().add(!m.active() ? "badge contrast" : m.locked() ? "badge error"
                : m.oneTimePassword() ? "badge" : "badge success");
        return state;
    }

    private void edit(Member m) {
        editing = m;
        message.setVisible(false);
        login.setValue(m == null ? "" : m.login());
        login.setReadOnly(m != null);
        name.setValue(m == null ? "" : m.name());
        roles.setValue(m == null ? EnumSet.noneOf(Role.class) : m.roles());
        unit.setValue(m == null || m.unitId() == null ? null : item(unit, m.unitId()));
        squad.setValue(m == null || m.squadId() == null ? null : squad.getListDataView().getItems()
                .filter(s -> s.id() == m.squadId()).findFirst().orElse(null));
        save.setText(getTranslation(m == null ? "staff.create" : "staff.save"));
        accountActions.removeAll();
        if (m != null) {
            accountActions.add(action("staff-reset", "staff.reset", () -> {
                OneTimePassword reset = SignedIn.inOffice(() -> admin.resetPassword(m.id(), signIn.caller()));
                showOnce(reset);
                return reset.member();
            }));
            if (m.locked()) {
                accountActions.add(action("staff-unlock", "staff.unlock", () -> SignedIn.inOffice(() -> admin.unlock(m.id(), signIn.caller()))));
            }
            accountActions.add(m.active()
                    ? action("staff-deactivate", "staff.deactivate", () -> SignedIn.inOffice(() -> admin.deactivate(m.id(), signIn.caller())))
                    : action("staff-activate", "staff.activate", () -> SignedIn.inOffice(() -> admin.activate(m.id(), signIn.caller()))));
        }
    }

    private Button action(String id, String key, Supplier<Member> work) {
        Button button = new Button(getTranslation(key), e -> attempt(work));
        button.setId(id);
        if (id.equals("staff-deactivate")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void save() {
        attempt(() -> {
            if (editing == null) {
                OneTimePassword created = SignedIn.inOffice(() -> admin.create(login.getValue(), name.getValue(),
                        roles.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                        squad.getValue() == null ? null : squad.getValue().id(), signIn.caller()));
                showOnce(created);
                return created.member();
            }
            return SignedIn.inOffice(() -> admin.change(editing.id(), name.getValue(), roles.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(),
                    squad.getValue() == null ? null : squad.getValue().id(), signIn.caller()));
        });
    }

    /** Runs an admin operation: the list and the form show its result, or the form says the refusal. */
    private void attempt(Supplier<Member> work) {
        try {
            Member done = work.get();
            refresh();
            list.select(list.getListDataView().getItems().filter(m -> m.id() == done.id()).findFirst().orElse(null));
            Saved.show();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }

    /** The one-time password, shown this once: the admin hands it over; it must be changed at sign-in. */
    private void showOnce(OneTimePassword once) {
        Dialog dialog = new Dialog();
        dialog.setId("one-time-dialog");
        dialog.setHeaderTitle(getTranslation("staff.oneTimeTitle"));
        Span password = new Span(once.password());
        password.setId("one-time-password");
        password.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-xl)").set("letter-spacing", "0.08em");
        dialog.add(new Paragraph(getTranslation("staff.oneTimeFor", once.member().login() + "@" + office, once.member().name())),
                new Div(password), new Paragraph(getTranslation("staff.oneTimeHint")));
        Button done = new Button(getTranslation("staff.oneTimeDone"), e -> dialog.close());
        done.setId("one-time-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private static UnitView item(ComboBox<UnitView> box, long id) {
        return box.getListDataView().getItems().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    private void refresh() {
        List<Member> members = SignedIn.inOffice(admin::members);
        list.setItems(members);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " · " + getTranslation("app.title");
    }
}
