package org.lianqin.core.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditLog;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.cases.Case;
import org.lianqin.core.cases.CaseNotFoundException;
import org.lianqin.core.cases.CaseState;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.kernel.Texts;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.organisation.Unit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The street office's joint operations (联合整治): planned by its admin or the command centre, their
 * results counted in the office's own result kinds and the cases they produced linked; read by its
 * leaders too. Times are Beijing time. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.LEADER, Roles.SYSTEM})
public class JointOperations {

    /** An operation lasts at most three days; a longer campaign is several operations. */
    static final Duration LONGEST = Duration.ofHours(72);

    /** More than this of one kind in one operation is a typing error, not a result. */
    static final int MOST = 100_000;

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the command centre plans: what, against which 小类 (optional), when, where and with whom. */
    public record Plan(String title, String target, String categoryCode, LocalDateTime startsAt, LocalDateTime endsAt,
                       List<Long> gridIds, List<Long> unitIds) {
    }

    public record KindView(long id, String name, String measure, boolean active) {
        static KindView of(ResultKind k) {
            return new KindView(k.id(), k.name(), k.measure(), k.active());
        }
    }

    public record LinkedCase(String number, String categoryName, CaseState state) {
    }

    /** An operation as the portal shows it; {@code results} maps a result kind's id to its count. */
    public record OperationView(long id, String title, String target, String categoryCode, String categoryName,
                                LocalDateTime startsAt, LocalDateTime endsAt, OperationStatus status,
                                List<Long> gridIds, List<String> gridCodes, List<Long> unitIds, List<String> unitNames,
                                Map<Long, Integer> results, String resultNote, List<LinkedCase> cases, String plannedBy) {
    }

    /** A month's (or, with month 0, the year's) operations: how many, the sum of each result kind, the cases linked. */
    public record Totals(int month, int operations, Map<Long, Integer> results, int cases) {
    }

    /** The operations that start in a year, the latest first (cancelled ones included, marked). */
    public List<OperationView> list(int year) {
        return between(year).stream().map(this::view).toList();
    }

    /** The office's result kinds, in their order (the retired ones too, marked). */
    public List<KindView> kinds() {
        return em.createNamedQuery("ResultKind.findAll", ResultKind.class).getResultStream().map(KindView::of).toList();
    }

    /**
     * Each month of the year that had an operation carried out (its results recorded; planned and
     * cancelled ones do not count), and the year as month 0 first: operations, results per kind, linked cases.
     */
    public List<Totals> totals(int year) {
        Map<Integer, List<JointOperation>> byMonth = new TreeMap<>(between(year).stream()
                .filter(o -> o.status() == OperationStatus.DONE)
                .collect(Collectors.groupingBy(o -> local(o.startsAt()).getMonthValue())));
        List<Totals> totals = new ArrayList<>();
        totals.add(sum(0, byMonth.values().stream().flatMap(List::stream).toList()));
        byMonth.forEach((month, operations) -> totals.add(sum(month, operations)));
        return totals;
    }

