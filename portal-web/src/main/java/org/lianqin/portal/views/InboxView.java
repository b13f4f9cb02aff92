package org.lianqin.portal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseFilter;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.cases.CaseSort;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.CaseSummary;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * A unit's inbox: the cases dispatched to the unit and those it is handling, the nearest deadline first,
 * overdue ones marked, read page by page from the database. A row opens the case, where the officer
 * accepts or returns it, records the handling with photos, or asks for an extension or a deferral.
 */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed(Roles.UNIT_OFFICER)
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

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
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("case.deadline")).setAutoWidth(true);
        grid.setItems(query -> SignedIn.inOffice(() -> cases.list(mine, CaseSort.DEADLINE_FIRST, query.getPage(),
                query.getPageSize())).items().stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("number", e.getItem().number()))));
        grid.setHeight("70vh");
        add(new H2(getTranslation("inbox.title")), new Paragraph(getTranslation("inbox.hint")), grid);
    }

    private Component deadline(CaseSummary c) {
        Span when = new Span(time(c.handleDeadline()));
        if (c.overdue()) {
            when.setText(when.getText() + " " + getTranslation("board.overdueMark"));
            when.getElement().getThemeList().add("badge error");
        }
        return when;
    }

    private static String time(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(WorkCalendar.CHINA));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.title");
    }
}
