package org.lianqin.admin.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.district.DistrictOffices;
import org.lianqin.core.district.DistrictOffices.OfficeRow;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.tenancy.TenantStatus;

import java.util.List;

/**
 * The district's street offices: each with its state, its staff, its cases this month and those open now
 * — figures only, never a case or a resident. A name opens the office; "开通街镇" onboards a new one.
 */
@Route(value = "offices", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class OfficesView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public OfficesView(DistrictOffices offices) {
        setMaxWidth("80em");
        List<OfficeRow> rows = offices.offices();
        long active = rows.stream().filter(r -> r.status() == TenantStatus.ACTIVE).count();
        long suspended = rows.stream().filter(r -> r.status() == TenantStatus.SUSPENDED).count();
        long retired = rows.stream().filter(r -> r.status() == TenantStatus.RETIRED).count();
        Paragraph summary = new Paragraph(getTranslation("offices.summary", rows.size(), active, suspended, retired,
                Labels.count(getLocale(), rows.stream().mapToLong(OfficeRow::openNow).sum())));
        summary.setId("offices-summary");

        Grid<OfficeRow> grid = new Grid<>();
        grid.setId("office-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new RouterLink(r.name(), OfficeView.class, new RouteParameters("code", r.code())))
                .setHeader(getTranslation("offices.name")).setFlexGrow(2);
        grid.addColumn(OfficeRow::code).setHeader(getTranslation("offices.code")).setAutoWidth(true);
        grid.addColumn(r -> Labels.kind(this, r.kind())).setHeader(getTranslation("offices.kind")).setAutoWidth(true);
        grid.addComponentColumn(r -> Labels.status(getLocale(), r.status())).setHeader(getTranslation("offices.status")).setAutoWidth(true);
        grid.addColumn(r -> Labels.count(getLocale(), r.staff())).setHeader(getTranslation("offices.staff"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Labels.count(getLocale(), r.casesThisMonth())).setHeader(getTranslation("offices.month"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Labels.count(getLocale(), r.openNow())).setHeader(getTranslation("offices.open"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Labels.date(getLocale(), r.createdAt())).setHeader(getTranslation("offices.since")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);

        Button onboard = new Button(getTranslation("nav.onboard"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(OnboardView.class)));
        onboard.setId("onboard-new");
        onboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("offices.title")), onboard);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(head.getComponentAt(0));
        add(head, summary, grid, new Paragraph(getTranslation("offices.privacy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offices.title") + " · " + getTranslation("app.title");
    }
}
