package org.lianqin.core.operations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.lianqin.core.cases.Case;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 联合整治: a joint operation of several member units over some grids against a target problem, planned
 * for a time, then its results counted and the cases it produced linked to it.
 */
@Entity
@Table(name = "joint_operation")
@NamedQuery(name = "JointOperation.between",
        query = "SELECT o FROM JointOperation o WHERE o.startsAt >= :from AND o.startsAt < :to ORDER BY o.startsAt DESC, o.id DESC")
public class JointOperation extends TenantScoped {

    @Column(nullable = false, length = 100)
    private String title;

    /** The target problem in the command centre's words ("夜市占道设摊"). */
    @Column(length = 200)
    private String target;

    /** The 小类 it targets, when it is one. */
    @ManyToOne
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OperationStatus status = OperationStatus.PLANNED;

    @Column(name = "planned_by", nullable = false, length = 64, updatable = false)
    private String plannedBy;

    @Column(name = "result_note", length = 2000)
    private String resultNote;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @OneToMany(mappedBy = "operation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OperationGrid> grids = new ArrayList<>();

    @OneToMany(mappedBy = "operation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OperationUnit> units = new ArrayList<>();

    @OneToMany(mappedBy = "operation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OperationResult> results = new ArrayList<>();

    @OneToMany(mappedBy = "operation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OperationCase> cases = new ArrayList<>();

    protected JointOperation() {
    }

    JointOperation(String plannedBy) {
        this.plannedBy = plannedBy;
    }

    /** The plan: what, where, who and when (the grids and units replace the earlier ones). */
    void plan(String title, String target, Category category, Instant startsAt, Instant endsAt, List<Grid> grids, List<Unit> units) {
        this.title = title;
        this.target = target;
        this.category = category;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.grids.removeIf(g -> !grids.contains(g.grid()));
        grids.stream().filter(g -> this.grids.stream().noneMatch(o -> o.grid().equals(g)))
                .forEach(g -> this.grids.add(new OperationGrid(this, g)));
        this.units.removeIf(u -> !units.contains(u.unit()));
        units.stream().filter(u -> this.units.stream().noneMatch(o -> o.unit().equals(u)))
                .forEach(u -> this.units.add(new OperationUnit(this, u)));
    }

    /** The results as counted (a kind not counted is removed), with a note; the operation is done. */
    void record(java.util.Map<ResultKind, Integer> counts, String note, Instant at) {
        results.removeIf(r -> !counts.containsKey(r.kind()));
        counts.forEach((kind, quantity) -> results.stream().filter(r -> r.kind().equals(kind)).findFirst()
                .ifPresentOrElse(r -> r.count(quantity), () -> results.add(new OperationResult(this, kind, quantity))));
        this.resultNote = note;
        this.recordedAt = at;
        this.status = OperationStatus.DONE;
    }

    void cancel() {
        status = OperationStatus.CANCELLED;
    }

    boolean links(Case c) {
        return cases.stream().anyMatch(l -> l.caseFile().equals(c));
    }

    void link(Case c) {
        cases.add(new OperationCase(this, c));
    }

    void unlink(Case c) {
        cases.removeIf(l -> l.caseFile().equals(c));
    }

    public String title() {
        return title;
    }

    public String target() {
        return target;
    }

    public Category category() {
        return category;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public OperationStatus status() {
        return status;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public String resultNote() {
        return resultNote;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    List<Grid> grids() {
        return grids.stream().map(OperationGrid::grid).toList();
    }

    List<Unit> units() {
        return units.stream().map(OperationUnit::unit).toList();
    }

    List<OperationResult> results() {
        return results;
    }

    List<Case> cases() {
        return cases.stream().map(OperationCase::caseFile).toList();
    }
}
