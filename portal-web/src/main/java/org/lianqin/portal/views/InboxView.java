package org.lianqin.portal.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.cases.CaseFilter;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.cases.CaseSort;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.CaseSummary;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.Set;
import java.util.stream.Stream;

/**
 * A unit's inbox: the cases dispatched to the unit and those it is handling, the nearest deadline first,
 * overdue ones marked, read page by page from the database. A row opens the case, where the officer
 * accepts or returns it, records the handling with photos, or asks for an extension or a deferral.
 */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed(Roles.UNIT_OFFICER)
public class InboxView extends VerticalLayout implements HasDynamicTitle {


    @Inject
    public InboxView(CaseQueries cases, StaffSignIn signIn) {
        Actor me = SignedIn.inOffice(signIn::caller);
        CaseFilter mine = new CaseFilter(CaseState.WITH_UNIT, Set.of(), null, null, me.unitId(), null, null, null, null);
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CaseSummary::number).setHeader(getTranslation("case.number")).setWidth("14em").setFlexGrow(0);
        grid.addColumn(c -> c.state().label().in(getLocale())).setHeader(getTranslation("case.state")).setAutoWidth(true);
        grid.addColumn(CaseSummary::categoryName).setHeader(getTranslation("case.category")).setAutoWidth(true);
        grid.addColumn(c -> c.address() == null ? "" : c.address()).setHeader(getTranslation("case.address")).setFlexGrow(1);
        grid.addComponentColumn(c -> Cells.deadline(c, getTranslation("board.overdueMark"))).setHeader(getTranslation("case.deadline")).setAutoWidth(true);
        // an officer without a unit (an admin's mistake) has no inbox, rather than every unit's
        grid.setItems(query -> me.unitId() == null ? Stream.empty()
                : SignedIn.inOffice(() -> cases.list(mine, CaseSort.DEADLINE_FIRST, query.getPage(),
                query.getPageSize())).items().stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("number", e.getItem().number()))));
        grid.setHeight("70vh");
        add(new H2(getTranslation("inbox.title")), new Paragraph(getTranslation("inbox.hint")), grid);
    }



    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.title");
    }
}
