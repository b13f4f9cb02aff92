package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.UnitView;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The street office's member units, for its admin: name, kind, telephone, the 小类 whose cases route to
 * it (by its kind, from the office's catalogue), active or not; add one, change one, deactivate one
 * (never delete: its cases point at it) or bring it back. Audited in core.
 */
@Route(value = "units", layout = MainLayout.class)
@RolesAllowed(Roles.TENANT_ADMIN)
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final Organisation organisation;
    private final StaffSignIn signIn;
    private final List<CategoryView> categories;
    private final Grid<UnitView> list = new Grid<>();
    private final TextField name = new TextField();
    private final Select<UnitType> type = new Select<>();
    private final TextField phone = new TextField();
    private final FormMessage message = new FormMessage("unit-message");
    private final Button save = new Button();
    private final HorizontalLayout unitActions = new HorizontalLayout();
    private UnitView editing;

    @Inject
    public UnitsView(Organisation organisation, Catalogue catalogue, StaffSignIn signIn) {
        this.organisation = organisation;
        this.signIn = signIn;
        this.categories = SignedIn.inOffice(() -> catalogue.categories(false));
        setMaxWidth("80em");

        list.setId("units");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(UnitView::name).setHeader(getTranslation("units.name")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(u -> getTranslation("unitType." + u.type().name())).setHeader(getTranslation("units.type")).setAutoWidth(true);
        list.addColumn(u -> u.contactPhone() == null ? "" : u.contactPhone()).setHeader(getTranslation("units.phone")).setAutoWidth(true);
        list.addColumn(this::routed).setHeader(getTranslation("units.routed")).setFlexGrow(1);
        list.addComponentColumn(this::state).setHeader(getTranslation("staff.state")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        name.setId("unit-name");
        name.setLabel(getTranslation("units.name"));
        name.setMaxLength(100);
        type.setId("unit-type");
        type.setLabel(getTranslation("units.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> getTranslation("unitType." + t.name()));
        phone.setId("unit-phone");
        phone.setLabel(getTranslation("units.phone"));
        phone.setMaxLength(32);
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> attempt(() -> editing == null
                ? SignedIn.inOffice(() -> organisation.addUnit(name.getValue(), type.getValue(), phone.getValue(), signIn.caller()))
                : SignedIn.inOffice(() -> organisation.changeUnit(editing.id(), name.getValue(), type.getValue(), phone.getValue(), signIn.caller()))));
        Button fresh = new Button(getTranslation("staff.new"), e -> list.asSingleSelect().clear());
        fresh.setId("unit-new");
        HorizontalLayout fields = new HorizontalLayout(name, type, phone);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(new H2(getTranslation("units.title")), new Paragraph(getTranslation("units.hint")), list, message, fields,
                new HorizontalLayout(save, fresh, unitActions));
        refresh();
        edit(null);
    }

    /** The 小类 whose cases route to a unit of this kind. */
    private String routed(UnitView u) {
        return categories.stream().filter(c -> c.parentCode() != null && c.unitType() == u.type())
                .map(CategoryView::nameZh).collect(Collectors.joining(getTranslation("list.separator")));
    }

    private Component state(UnitView u) {
        Span state = new Span(getTranslation(u.active() ? "staff.active" : "staff.inactive"));
        state.getElement().getThemeList().add(u.active() ? "badge success" : "badge contrast");
        return state;
    }

    private void edit(UnitView u) {
        editing = u;
        message.setVisible(false);
        name.setValue(u == null ? "" : u.name());
        type.setValue(u == null ? UnitType.OTHER : u.type());
        phone.setValue(u == null || u.contactPhone() == null ? "" : u.contactPhone());
        save.setText(getTranslation(u == null ? "units.add" : "staff.save"));
        unitActions.removeAll();
        if (u != null) {
            Button toggle = new Button(getTranslation(u.active() ? "staff.deactivate" : "staff.activate"),
                    e -> attempt(() -> SignedIn.inOffice(() -> organisation.activateUnit(u.id(), !u.active(), signIn.caller()))));
            toggle.setId(u.active() ? "unit-deactivate" : "unit-activate");
            if (u.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            unitActions.add(toggle);
        }
    }

    private void attempt(Supplier<UnitView> work) {
        try {
            UnitView done = work.get();
            refresh();
            list.select(list.getListDataView().getItems().filter(u -> u.id() == done.id()).findFirst().orElse(null));
            Saved.show();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }

    private void refresh() {
        list.setItems(SignedIn.inOffice(organisation::allUnits));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title") + " · " + getTranslation("app.title");
    }
}
