package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.geo.MapSettings;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.core.organisation.OrganisationViews.SquadView;
import org.lianqin.core.organisation.OrganisationViews.StaffView;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The street office's responsibility grids on a map, for its admin: import them from a GeoJSON file
 * (refused whole, each flaw named with its feature, when anything is wrong), draw a new one or edit an
 * outline corner by corner, rename one, and hand each to a squad and an inspector. Routing uses every
 * change from the next case on; everything is audited in core.
 */
@Route(value = "grids", layout = MainLayout.class)
@RolesAllowed(Roles.TENANT_ADMIN)
public class GridsView extends VerticalLayout implements HasDynamicTitle {

    /** Read one byte beyond the limit, so that core can tell a file that is too big. */
    private static final int MAX_FILE_BYTES = Organisation.MAX_GRID_FILE_MB * 1024 * 1024;

    private final Organisation organisation;
    private final StaffSignIn signIn;
    private final String officeOutline;
    private final GridEditorMap map;
    private final Grid<GridView> list = new Grid<>();
    private final FormMessage message = new FormMessage("grid-message");
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField roads = new TextField();
    private final Select<SquadView> squad = new Select<>();
    private final Select<StaffView> inspector = new Select<>();
    private final Button draw = new Button();
    private final Button save = new Button();
    private final Paragraph drawingHint = new Paragraph();
    private final java.util.Locale locale;
    private List<GridView> grids = List.of();
    private GridView editing;
    /** The outline being drawn (a GeoJSON Polygon, "" while it has fewer than three corners); null when not drawing. */
    private String outline;

