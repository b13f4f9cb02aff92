package org.lianqin.core.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.geo.GridFile;
import org.lianqin.core.geo.GridMap;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.Texts;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.core.organisation.OrganisationViews.SquadView;
import org.lianqin.core.organisation.OrganisationViews.StaffView;
import org.lianqin.core.organisation.OrganisationViews.UnitView;
import org.lianqin.core.tenancy.Tenant;
import org.lianqin.core.tenancy.TenantContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The current street office's member units, grids, squads and staff, and their upkeep by its admin. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class Organisation {

    /** A telephone number as units write them: digits, +, -, spaces, brackets, 转 for an extension. */
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()转]{3,32}");

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<GridsChanged> gridsChanged;

    private static final Refusal.Label GRID_NAME = new Refusal.Label("网格名称", "the grid's name");
    private static final Refusal.Label ROADS = new Refusal.Label("路段", "the road segments");

    /** The active member units: those work can be dispatched to. */
    public List<UnitView> units() {
        return em.createNamedQuery("Unit.findActive", Unit.class).getResultStream().map(UnitView::of).toList();
    }

    /** Every member unit, the deactivated ones last, for the admin. */
    public List<UnitView> allUnits() {
        return em.createNamedQuery("Unit.findAll", Unit.class).getResultStream().map(UnitView::of).toList();
    }

    public List<GridView> grids() {
        return em.createNamedQuery("Grid.findAll", Grid.class).getResultStream().map(GridView::of).toList();
    }

    /**
     * The grids an inspector patrols: those handed to the person and those of the squad the person belongs
     * to; none when there are neither, which means the whole street office.
     */
    public List<GridView> patrolledBy(String login) {
        Staff staff = em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
        if (staff == null) {
            return List.of();
        }
        Long squad = staff.squad() == null ? null : staff.squad().id();
        return grids().stream().filter(g -> staff.id().equals(g.inspectorId()) || squad != null && squad.equals(g.squadId())).toList();
    }

    public List<SquadView> squads() {
        return em.createNamedQuery("Squad.findAll", Squad.class).getResultStream().map(SquadView::of).toList();
    }

    public List<StaffView> staff() {
        return em.createNamedQuery("Staff.findAll", Staff.class).getResultStream().map(StaffView::of).toList();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public UnitView addUnit(String name, UnitType type, String contactPhone, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        String clean = required(name, new Refusal.Label("单位名称", "the unit's name"));
        if (allUnits().stream().anyMatch(u -> u.name().equals(clean))) {
            throw new WorkflowException(Refusal.DUPLICATE_UNIT, clean);
        }
        Unit unit = new Unit(clean, checkedType(type), phone(contactPhone));
        em.persist(unit);
        em.flush();
        audit.record(by, AuditEntry.Subject.UNIT, clean, "create", null, describe(unit));
        return UnitView.of(unit);
    }

    /** Renames a unit, changes its kind (the categories routed to it follow) or its telephone; audited. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public UnitView changeUnit(long id, String name, UnitType type, String contactPhone, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Unit unit = unit(id);
        String clean = required(name, new Refusal.Label("单位名称", "the unit's name"));
        if (allUnits().stream().anyMatch(u -> u.name().equals(clean) && u.id() != id)) {
            throw new WorkflowException(Refusal.DUPLICATE_UNIT, clean);
        }
        String before = describe(unit);
        unit.change(clean, checkedType(type), phone(contactPhone));
        audit.record(by, AuditEntry.Subject.UNIT, clean, "change", before, describe(unit));
        return UnitView.of(unit);
    }

    /** Deactivates a unit (its cases stay with it; routing and dispatch no longer offer it) or brings it back; audited. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public UnitView activateUnit(long id, boolean active, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Unit unit = unit(id);
        String before = describe(unit);
        unit.activate(active);
        audit.record(by, AuditEntry.Subject.UNIT, unit.name(), active ? "activate" : "deactivate", before, describe(unit));
        return UnitView.of(unit);
    }

    private Unit unit(long id) {
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new WorkflowException(Refusal.UNIT_NOT_FOUND);
        }
        return unit;
    }

    private static UnitType checkedType(UnitType type) {
        if (type == null) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, new Refusal.Label("单位类型", "the unit's kind"));
        }
        return type;
    }

    private static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String clean = phone.strip();
        if (!PHONE.matcher(clean).matches()) {
            throw new WorkflowException(Refusal.UNIT_PHONE, clean.length() > 32 ? clean.substring(0, 32) + "…" : clean);
        }
        return clean;
    }

    private static String describe(Unit u) {
        return u.name() + "；类型：" + u.type() + "；电话：" + (u.contactPhone() == null ? "—" : u.contactPhone())
                + "；" + (u.active() ? "在用" : "已停用");
    }

    /** The current street office's outline as a GeoJSON Polygon, if it has one on record. */
    public java.util.Optional<String> officeOutline() {
        return office().map(Tenant::boundaryGeoJson).filter(b -> !b.isBlank());
    }

    private java.util.Optional<Tenant> office() {
        return em.createNamedQuery("Tenant.findByCode", Tenant.class).setParameter("code", TenantContext.require())
                .getResultStream().findFirst();
    }

    /**
     * A new grid; its outline (a GeoJSON Polygon) is checked as an imported one is: a valid polygon inside
     * the office that overlaps no other grid. Audited; routing uses it from the next case on.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public GridView addGrid(String code, String name, String roadSegments, String boundaryGeoJson, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        String cleanCode = required(code, new Refusal.Label("网格编号", "the grid's code")).toUpperCase(Locale.ROOT);
        if (!GridFile.CODE.matcher(cleanCode).matches()) {
            throw new WorkflowException(Refusal.GRID_CODE, code);
        }
        if (grids().stream().anyMatch(g -> g.code().equals(cleanCode))) {
            throw new WorkflowException(Refusal.DUPLICATE_GRID, cleanCode);
        }
        String cleanName = Texts.required(name, GridFile.MAX_NAME, GRID_NAME);
        String cleanRoads = Texts.optional(roadSegments, GridFile.MAX_ROADS, ROADS);
        String outline = checkedOutline(cleanCode, boundaryGeoJson, null);
        Grid grid = new Grid(cleanCode, cleanName, cleanRoads, outline);
        em.persist(grid);
        em.flush();
        audit.record(by, AuditEntry.Subject.GRID, cleanCode, "create", null, describe(grid));
        gridsChanged.fire(new GridsChanged(TenantContext.require()));
        return GridView.of(grid);
    }

    /**
     * Imports a GeoJSON file of grids, all or nothing: every feature is checked ({@link GridFile}) and a
     * single flaw refuses the whole file, naming each flaw's feature. A grid with the code of an existing
     * one replaces its name, roads and outline (its squad and inspector stay); the others are new.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public List<GridView> importGrids(byte[] geoJsonFile, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        String geoJson = gridFileText(geoJsonFile);
        List<Grid> existing = em.createNamedQuery("Grid.findAll", Grid.class).getResultList();
        GridFile.Result file = GridFile.read(geoJson, officeOutline().orElse(null), boundaries(existing, null));
        if (!file.problems().isEmpty()) {
            throw new GridFileRefused(file.problems());
        }
        List<GridView> imported = new ArrayList<>();
        for (GridFile.Shape shape : file.shapes()) {
            Grid grid = existing.stream().filter(g -> g.code().equals(shape.code())).findFirst().orElse(null);
            if (grid == null) {
                grid = new Grid(shape.code(), shape.name(), shape.roads(), shape.geoJson());
                em.persist(grid);
                em.flush();
                audit.record(by, AuditEntry.Subject.GRID, shape.code(), "import", null, describe(grid));
            } else {
                String before = describe(grid);
                grid.reshape(shape.name(), shape.roads(), shape.geoJson());
                audit.record(by, AuditEntry.Subject.GRID, shape.code(), "import", before, describe(grid));
            }
            imported.add(GridView.of(grid));
        }
        gridsChanged.fire(new GridsChanged(TenantContext.require()));
        return imported;
    }

    /** A grid file is a few hundred kilobytes even for a large town. */
    public static final int MAX_GRID_FILE_MB = 5;

    /** The file as text: UTF-8 (a byte-order mark allowed), not too big; anything else refused in words. */
    public static String gridFileText(byte[] file) {
        if (file == null) {
            throw new GridFileRefused(List.of(new GridFile.Problem(0, "", GridFile.Flaw.UNREADABLE, "")));
        }
        if (file.length > MAX_GRID_FILE_MB * 1024 * 1024) {
            throw new WorkflowException(Refusal.GRID_FILE_TOO_BIG, MAX_GRID_FILE_MB);
        }
        int start = file.length >= 3 && (file[0] & 0xff) == 0xef && (file[1] & 0xff) == 0xbb && (file[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file, start, file.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new WorkflowException(Refusal.GRID_FILE_ENCODING);
        }
    }

    /** Renames a grid, changes its roads or its outline (drawn on the map, checked as on import); audited. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public GridView changeGrid(long id, String name, String roadSegments, String boundaryGeoJson, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Grid grid = grid(id);
        String cleanName = Texts.required(name, GridFile.MAX_NAME, GRID_NAME);
        String cleanRoads = Texts.optional(roadSegments, GridFile.MAX_ROADS, ROADS);
        // an outline left as it was is not checked again: a grid drawn before a rule can still be renamed
        String outline = java.util.Objects.equals(boundaryGeoJson, grid.boundaryGeoJson()) ? grid.boundaryGeoJson()
                : checkedOutline(grid.code(), boundaryGeoJson, grid.id());
        String before = describe(grid);
        grid.reshape(cleanName, cleanRoads, outline);
        audit.record(by, AuditEntry.Subject.GRID, grid.code(), "change", before, describe(grid));
        gridsChanged.fire(new GridsChanged(TenantContext.require()));
        return GridView.of(grid);
    }

    /** Hands a grid to a squad and an inspector of the office (either may be none); audited. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public GridView assignGrid(long gridId, Long squadId, Long inspectorId, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Grid grid = grid(gridId);
        Squad squad = squadId == null ? null : em.find(Squad.class, squadId);
        if (squadId != null && squad == null) {
            throw new WorkflowException(Refusal.SQUAD_NOT_FOUND);
        }
        Staff inspector = inspectorId == null ? null : em.find(Staff.class, inspectorId);
        if (inspectorId != null && (inspector == null || !inspector.active() || !inspector.roles().contains(Role.INSPECTOR))) {
            throw new WorkflowException(Refusal.STAFF_NOT_INSPECTOR);
        }
        String before = describe(grid);
        grid.assignTo(squad);
        grid.assignTo(inspector);
        audit.record(by, AuditEntry.Subject.GRID, grid.code(), "assign", before, describe(grid));
        return GridView.of(grid);
    }

    private Grid grid(long id) {
        Grid grid = em.find(Grid.class, id);
        if (grid == null) {
            throw new WorkflowException(Refusal.GRID_NOT_FOUND);
        }
        return grid;
    }

    /** The outline checked against the office and the other grids (all but {@code self}); null when none is given. */
    private String checkedOutline(String code, String boundaryGeoJson, Long self) {
        if (boundaryGeoJson == null || boundaryGeoJson.isBlank()) {
            return null;
        }
        List<Grid> others = em.createNamedQuery("Grid.findAll", Grid.class).getResultList();
        List<GridFile.Problem> problems = GridFile.check(code, boundaryGeoJson, officeOutline().orElse(null),
                boundaries(others, self));
        if (!problems.isEmpty()) {
            throw new GridFileRefused(problems);
        }
        return GridFile.asPolygon(boundaryGeoJson);
    }

    private static List<GridMap.Boundary> boundaries(List<Grid> grids, Long except) {
        return grids.stream().filter(g -> !g.id().equals(except))
                .map(g -> new GridMap.Boundary(g.id(), g.code(), g.boundaryGeoJson())).toList();
    }

    private static String describe(Grid g) {
        return g.code() + " " + g.name() + "；路段：" + (g.roadSegments() == null ? "—" : g.roadSegments())
                + "；分队：" + (g.squad() == null ? "—" : g.squad().name())
                + "；巡查员：" + (g.inspector() == null ? "—" : g.inspector().name())
                + "；边界：" + (g.boundaryGeoJson() == null ? "—" : GridFile.summary(g.boundaryGeoJson()));
    }

    private static String required(String text, Refusal.Label field) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, field);
        }
        return text.strip();
    }
}
