package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.catalogue.TimeLimits;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.UnitType;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The street office's copy of the catalogue, for its admin: each 小类 under its 大类, whether residents
 * may choose it, the kind of unit it routes to, and its time limits in working hours (register,
 * dispatch, handle, handle when urgent). A change counts from the next dispatch on; audited in core.
 */
@Route(value = "catalogue", layout = MainLayout.class)
@RolesAllowed(Roles.TENANT_ADMIN)
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final Catalogue catalogue;
    private final StaffSignIn signIn;
    private final Grid<CategoryView> list = new Grid<>();
    private final H3 chosen = new H3();
    private final Checkbox publicVisible = new Checkbox();
    private final Select<UnitType> unitType = new Select<>();
    private final IntegerField register = hours("category-register", "catalogue.register");
    private final IntegerField dispatch = hours("category-dispatch", "catalogue.dispatch");
    private final IntegerField handle = hours("category-handle", "catalogue.handle");
    private final IntegerField urgent = hours("category-urgent", "catalogue.urgent");
    private final FormMessage message = new FormMessage("category-message");
    private final VerticalLayout form = new VerticalLayout();
    private final QuestionsEditor questions = new QuestionsEditor(this::ask);
    private Map<String, CategoryView> mains = Map.of();

    @Inject
    public CatalogueView(Catalogue catalogue, StaffSignIn signIn) {
        this.catalogue = catalogue;
        this.signIn = signIn;
        setMaxWidth("84em");
        list.setId("catalogue");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        list.addColumn(CategoryView::code).setHeader(getTranslation("catalogue.code")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(c -> mains.containsKey(c.parentCode()) ? mains.get(c.parentCode()).nameZh() : "")
                .setHeader(getTranslation("catalogue.main")).setAutoWidth(true);
        list.addColumn(CategoryView::nameZh).setHeader(getTranslation("catalogue.sub")).setAutoWidth(true);
        list.addColumn(c -> getTranslation(c.publicVisible() ? "catalogue.public" : "catalogue.internal"))
                .setHeader(getTranslation("catalogue.visibility")).setAutoWidth(true);
        list.addColumn(c -> c.unitType() == null ? "—" : getTranslation("unitType." + c.unitType().name()))
                .setHeader(getTranslation("units.type")).setAutoWidth(true);
        list.addColumn(c -> c.registerHours() + " / " + c.dispatchHours() + " / " + c.handleHours() + " / " + c.urgentHandleHours())
                .setHeader(getTranslation("catalogue.limits")).setAutoWidth(true);
        list.setHeight("45vh");
        list.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        publicVisible.setId("category-public");
        publicVisible.setLabel(getTranslation("catalogue.publicLabel"));
        unitType.setId("category-unit-type");
        unitType.setLabel(getTranslation("units.type"));
        unitType.setItems(UnitType.values());
        unitType.setItemLabelGenerator(t -> getTranslation("unitType." + t.name()));
        Button save = new Button(getTranslation("staff.save"), e -> save());
        save.setId("category-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout limits = new HorizontalLayout(register, dispatch, handle, urgent);
        limits.setWrap(true);
        limits.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setPadding(false);
        form.add(chosen, message, new HorizontalLayout(unitType, publicVisible), limits, save, questions);
        add(new H2(getTranslation("catalogue.title")), new Paragraph(getTranslation("catalogue.hint")), list, form);
        refresh();
        edit(null);
    }

    private IntegerField hours(String id, String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(0);
        field.setMax(TimeLimits.MAX_HOURS);
        field.setWidth("9em");
        return field;
    }

    private void edit(CategoryView c) {
        form.setVisible(c != null);
        message.setVisible(false);
        if (c == null) {
            return;
        }
        chosen.setText(c.code() + " " + c.nameZh());
        publicVisible.setValue(c.publicVisible());
        unitType.setValue(c.unitType());
        register.setValue(c.registerHours());
        dispatch.setValue(c.dispatchHours());
        handle.setValue(c.handleHours());
        urgent.setValue(c.urgentHandleHours());
        questions.show(c.questions());
    }

    /** Saves the 小类's extra questions, all at once; a refusal leaves the rows as typed. */
    private void ask(List<org.lianqin.core.catalogue.Questions.Question> asked) {
        CategoryView c = list.asSingleSelect().getValue();
        if (c == null) {
            return;
        }
        try {
            CategoryView saved = SignedIn.inOffice(() -> catalogue.ask(c.code(), asked, signIn.caller()));
            refresh();
            list.select(list.getListDataView().getItems().filter(x -> x.code().equals(saved.code())).findFirst().orElse(null));
            Saved.show();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
            message.scrollIntoView();
        }
    }

    private void save() {
        CategoryView c = list.asSingleSelect().getValue();
        if (c == null) {
            return;
        }
        try {
            TimeLimits limits = TimeLimits.checked(register.getValue(), dispatch.getValue(), handle.getValue(), urgent.getValue());
            CategoryView saved = SignedIn.inOffice(() -> catalogue.adjust(c.code(), publicVisible.getValue(),
                    unitType.getValue(), limits, signIn.caller()));
            refresh();
            list.select(list.getListDataView().getItems().filter(x -> x.code().equals(saved.code())).findFirst().orElse(null));
            Saved.show();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }

    private void refresh() {
        List<CategoryView> all = SignedIn.inOffice(() -> catalogue.categories(false));
        mains = all.stream().filter(c -> c.parentCode() == null).collect(Collectors.toMap(CategoryView::code, Function.identity()));
        list.setItems(all.stream().filter(c -> c.parentCode() != null).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " · " + getTranslation("app.title");
    }
}
