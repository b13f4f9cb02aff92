package org.lianqin.portal.views;

import org.lianqin.core.kernel.Role;
import org.lianqin.core.reports.KeptReports;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.cases.CaseService.CaseAtHand;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.cases.CaseStep;
import org.lianqin.core.cases.CaseSummary;
import org.lianqin.core.cases.StandardReplies;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One case at {@code /portal/cases/{number}}: what was reported and where, its photos, who handles it by
 * when, likely duplicates, its whole timeline, and a button for exactly each step the workflow gives the
 * signed-in person in the case's state ({@link CaseStep}), each opening the form it needs
 * ({@link StepDialog}). A number of another street office (or none), or for a unit's officer a case not
 * with their unit, is "page not found": the case is looked up in the person's own office only.
 */
@Route(value = "cases/:number", layout = MainLayout.class)
@RolesAllowed({Roles.DISPATCHER, Roles.LEADER, Roles.TENANT_ADMIN, Roles.UNIT_OFFICER, Roles.INSPECTOR})
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The steps that move a case on round the loop, shown as the primary buttons. */
    private static final Set<CaseStep> FORWARD = EnumSet.of(CaseStep.REGISTER, CaseStep.DISPATCH, CaseStep.VERIFY_PASS,
            CaseStep.ACCEPT, CaseStep.HANDLE);

    private final CaseService cases;
    private final StaffSignIn signIn;
    private final Organisation organisation;
    private final MapSettings maps;
    private final StandardReplies replies;
    private String number = "";

    private final KeptReports reports;

    @Inject
    public CaseDetailView(CaseService cases, StaffSignIn signIn, Organisation organisation, MapSettings maps,
                          StandardReplies replies, KeptReports reports) {
        this.reports = reports;
        this.maps = maps;
        this.replies = replies;
        this.cases = cases;
        this.signIn = signIn;
        this.organisation = organisation;
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typed = event.getRouteParameters().get("number").orElse("");
        Optional<CaseAtHand> found = typed.length() > 48 ? Optional.empty() : read(typed);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private Optional<CaseAtHand> read(String caseNumber) {
        return SignedIn.inOffice(() -> cases.open(caseNumber, signIn.caller()));
    }

    private void show(CaseAtHand at) {
        CaseDetail c = at.detail();
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
                fact("case.priority", getTranslation("priority." + c.summary().priority().name())),
                fact("case.address", c.summary().address()),
                fact("case.point", c.place() != null && c.place().hasPoint()
                        ? String.format(Locale.ROOT, "%.5f, %.5f", c.place().longitude(), c.place().latitude()) : null),
                fact("case.grid", c.summary().gridCode()),
                fact("case.unit", c.summary().unitName() != null || at.suggestedUnit() == null ? c.summary().unitName()
                        : getTranslation("case.suggestedUnit", at.suggestedUnit())),
                fact("case.reported", time(c.summary().reportedAt())),
                fact("case.deadline", time(c.summary().handleDeadline())),
                fact("case.contact", c.reporterContact()),
                fact("case.answers", c.answers()));
        pending(c).ifPresent(waiting -> facts.addComponentAtIndex(9, fact("case.pending", waiting)));   // after the deadline
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");

        Paragraph description = new Paragraph(c.description() == null ? getTranslation("case.noDescription") : c.description());
        description.setId("case-description");
        description.getStyle().set("white-space", "pre-wrap");

        facts.getStyle().set("flex", "1 1 24em").set("align-content", "start");
        Div overview = new Div(facts);
        overview.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)").set("width", "100%");
        if (c.place() != null && c.place().hasPoint()) {
            PlaceMap map = new PlaceMap(c.place(), c.summary().gridCode(), SignedIn.inOffice(organisation::grids), maps);
            map.getStyle().set("flex", "1 1 26em");
            overview.add(map);
        }
        add(title, steps(at), overview);
        add(new H3(getTranslation("case.description")), description);
        if (!c.photos().isEmpty()) {
            add(new H3(getTranslation("case.photos")), photos(c));
        }
        duplicates(c).ifPresent(list -> add(new H3(getTranslation("case.duplicates")), list));

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
        add(new H3(getTranslation("timeline.title")), timeline);
        Actor me = SignedIn.inOffice(signIn::caller);
        if (me.roles().contains(Role.LEADER) || me.roles().contains(Role.DISPATCHER) || me.roles().contains(Role.TENANT_ADMIN)) {
            add(dossier(c.number(), me));
        }
    }

    /** 案卷: the case's particulars, timeline and photos as a kept PDF, written in the background. */
    private Component dossier(String caseNumber, Actor me) {
        Span started = new Span();
        started.setId("case-dossier-started");
        Button make = new Button(getTranslation("case.dossier"), e -> {
            SignedIn.inOffice(() -> reports.requestDossier(caseNumber, getLocale(), me));
            started.removeAll();
            started.add(new RouterLink(getTranslation("case.dossierStarted"), org.lianqin.portal.dashboard.ReportsView.class));
            e.getSource().setEnabled(false);
        });
        make.setId("case-dossier");
        HorizontalLayout bar = new HorizontalLayout(make, started);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    /** One button per step the workflow gives this person in this state, and nothing else. */
    private Component steps(CaseAtHand at) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("case-steps");
        bar.setWrap(true);
        for (CaseStep step : at.steps()) {
            Button button = new Button(getTranslation("step." + step.name()), e -> new StepDialog(step, at,
                    step == CaseStep.DISPATCH ? SignedIn.inOffice(organisation::units) : List.of(),
                    step.note() == CaseStep.Note.NONE ? List.of()
                            : SignedIn.inOffice(() -> replies.forStep(step, at.detail().summary().categoryCode())),
                    this::perform,
                    () -> read(number).orElse(null), this::showOrLeave).open());
            button.setId("step-" + step.name());
            if (FORWARD.contains(step)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
        }
        return bar;
    }

    private CaseAtHand perform(CaseStep step, StepDialog.Input in, long version) {
        return SignedIn.inOffice(() -> {
            Actor me = signIn.caller();
            switch (step) {
                case REGISTER -> cases.register(number, version, me, blankToNull(in.note()));
                case REJECT -> cases.reject(number, version, me, in.note());
                case DISPATCH -> cases.dispatch(number, version, in.unitId(), me, blankToNull(in.note()));
                case CLOSE -> cases.close(number, version, me, in.note());
                case VERIFY_PASS -> cases.verify(number, version, true, me, blankToNull(in.note()), in.photos());
                case VERIFY_FAIL -> cases.verify(number, version, false, me, in.note(), in.photos());
                case MERGE -> cases.merge(number, version, in.original(), me);
                case ACCEPT -> cases.accept(number, version, me);
                case RETURN -> cases.returnToCommandCentre(number, version, me, in.note());
                case HANDLE -> cases.handle(number, version, me, in.note(), in.photos());
                case REQUEST_EXTENSION -> cases.requestExtension(number, version, in.hours(), me, in.note());
                case DECIDE_EXTENSION -> cases.decideExtension(number, version, in.approved(), me, blankToNull(in.note()));
                case REQUEST_DEFERRAL -> cases.requestDeferral(number, version, me, in.note());
                case DECIDE_DEFERRAL -> cases.decideDeferral(number, version, in.approved(), me, blankToNull(in.note()));
                case HIDE_PUBLIC -> cases.showToPublic(number, version, false, me, blankToNull(in.note()));
                case SHOW_PUBLIC -> cases.showToPublic(number, version, true, me, blankToNull(in.note()));
                case REDACT -> cases.redact(number, version, in.note(), me);
                case COMMENT -> cases.comment(number, me, in.note());
            }
            Notification.show(getTranslation("step.done", getTranslation("step." + step.name()), number), 3000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return cases.open(number, me).orElse(null);
        });
    }

    /** The case as it is now; or, when it has left the person's hands (a unit returned it), their list. */
    private void showOrLeave(CaseAtHand now) {
        if (now != null) {
            show(now);
        } else {
            Class<? extends Component> list = SignedIn.inOffice(signIn::caller).isUnitOfficerOnly()
                    ? InboxView.class : WorkbenchView.class;
            getUI().ifPresent(ui -> ui.navigate(list));
        }
    }

    private Component photos(CaseDetail c) {
        Div strip = new Div();
        strip.setId("case-photos");
        strip.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        String caseNumber = c.number();
        for (CaseDetail.PhotoInfo p : c.photos()) {
            DownloadHandler content = DownloadHandler.fromInputStream(event -> SignedIn.inOffice(() -> cases.photo(caseNumber, p.id()))
                    .map(photo -> new DownloadResponse(new ByteArrayInputStream(photo.content()), photo.fileName(),
                            photo.contentType(), photo.content().length))
                    .orElseGet(() -> DownloadResponse.error(404)));
            Image image = new Image(content, getTranslation("case.photoOf", p.step() == null ? "" : getTranslation("action." + p.step().name())));
            image.setHeight("8em");
            image.getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("object-fit", "cover");
            Anchor open = new Anchor(content, "");
            open.add(image);
            open.setTarget("_blank");
            strip.add(open);
        }
        return strip;
    }

    /** Open cases of the same category near this one, while the command centre may still merge it. */
    private Optional<Component> duplicates(CaseDetail c) {
        if (c.state() != CaseState.REPORTED && c.state() != CaseState.REGISTERED || c.place() == null || !c.place().hasPoint()) {
            return Optional.empty();
        }
        List<CaseSummary> near = SignedIn.inOffice(() -> cases.likelyDuplicates(c.summary().categoryCode(), c.place()))
                .stream().filter(s -> !s.number().equals(c.number())).toList();
        if (near.isEmpty()) {
            return Optional.empty();
        }
        Div list = new Div();
        list.setId("case-duplicates");
        for (CaseSummary s : near) {
            RouterLink link = new RouterLink(s.number(), CaseDetailView.class, new RouteParameters("number", s.number()));
            list.add(new Div(link, new Span(" · " + s.state().label().in(getLocale()) + " · " + (s.address() == null ? "" : s.address()))));
        }
        return Optional.of(list);
    }

    /** What waits for the command centre's decision (or was decided to wait), if anything. */
    private Optional<String> pending(CaseDetail c) {
        if (c.pendingExtensionHours() != null) {
            return Optional.of(getTranslation("case.pendingExtension", c.pendingExtensionHours()));
        }
        if (c.pendingDeferral()) {
            return Optional.of(getTranslation("case.pendingDeferral"));
        }
        return c.deferred() ? Optional.of(getTranslation("case.deferred")) : Optional.empty();
    }

    private Component fact(String key, String value) {
        Div row = new Div(new Span(getTranslation(key)), new Span(value == null || value.isBlank() ? "—" : value));
        row.getStyle().set("display", "contents");
        row.getChildren().findFirst().ifPresent(label -> ((Span) label).getStyle().set("color", "var(--lumo-secondary-text-color)"));
        return row;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String time(Instant at) {
        return at == null ? null : WHEN.format(at.atZone(WorkCalendar.CHINA));
    }

    @Override
    public String getPageTitle() {
        return number + " · " + getTranslation("app.title");
    }
}