    @Inject
    public GridsView(Organisation organisation, StaffSignIn signIn, MapSettings maps) {
        this.organisation = organisation;
        this.signIn = signIn;
        this.officeOutline = SignedIn.inOffice(organisation::officeOutline).orElse(null);
        this.locale = getLocale();
        this.map = new GridEditorMap(maps, this::choose, polygon -> outline = polygon);
        setMaxWidth("100em");

        Upload upload = new Upload();
        upload.setUploadHandler((UploadHandler) event -> {
            // the import runs in the upload's request (the signed-in caller, no session lock); the page after
            ImportOutcome outcome = importFile(event.getInputStream().readNBytes(MAX_FILE_BYTES + 1));
            event.getUI().access(() -> {
                upload.clearFileList();
                show(outcome);
            });
        });
        upload.setId("grid-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES + 1);
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setUploadButton(new Button(getTranslation("grids.import")));
        upload.setDropLabel(new Span(getTranslation("grids.drop")));

        list.setId("grid-list");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(GridView::code).setHeader(getTranslation("grids.code")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(GridView::name).setHeader(getTranslation("grids.name")).setFlexGrow(1);
        list.addColumn(g -> orNone(g.squadName())).setHeader(getTranslation("grids.squad")).setAutoWidth(true);
        list.addColumn(g -> orNone(g.inspectorName())).setHeader(getTranslation("grids.inspector")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edit(e.getValue());
            }
        });

        code.setId("grid-code");
        code.setLabel(getTranslation("grids.code"));
        code.setMaxLength(32);
        code.setHelperText(getTranslation("grids.codeHint"));
        name.setId("grid-name");
        name.setLabel(getTranslation("grids.name"));
        name.setMaxLength(100);
        roads.setId("grid-roads");
        roads.setLabel(getTranslation("grids.roads"));
        roads.setMaxLength(1000);
        roads.setWidthFull();

        List<SquadView> squads = SignedIn.inOffice(organisation::squads);
        squad.setId("grid-squad");
        squad.setLabel(getTranslation("grids.squad"));
        squad.setItems(squads);
        squad.setItemLabelGenerator(s -> s == null ? getTranslation("grids.none") : s.name());
        squad.setEmptySelectionAllowed(true);
        squad.setEmptySelectionCaption(getTranslation("grids.none"));
        squad.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                assign();
            }
        });
        List<StaffView> inspectors = SignedIn.inOffice(organisation::staff).stream()
                .filter(s -> s.active() && s.roles().contains(Role.INSPECTOR)).toList();
        inspector.setId("grid-inspector");
        inspector.setLabel(getTranslation("grids.inspector"));
        inspector.setItems(inspectors);
        inspector.setItemLabelGenerator(s -> s == null ? getTranslation("grids.none") : getTranslation("person.withLogin", s.name(), s.login()));
        inspector.setEmptySelectionAllowed(true);
        inspector.setEmptySelectionCaption(getTranslation("grids.none"));
        inspector.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                assign();
            }
        });

        draw.setId("grid-draw");
        draw.addClickListener(e -> toggleDrawing());
        save.setId("grid-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveGrid());
        Button fresh = new Button(getTranslation("grids.new"), e -> edit(null));
        fresh.setId("grid-new");
        drawingHint.setId("grid-drawing-hint");
        drawingHint.setText(getTranslation("grids.drawingHint"));
        drawingHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        HorizontalLayout names = new HorizontalLayout(code, name);
        names.setWrap(true);
        HorizontalLayout assignment = new HorizontalLayout(squad, inspector);
        assignment.setWrap(true);
        H3 assignmentTitle = new H3(getTranslation("grids.assignment"));
        assignmentTitle.getStyle().set("margin", "var(--lumo-space-l) 0 0");
        Paragraph assignmentHint = new Paragraph(getTranslation("grids.assignmentHint"));
        assignmentHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0")
                .set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout buttons = new HorizontalLayout(save, draw, fresh);
        buttons.setWrap(true);
        VerticalLayout form = new VerticalLayout(names, roads, drawingHint, buttons, assignmentTitle, assignmentHint, assignment);
        form.setPadding(false);
        form.setSpacing(false);
        VerticalLayout panel = new VerticalLayout(list, form);
        panel.setPadding(false);
        panel.getStyle().set("flex", "2 1 26em").set("min-width", "0");
        map.setHeight("36em");
        map.setWidthFull();
        Div legend = new Div(Legend.entry("assigned", "#42a5f5", getTranslation("grids.legendAssigned")),
                Legend.entry("free", "#ffb74d", getTranslation("grids.legendFree")),
                Legend.entry("office", null, getTranslation("grids.legendOffice")));
        legend.addClassName("grid-legend");
        VerticalLayout mapColumn = new VerticalLayout(map, legend);
        mapColumn.setPadding(false);
        mapColumn.setSpacing(false);
        mapColumn.getStyle().set("flex", "3 1 28em").set("min-width", "0");

        FlexLayout body = new FlexLayout(mapColumn, panel);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setAlignItems(FlexComponent.Alignment.START);
        body.setWidthFull();
        body.getStyle().set("gap", "var(--lumo-space-l)");

        Paragraph hint = new Paragraph(getTranslation(officeOutline == null ? "grids.hintNoOutline" : "grids.hint"));
        Div fileHint = new Div(getTranslation("grids.fileHint"));
        fileHint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(new H2(getTranslation("grids.title")), hint, upload, fileHint, message, body);
        refresh();
        edit(null);
        map.show(officeOutline, grids, null, null, true);
    }

    /**
     * What an import came to: the grids imported and the office's grids after it, or the refusal in words
     * with its particulars. Read in the upload's request, where the signed-in caller is known.
     */
    private record ImportOutcome(List<GridView> imported, List<GridView> grids, String refusal, List<String> details) {
    }

    private ImportOutcome importFile(byte[] file) {
        try {
            List<GridView> imported = SignedIn.inOffice(() -> organisation.importGrids(file, signIn.caller()));
            return new ImportOutcome(imported, SignedIn.inOffice(organisation::grids), null, List.of());
        } catch (RuntimeException refused) {
            return new ImportOutcome(List.of(), grids, Problems.message(refused, locale), Problems.details(refused, locale));
        }
    }

    private void show(ImportOutcome outcome) {
        if (outcome.refusal() != null) {
            message.error(outcome.refusal(), outcome.details());
            return;
        }
        grids = outcome.grids();
        list.setItems(grids);
        edit(null);
        map.show(officeOutline, grids, null, null, true);
        message.success(getTranslation("grids.imported", outcome.imported().size(),
                outcome.imported().stream().map(GridView::code).collect(Collectors.joining(getTranslation("list.separator")))));
    }

    private void choose(long id) {
        grids.stream().filter(g -> g.id() == id).findFirst().ifPresent(g -> {
            list.select(g);
            edit(g);
        });
    }

    private void edit(GridView g) {
        editing = g;
        outline = null;
        message.setVisible(false);
        code.setValue(g == null ? "" : g.code());
        code.setReadOnly(g != null);
        name.setValue(g == null ? "" : g.name());
        roads.setValue(g == null || g.roadSegments() == null ? "" : g.roadSegments());
        squad.setValue(g == null ? null : squad.getListDataView().getItems()
                .filter(s -> Objects.equals(s.id(), g.squadId())).findFirst().orElse(null));
        inspector.setValue(g == null ? null : inspector.getListDataView().getItems()
                .filter(s -> Objects.equals(s.id(), g.inspectorId())).findFirst().orElse(null));
        squad.setEnabled(g != null);
        inspector.setEnabled(g != null);
        save.setText(getTranslation(g == null ? "grids.add" : "staff.save"));
        if (g == null) {
            list.asSingleSelect().clear();
        }
        showDrawing();
    }

    private void toggleDrawing() {
        outline = outline == null ? (editing == null || editing.boundaryGeoJson() == null ? "" : editing.boundaryGeoJson()) : null;
        showDrawing();
    }

    private void showDrawing() {
        boolean drawing = outline != null;
        draw.setText(getTranslation(drawing ? "grids.stopDrawing"
                : editing == null || editing.boundaryGeoJson() == null ? "grids.draw" : "grids.redraw"));
        drawingHint.setVisible(drawing);
        map.show(officeOutline, grids, editing == null ? null : editing.id(), outline, false);
    }

    private void saveGrid() {
        String shape = outline != null ? outline : editing == null ? null : editing.boundaryGeoJson();
        attempt(() -> editing == null
                ? SignedIn.inOffice(() -> organisation.addGrid(code.getValue(), name.getValue(), roads.getValue(), shape, signIn.caller()))
                : SignedIn.inOffice(() -> organisation.changeGrid(editing.id(), name.getValue(), roads.getValue(), shape, signIn.caller())));
    }

    /** Hands the grid to the squad and inspector chosen; a refusal puts the choices back as they were saved. */
    private void assign() {
        GridView g = editing;
        Long squadId = squad.getValue() == null ? null : squad.getValue().id();
        Long inspectorId = inspector.getValue() == null ? null : inspector.getValue().id();
        try {
            saved(SignedIn.inOffice(() -> organisation.assignGrid(g.id(), squadId, inspectorId, signIn.caller())));
        } catch (RuntimeException refused) {
            edit(g);
            message.error(Problems.message(refused, getLocale()));
        }
    }

    private void attempt(Supplier<GridView> work) {
        try {
            saved(work.get());
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()), Problems.details(refused, getLocale()));
        }
    }

    private void saved(GridView done) {
        refresh();
        GridView shown = grids.stream().filter(g -> g.id() == done.id()).findFirst().orElse(done);
        list.select(shown);
        edit(shown);
        Saved.show();
    }

    private void refresh() {
        grids = SignedIn.inOffice(organisation::grids);
        list.setItems(grids);
    }

    private String orNone(String text) {
        return text == null ? getTranslation("grids.none") : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grids.title") + " · " + getTranslation("app.title");
    }
}
