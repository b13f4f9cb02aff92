package org.lianqin.portal.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseFilter;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.cases.CaseSort;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.CaseSummary;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * Where a member of staff lands after signing in: the street office's open cases, newest first (a unit's
 * officer: the unit's), the first page; the command centre's board with its filters is its own view.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    public WorkbenchView(CaseQueries cases, StaffSignIn signIn) {
        Actor me = SignedIn.inOffice(signIn::caller);
        CaseFilter open = CaseFilter.any().withStates(CaseState.OPEN);
        if (me.isUnitOfficerOnly()) {   // a unit's officer sees the unit's cases, not the office's
            open = new CaseFilter(CaseState.OPEN, Set.of(), null, null, me.unitId(), null, null, null, null);
        }
        CaseFilter filter = open;
        List<CaseSummary> shown = SignedIn.inOffice(() -> cases.list(filter, CaseSort.NEWEST_FIRST, 0, SHOWN)).items();
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId("open-cases");
        grid.addColumn(CaseSummary::number).setHeader(getTranslation("case.number")).setAutoWidth(true);
        grid.addColumn(c -> c.state().label().in(getLocale())).setHeader(getTranslation("case.state")).setAutoWidth(true);
        grid.addColumn(CaseSummary::categoryName).setHeader(getTranslation("case.category")).setAutoWidth(true);
        grid.addColumn(CaseSummary::address).setHeader(getTranslation("case.address"));
        grid.addColumn(c -> WHEN.format(c.reportedAt().atZone(WorkCalendar.CHINA))).setHeader(getTranslation("case.reported")).setAutoWidth(true);
        grid.setItems(shown);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("workbench.title")),
                new Paragraph(shown.isEmpty() ? getTranslation("workbench.none") : getTranslation("workbench.newest", shown.size())),
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.title") + " · " + getTranslation("app.title");
    }
}
