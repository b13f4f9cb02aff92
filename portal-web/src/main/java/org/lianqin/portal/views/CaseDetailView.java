package org.lianqin.portal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.kernel.Roles;
import org.lianqin.portal.security.SignedIn;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * One case as the command centre sees it, at {@code /portal/cases/{number}}: what was reported and where,
 * who handles it by when, and its whole timeline. A number of another street office (or none) is "page
 * not found": the case is looked up in the signed-in person's own office only.
 */
@Route(value = "cases/:number", layout = MainLayout.class)
@RolesAllowed({Roles.DISPATCHER, Roles.LEADER, Roles.TENANT_ADMIN})
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseService cases;
    private String number = "";

    @Inject
    public CaseDetailView(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typed = event.getRouteParameters().get("number").orElse("");
        Optional<CaseDetail> found = typed.length() > 48 ? Optional.empty() : SignedIn.inOffice(() -> cases.find(typed));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(CaseDetail c) {
        number = c.number();
        removeAll();
        Span state = new Span(c.state().label().in(getLocale()));
        state.getElement().getThemeList().add(c.summary().overdue() ? "badge error" : "badge");
        state.setId("case-state");
        H2 title = new H2(c.number() + " ");
        title.setId("case-number");
        title.add(state);

        Div facts = new Div(
                fact("case.category", c.summary().categoryName()),
                fact("board.channel", getTranslation("channel." + c.summary().channel().name())),
                fact("case.address", c.summary().address()),
                fact("case.point", c.place() != null && c.place().hasPoint()
                        ? String.format(Locale.ROOT, "%.5f, %.5f", c.place().longitude(), c.place().latitude()) : null),
                fact("case.grid", c.summary().gridCode()),
                fact("case.unit", c.summary().unitName()),
                fact("case.reported", time(c.summary().reportedAt())),
                fact("case.deadline", time(c.summary().handleDeadline())),
                fact("case.contact", c.reporterContact()),
                fact("case.answers", c.answers()),
                fact("case.photos", c.photos().isEmpty() ? null : String.valueOf(c.photos().size())));
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr").set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");

        Paragraph description = new Paragraph(c.description() == null ? getTranslation("case.noDescription") : c.description());
        description.setId("case-description");
        description.getStyle().set("white-space", "pre-wrap");

        Grid<CaseDetail.TimelineEntry> timeline = new Grid<>();
        timeline.setId("case-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.addColumn(e -> time(e.at())).setHeader(getTranslation("timeline.at")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(e -> getTranslation("action." + e.action().name())).setHeader(getTranslation("timeline.step")).setAutoWidth(true);
        timeline.addColumn(e -> e.to() == null ? "" : e.to().label().in(getLocale())).setHeader(getTranslation("case.state")).setAutoWidth(true);
        timeline.addColumn(e -> e.actorName() == null ? "" : e.actorName()).setHeader(getTranslation("timeline.by")).setAutoWidth(true);
        timeline.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("timeline.note")).setFlexGrow(1);
        timeline.setItems(c.timeline());
        timeline.setAllRowsVisible(true);

        add(title, facts, new H3(getTranslation("case.description")), description, new H3(getTranslation("timeline.title")), timeline);
    }

    private Component fact(String key, String value) {
        Div row = new Div(new Span(getTranslation(key)), new Span(value == null || value.isBlank() ? "—" : value));
        row.getStyle().set("display", "contents");
        row.getChildren().findFirst().ifPresent(label -> ((Span) label).getStyle().set("color", "var(--lumo-secondary-text-color)"));
        return row;
    }

    private static String time(Instant at) {
        return at == null ? null : WHEN.format(at.atZone(WorkCalendar.CHINA));
    }

    @Override
    public String getPageTitle() {
        return number + " · " + getTranslation("app.title");
    }
}
