package org.lianqin.core.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.geo.GridMap;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.OrganisationViews.GridView;
import org.lianqin.core.organisation.OrganisationViews.SquadView;
import org.lianqin.core.organisation.OrganisationViews.StaffView;
import org.lianqin.core.organisation.OrganisationViews.UnitView;

import java.util.List;
import java.util.regex.Pattern;

/** The current street office's member units, grids, squads and staff, and their upkeep by its admin. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.UNIT_OFFICER, Roles.INSPECTOR, Roles.LEADER, Roles.SYSTEM})
public class Organisation {

    private static final Pattern GRID_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    /** A telephone number as units write them: digits, +, -, spaces, brackets, 转 for an extension. */
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()转]{3,32}");

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    AuditLog audit;

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
     * The grids an inspector patrols: those of the squad the member of staff belongs to; none when the
     * person has no squad or the squad no grids yet, which means the whole street office.
     */
    public List<GridView> patrolledBy(String login) {
        Squad squad = em.createNamedQuery("Staff.findByLogin", Staff.class).setParameter("login", login)
                .getResultStream().findFirst().map(Staff::squad).orElse(null);
        return squad == null ? List.of() : grids().stream().filter(g -> squad.name().equals(g.squadName())).toList();
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

    /** A new grid; its boundary must be a valid GeoJSON polygon, so that routing can use it. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public GridView addGrid(String code, String name, String roadSegments, String boundaryGeoJson, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        String cleanCode = required(code, new Refusal.Label("网格编号", "the grid's code")).toUpperCase(java.util.Locale.ROOT);
        if (!GRID_CODE.matcher(cleanCode).matches()) {
            throw new WorkflowException(Refusal.GRID_CODE, code);
        }
        if (grids().stream().anyMatch(g -> g.code().equals(cleanCode))) {
            throw new WorkflowException(Refusal.DUPLICATE_GRID, cleanCode);
        }
        if (boundaryGeoJson != null && !boundaryGeoJson.isBlank()) {
            try {
                new GridMap(List.of(new GridMap.Boundary(0, cleanCode, boundaryGeoJson)));
            } catch (IllegalArgumentException e) {
                throw new WorkflowException(Refusal.BOUNDARY, e.getMessage());
            }
        }
        Grid grid = new Grid(cleanCode, required(name, new Refusal.Label("网格名称", "the grid's name")), roadSegments, boundaryGeoJson);
        em.persist(grid);
        em.flush();
        return GridView.of(grid);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public GridView assignGrid(long gridId, Long squadId, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        Grid grid = em.find(Grid.class, gridId);
        if (grid == null) {
            throw new WorkflowException(Refusal.GRID_NOT_FOUND);
        }
        Squad squad = squadId == null ? null : em.find(Squad.class, squadId);
        if (squadId != null && squad == null) {
            throw new WorkflowException(Refusal.SQUAD_NOT_FOUND);
        }
        grid.assignTo(squad);
        return GridView.of(grid);
    }


    private static String required(String text, Refusal.Label field) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, field);
        }
        return text.strip();
    }
}
