package org.lianqin.admin.views;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.district.Templates;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantKind;

/** The templates the district keeps; a new one is saved from a street office's page. */
@Route(value = "templates", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public TemplatesView(Templates templates) {
        setMaxWidth("70em");
        Grid<Templates.TemplateInfo> grid = new Grid<>();
        grid.setId("template-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Templates.TemplateInfo::name).setHeader(getTranslation("templates.name")).setFlexGrow(2);
        grid.addColumn(Templates.TemplateInfo::code).setHeader(getTranslation("templates.code")).setAutoWidth(true);
        grid.addColumn(t -> Labels.kind(this, TenantKind.valueOf(t.kind()))).setHeader(getTranslation("offices.kind")).setAutoWidth(true);
        grid.addColumn(Templates.TemplateInfo::units).setHeader(getTranslation("templates.unitCount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Templates.TemplateInfo::squads).setHeader(getTranslation("templates.squadCount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(t -> t.categorySettings() == 0 ? getTranslation("templates.catalogueAsIs")
                : getTranslation("templates.catalogueSet", t.categorySettings())).setHeader(getTranslation("templates.catalogue"));
        grid.addColumn(t -> t.source() == null ? getTranslation("templates.builtIn") : getTranslation("templates.from", t.source()))
                .setHeader(getTranslation("templates.source")).setAutoWidth(true);
        grid.addColumn(t -> Labels.date(getLocale(), t.createdAt())).setHeader(getTranslation("templates.created")).setAutoWidth(true);
        grid.setItems(templates.templates());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("templates.title")), new Paragraph(getTranslation("templates.hint")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title") + " · " + getTranslation("app.title");
    }
}