    private static Totals sum(int month, List<JointOperation> operations) {
        Map<Long, Integer> results = new LinkedHashMap<>();
        operations.forEach(o -> o.results().forEach(r -> results.merge(r.kind().id(), r.quantity(), Integer::sum)));
        return new Totals(month, operations.size(), results, operations.stream().mapToInt(o -> o.cases().size()).sum());
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.SYSTEM})
    public OperationView plan(Plan plan, Actor by) {
        requirePlanner(by);
        JointOperation operation = new JointOperation(by.login());
        apply(operation, plan);
        em.persist(operation);
        em.flush();
        audit.record(by, AuditEntry.Subject.OPERATION, key(operation), "create", null, describe(operation));
        return view(operation);
    }

    /** A change of plan, while the operation is not cancelled. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.SYSTEM})
    public OperationView change(long id, Plan plan, Actor by) {
        requirePlanner(by);
        JointOperation operation = open(id);
        String before = describe(operation);
        apply(operation, plan);
        em.flush();
        audit.record(by, AuditEntry.Subject.OPERATION, key(operation), "change", before, describe(operation));
        return view(operation);
    }

    /**
     * The results of an operation that has begun, counted per result kind (a blank count is left out),
     * with a note; may be corrected later. The operation is done.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.SYSTEM})
    public OperationView record(long id, Map<Long, Integer> counts, String note, Actor by) {
        requirePlanner(by);
        JointOperation operation = open(id);
        if (operation.startsAt().isAfter(clock.instant())) {
            throw new WorkflowException(Refusal.OPERATION_NOT_STARTED);
        }
        Map<ResultKind, Integer> results = new LinkedHashMap<>();
        counts.forEach((kindId, quantity) -> {
            if (quantity == null) {
                return;
            }
            ResultKind kind = em.find(ResultKind.class, kindId);
            if (kind == null) {
                throw new WorkflowException(Refusal.RESULT_KIND_NOT_FOUND);
            }
            if (quantity < 0 || quantity > MOST) {
                throw new WorkflowException(Refusal.RESULT_QUANTITY, kind.name(), MOST);
            }
            results.put(kind, quantity);
        });
        String before = describe(operation);
        operation.record(results, Texts.optional(note, 2000, new Refusal.Label("成果说明", "the note on the results")), clock.instant());
        em.flush();
        audit.record(by, AuditEntry.Subject.OPERATION, key(operation), "record", before, describe(operation));
        return view(operation);
    }

    /** Calls off an operation whose results have not been recorded. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.SYSTEM})
    public OperationView cancel(long id, Actor by) {
        requirePlanner(by);
        JointOperation operation = open(id);
        if (operation.status() == OperationStatus.DONE) {
            throw new WorkflowException(Refusal.OPERATION_DONE);
        }
        String before = describe(operation);
        operation.cancel();
        audit.record(by, AuditEntry.Subject.OPERATION, key(operation), "cancel", before, describe(operation));
        return view(operation);
    }

    /** Links a case of the office (by its number) to the operation that produced it. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.SYSTEM})
    public OperationView link(long id, String caseNumber, Actor by) {
        requirePlanner(by);
        JointOperation operation = open(id);
        Case c = caseFile(caseNumber);
        if (operation.links(c)) {
            throw new WorkflowException(Refusal.OPERATION_CASE_LINKED, c.number());
        }
        operation.link(c);
        em.flush();
        audit.record(by, AuditEntry.Subject.OPERATION, key(operation), "link", null, c.number());
        return view(operation);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER, Roles.SYSTEM})
    public OperationView unlink(long id, String caseNumber, Actor by) {
        requirePlanner(by);
        JointOperation operation = open(id);
        Case c = caseFile(caseNumber);
        operation.unlink(c);
        em.flush();
        audit.record(by, AuditEntry.Subject.OPERATION, key(operation), "unlink", c.number(), null);
        return view(operation);
    }

    /** A new result kind the office counts from now on (its admin only). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public KindView addKind(String name, String measure, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        String cleanName = Texts.required(name, 32, new Refusal.Label("统计项名称", "the result's name"));
        String cleanMeasure = Texts.required(measure, 8, new Refusal.Label("计量单位", "the measure word"));
        List<ResultKind> kinds = em.createNamedQuery("ResultKind.findAll", ResultKind.class).getResultList();
        if (kinds.stream().anyMatch(k -> k.name().equals(cleanName))) {
            throw new WorkflowException(Refusal.DUPLICATE_RESULT_KIND, cleanName);
        }
        ResultKind kind = new ResultKind(cleanName, cleanMeasure, kinds.size() + 1);
        em.persist(kind);
        em.flush();
        audit.record(by, AuditEntry.Subject.OPERATION, cleanName, "create", null, cleanName + "（" + cleanMeasure + "）");
        return KindView.of(kind);
    }

    /** Retires a result kind (past counts stay) or brings it back. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SYSTEM})
    public KindView activateKind(long id, boolean active, Actor by) {
        by.requireAdmin(Refusal.ADMIN_ONLY_ORGANISATION);
        ResultKind kind = em.find(ResultKind.class, id);
        if (kind == null) {
            throw new WorkflowException(Refusal.RESULT_KIND_NOT_FOUND);
        }
        kind.activate(active);
        audit.record(by, AuditEntry.Subject.OPERATION, kind.name(), active ? "activate" : "deactivate", null, null);
        return KindView.of(kind);
    }

    private void apply(JointOperation operation, Plan plan) {
        String title = Texts.required(plan.title(), 100, new Refusal.Label("行动名称", "the operation's name"));
        if (plan.startsAt() == null || plan.endsAt() == null) {
            throw new WorkflowException(Refusal.NAME_REQUIRED, new Refusal.Label("开始和结束时间", "the start and the end"));
        }
        Instant starts = plan.startsAt().atZone(WorkCalendar.CHINA).toInstant();
        Instant ends = plan.endsAt().atZone(WorkCalendar.CHINA).toInstant();
        if (!ends.isAfter(starts) || Duration.between(starts, ends).compareTo(LONGEST) > 0) {
            throw new WorkflowException(Refusal.OPERATION_TIMES, LONGEST.toHours());
        }
        Category category = null;
        if (plan.categoryCode() != null && !plan.categoryCode().isBlank()) {
            category = em.createNamedQuery("Category.findByCode", Category.class).setParameter("code", plan.categoryCode())
                    .getResultStream().findFirst().orElseThrow(() -> new WorkflowException(Refusal.CATEGORY_NOT_FOUND));
        }
        List<Grid> grids = plan.gridIds() == null ? List.of() : plan.gridIds().stream().distinct().map(id -> {
            Grid g = em.find(Grid.class, id);
            if (g == null) {
                throw new WorkflowException(Refusal.GRID_NOT_FOUND);
            }
            return g;
        }).toList();
        if (grids.isEmpty()) {
            throw new WorkflowException(Refusal.OPERATION_GRIDS);
        }
        List<Unit> units = plan.unitIds() == null ? List.of() : plan.unitIds().stream().distinct().map(id -> {
            Unit u = em.find(Unit.class, id);
            if (u == null) {
                throw new WorkflowException(Refusal.UNIT_NOT_FOUND);
            }
            return u;
        }).toList();
        if (units.isEmpty()) {
            throw new WorkflowException(Refusal.OPERATION_UNITS);
        }
        operation.plan(title, Texts.optional(plan.target(), 200, new Refusal.Label("目标问题", "the target problem")), category, starts, ends, grids, units);
    }

    private List<JointOperation> between(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(WorkCalendar.CHINA).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(WorkCalendar.CHINA).toInstant();
        return em.createNamedQuery("JointOperation.between", JointOperation.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private JointOperation operation(long id) {
        JointOperation operation = em.find(JointOperation.class, id);
        if (operation == null) {
            throw new WorkflowException(Refusal.OPERATION_NOT_FOUND);
        }
        return operation;
    }

    /** An operation that may still change: not cancelled. */
    private JointOperation open(long id) {
        JointOperation operation = operation(id);
        if (operation.status() == OperationStatus.CANCELLED) {
            throw new WorkflowException(Refusal.OPERATION_CANCELLED);
        }
        return operation;
    }

    private Case caseFile(String number) {
        String clean = number == null ? "" : number.strip();
        return em.createNamedQuery("Case.findByNumber", Case.class).setParameter("number", clean)
                .getResultStream().findFirst().orElseThrow(() -> new CaseNotFoundException(clean));
    }

    private static void requirePlanner(Actor by) {
        by.requireOneOf(Refusal.OPERATIONS_ROLE, Role.TENANT_ADMIN, Role.DISPATCHER);
    }

    private OperationView view(JointOperation o) {
        Map<Long, Integer> results = new LinkedHashMap<>();
        o.results().stream().sorted(Comparator.comparing(r -> r.kind().id())).forEach(r -> results.put(r.kind().id(), r.quantity()));
        List<Grid> grids = o.grids().stream().sorted(Comparator.comparing(Grid::code)).toList();
        List<Unit> units = o.units().stream().sorted(Comparator.comparing(Unit::name)).toList();
        return new OperationView(o.id(), o.title(), o.target(),
                o.category() == null ? null : o.category().code(), o.category() == null ? null : o.category().nameZh(),
                local(o.startsAt()), local(o.endsAt()), o.status(),
                grids.stream().map(Grid::id).toList(), grids.stream().map(Grid::code).toList(),
                units.stream().map(Unit::id).toList(), units.stream().map(Unit::name).toList(),
                results, o.resultNote(),
                o.cases().stream().map(c -> new LinkedCase(c.number(), c.category().nameZh(), c.state())).toList(),
                o.plannedBy());
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, WorkCalendar.CHINA);
    }

    private static String key(JointOperation o) {
        return o.title() + "（" + local(o.startsAt()).toLocalDate() + "）";
    }

    private static String describe(JointOperation o) {
        StringBuilder text = new StringBuilder()
                .append(o.title()).append("；目标：").append(o.target() == null ? "—" : o.target())
                .append(o.category() == null ? "" : "（" + o.category().nameZh() + "）")
                .append("；时间：").append(local(o.startsAt())).append(" 至 ").append(local(o.endsAt()))
                .append("；网格：").append(o.grids().stream().map(Grid::code).sorted().collect(Collectors.joining("、")))
                .append("；单位：").append(o.units().stream().map(Unit::name).sorted().collect(Collectors.joining("、")));
        if (!o.results().isEmpty()) {
            text.append("；成果：").append(o.results().stream().sorted(Comparator.comparing(r -> r.kind().id()))
                    .map(r -> r.kind().name() + " " + r.quantity() + " " + r.kind().measure()).collect(Collectors.joining("、")));
        }
        return text.toString();
    }

}
