package org.lianqin.portal.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.cases.CaseQueries;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.cases.CaseSummary;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.geo.Distance;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inspector's screen, made for a phone (390 × 844): the handled cases waiting for verification in
 * the grids of the inspector's squad (the whole street office's, with or without a grid, when the
 * inspector has no squad), nearest to where the phone is first (the browser's location,
 * when the inspector allows it; the longest waiting first otherwise), each opening the case to verify
 * it or send it back for rework with photos; and a second tab to report a problem found on patrol.
 */
@Route(value = "patrol", layout = MainLayout.class)
@RolesAllowed(Roles.INSPECTOR)
public class PatrolView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 50;

    private final CaseQueries queries;
    private final Set<Long> grids;
    private final Div list = new Div();
    private final Paragraph where = new Paragraph();

    @Inject
    public PatrolView(CaseQueries queries, CaseService cases, Catalogue catalogue, Organisation organisation, StaffSignIn signIn) {
        this.queries = queries;
        List<GridView> patrolled = SignedIn.inOffice(() -> organisation.patrolledBy(signIn.caller().login()));
        this.grids = patrolled.stream().map(GridView::id).collect(Collectors.toSet());

        list.setId("patrol-verify");
        list.setWidthFull();
        where.setId("patrol-where");
        where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        VerticalLayout verify = new VerticalLayout(new Paragraph(patrolled.isEmpty() ? getTranslation("patrol.allGrids")
                : getTranslation("patrol.grids", patrolled.stream().map(GridView::code).collect(Collectors.joining(getTranslation("list.separator"))))), where, list);
        verify.setPadding(false);

        TabSheet tabs = new TabSheet();
        tabs.setId("patrol-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("patrol.verifyTab"), verify);
        tabs.add(getTranslation("patrol.reportTab"),
                new ReportForm(cases, catalogue, signIn, List.of(SourceChannel.PATROL), false));
        add(new H2(getTranslation("patrol.title")), tabs);

        show(null);
        Geolocation.ask(this, here -> here.ifPresent(this::show));
    }

    private void show(Location here) {
        List<CaseSummary> waiting = SignedIn.inOffice(() -> queries.awaitingVerification(grids, here, SHOWN));
        where.setText(getTranslation(here == null ? "patrol.longestFirst" : "patrol.nearestFirst"));
        list.removeAll();
        if (waiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("patrol.none")));
        }
        for (CaseSummary c : waiting) {
            RouterLink link = new RouterLink(c.number(), CaseDetailView.class, new RouteParameters("number", c.number()));
            link.getStyle().set("font-weight", "600");
            Span category = new Span(c.categoryName());
            Div line = new Div(link, new Div(category), new Div(new Span(c.address() == null ? "—" : c.address())));
            if (here != null && c.place().hasPoint()) {
                line.add(new Div(new Span(getTranslation("patrol.distance", Math.round(Distance.metres(here, c.place()))))));
            }
            line.addClassName("patrol-case");
            line.setWidthFull();
            line.getStyle().set("box-sizing", "border-box");
            line.getStyle().set("padding", "var(--lumo-space-m)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("line-height", "1.6");
            list.add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patrol.title") + " · " + getTranslation("app.title");
    }
}
