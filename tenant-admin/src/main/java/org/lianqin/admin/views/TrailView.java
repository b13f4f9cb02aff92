package org.lianqin.admin.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.district.DistrictOffices;
import org.lianqin.core.kernel.Roles;

import java.time.format.DateTimeFormatter;

/** The district's own trail: what its admins did, when, to which street office (newest 500). */
@Route(value = "trail", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class TrailView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    public TrailView(DistrictOffices offices) {
        setMaxWidth("80em");
        Grid<DistrictOffices.TrailEntry> grid = new Grid<>();
        grid.setId("trail");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> WHEN.format(e.at().atZone(WorkCalendar.CHINA))).setHeader(getTranslation("trail.when")).setAutoWidth(true).setFlexGrow(0);
        java.util.Map<String, String> names = offices.offices().stream()
                .collect(java.util.stream.Collectors.toMap(DistrictOffices.OfficeRow::code, DistrictOffices.OfficeRow::name));
        grid.addColumn(e -> getTranslation("layout.who", e.actorName(), e.actorLogin())).setHeader(getTranslation("trail.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("trail.action." + e.action())).setHeader(getTranslation("trail.what")).setAutoWidth(true);
        grid.addColumn(e -> e.office() == null ? "—" : names.getOrDefault(e.office(), e.office())).setHeader(getTranslation("trail.office")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("trail.detail")).setFlexGrow(3);
        grid.setItems(offices.trail(500));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("trail.title")), new Paragraph(getTranslation("trail.hint")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trail.title") + " · " + getTranslation("app.title");
    }
}
