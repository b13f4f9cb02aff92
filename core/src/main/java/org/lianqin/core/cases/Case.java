package org.lianqin.core.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.organisation.Role;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 案件: a problem in the street office's closed loop. Every change goes through one of the intent
 * methods below, which check the state and the actor, change the case and append an immutable
 * {@link CaseEvent} to its timeline. Nothing of a case is ever deleted.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
@NamedQuery(name = "Case.findByNumber", query = "SELECT c FROM CaseFile c WHERE c.number = :number")
@NamedQuery(name = "Case.dueForEscalation", query = "SELECT c.id FROM CaseFile c WHERE c.state IN :states"
        + " AND c.clock.overdue = false AND c.clock.deferred = false AND c.clock.deadline < :now")
@NamedQuery(name = "Case.openOfCategorySince", query = "SELECT c FROM CaseFile c WHERE c.category = :category"
        + " AND c.state IN :states AND c.reportedAt >= :since AND c.longitude IS NOT NULL"
        + " AND c.longitude BETWEEN :west AND :east AND c.latitude BETWEEN :south AND :north")
@NamedQuery(name = "Case.findByIdempotencyKey", query = "SELECT c FROM CaseFile c WHERE c.idempotencyKey = :key")
@NamedQuery(name = "Case.publicList", query = "SELECT c FROM CaseFile c WHERE c.publicHidden = false"
        + " AND c.state IN :states ORDER BY c.reportedAt DESC, c.id DESC")
@NamedQuery(name = "Case.countPublicSince", query = "SELECT COUNT(c) FROM CaseFile c WHERE c.state IN :states"
        + " AND c.reportedAt >= :since")
@NamedQuery(name = "Case.closedSince", query = "SELECT c.reportedAt, c.closedAt FROM CaseFile c"
        + " WHERE c.state = org.lianqin.core.cases.CaseState.CLOSED AND c.reportedAt >= :since")
@NamedQuery(name = "Case.satisfactionSince", query = "SELECT AVG(c.satisfaction), COUNT(c.satisfaction) FROM CaseFile c"
        + " WHERE c.satisfaction IS NOT NULL AND c.reportedAt >= :since")
public class Case extends TenantScoped {

    @Column(nullable = false, length = 40, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private SourceChannel channel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne
    @JoinColumn(name = "grid_id")
    private Grid grid;

    @Column(length = 200)
    private String address;

    private Double longitude;

    private Double latitude;

    @Column(nullable = false, length = 2000)
    private String description;

    /** Private: never shown publicly, never logged. */
    @Column(name = "reporter_contact", length = 100)
    private String reporterContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseState state;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Embedded
    private HandlingClock clock = new HandlingClock();

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_on_time")
    private Boolean closedOnTime;

    @Column(name = "rework_count", nullable = false)
    private int reworkCount;

    private Integer satisfaction;

    @ManyToOne
    @JoinColumn(name = "duplicate_of_id")
    private Case duplicateOf;

    /** A hash of the resident's access code; the code itself is never stored. */
    @Column(name = "access_code_hash", length = 255)
    private String accessCodeHash;

    /** Staff took the case off the public pages; the reporter still sees it on their tracking page. */
    @Column(name = "public_hidden", nullable = false)
    private boolean publicHidden;

    /** The description as the public pages show it, when staff redacted the original. */
    @Column(name = "public_description", length = 2000)
    private String publicDescription;

    /** The reporter's answers to the category's extra questions, for staff (Questions.check). */
    @Column(length = 1000)
    private String answers;

    /** The key a retried submission repeats, so that it finds this case instead of filing another. */
    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CaseEvent> events = new ArrayList<>();

    protected Case() {
    }

    /** A new report, from any channel; it waits for the command centre to register or reject it. */
    public Case(String number, SourceChannel channel, Category category, Grid grid, Location place,
                String description, String reporterContact, Priority priority, String accessCodeHash,
                Actor by, Instant at) {
        this.number = Objects.requireNonNull(number);
        this.channel = Objects.requireNonNull(channel);
        this.category = Objects.requireNonNull(category);
        this.grid = grid;
        this.address = place.address();
        this.longitude = place.longitude();
        this.latitude = place.latitude();
        this.description = require(description, "description-required", "请描述问题");
        this.reporterContact = reporterContact;
        this.priority = priority == null ? category.defaultPriority() : priority;
        this.accessCodeHash = accessCodeHash;
        this.state = CaseState.REPORTED;
        this.reportedAt = at;
        record(CaseAction.REPORT, null, by, at, null);
    }

    // ---------------------------------------------------------------- command centre

    /** 立案. */
    public CaseEvent register(Actor by, Instant at, String note) {
        requireRole(by, Role.DISPATCHER);
        CaseState from = requireState(CaseState.REPORTED);
        state = CaseState.REGISTERED;
        registeredAt = at;
        return record(CaseAction.REGISTER, from, by, at, note);
    }

    /** 不予立案, always with the reason. */
    public CaseEvent reject(Actor by, Instant at, String reason) {
        requireRole(by, Role.DISPATCHER);
        CaseState from = requireState(CaseState.REPORTED);
        require(reason, "reason-required", "不予立案须说明理由");
        state = CaseState.REJECTED;
        return record(CaseAction.REJECT, from, by, at, reason);
    }

    /** 派遣 to the unit responsible; its clock starts now and ends at the deadline. */
    public CaseEvent dispatch(Unit to, Instant deadline, Actor by, Instant at, String note) {
        requireRole(by, Role.DISPATCHER);
        CaseState from = requireState(CaseState.REGISTERED);
        Objects.requireNonNull(to, "unit");
        if (deadline == null || !deadline.isAfter(at)) {
            throw new WorkflowException("deadline", "处置时限必须晚于派遣时间");
        }
        unit = to;
        dispatchedAt = at;
        clock.start(deadline);
        state = CaseState.DISPATCHED;
        return record(CaseAction.DISPATCH, from, by, at, note == null ? to.name() : to.name() + "：" + note);
    }

    /** Closes a case without dispatch (即办) or after handling, as the verification's alternative. */
    public CaseEvent close(Actor by, Instant at, String note) {
        requireRole(by, Role.DISPATCHER);
        CaseState from = requireState(CaseState.REGISTERED, CaseState.HANDLED);
        require(note, "note-required", "结案须填写说明");
        return closeNow(CaseAction.CLOSE, from, by, at, note);
    }

    /** 核查: the handling passed (closed) or failed (back to the unit as rework, 返工). */
    public CaseEvent verify(boolean passed, Actor by, Instant at, String note) {
        if (!by.has(Role.DISPATCHER) && !by.has(Role.INSPECTOR)) {
            throw roleRefused(Role.DISPATCHER, Role.INSPECTOR);
        }
        CaseState from = requireState(CaseState.HANDLED);
        if (passed) {
            return closeNow(CaseAction.VERIFY_PASS, from, by, at, note);
        }
        require(note, "reason-required", "核查不通过须说明理由");
        reworkCount++;
        state = CaseState.DISPATCHED;
        handledAt = null;
        return record(CaseAction.VERIFY_FAIL, from, by, at, note);
    }

    /** 合并: this case is a duplicate of another open case of the same street office. */
    public CaseEvent mergeInto(Case original, Actor by, Instant at) {
        requireRole(by, Role.DISPATCHER);
        Objects.requireNonNull(original, "original");
        if (original == this || (id() != null && id().equals(original.id()))) {
            throw new WorkflowException("merge-self", "案件不能合并到自身");
        }
        if (!original.state.isOpen()) {
            throw new WorkflowException("merge-target", "只能合并到未结案的案件：" + original.number);
        }
        CaseState from = requireOpen();
        duplicateOf = original;
        state = CaseState.MERGED;
        return record(CaseAction.MERGE, from, by, at, original.number);
    }

    // ---------------------------------------------------------------- the responsible unit

    /** 签收. */
    public CaseEvent accept(Actor by, Instant at) {
        requireOfficerOfUnit(by);
        CaseState from = requireState(CaseState.DISPATCHED);
        state = CaseState.IN_PROGRESS;
        return record(CaseAction.ACCEPT, from, by, at, null);
    }

    /** 退回: not this unit's matter; back to the command centre with the reason. */
    public CaseEvent returnToCommandCentre(Actor by, Instant at, String reason) {
        requireOfficerOfUnit(by);
        CaseState from = requireState(CaseState.DISPATCHED);
        require(reason, "reason-required", "退回须说明理由");
        state = CaseState.REGISTERED;
        unit = null;
        dispatchedAt = null;
        clock.stop();
        return record(CaseAction.RETURN, from, by, at, reason);
    }

    /** 处置完毕, with what was done. */
    public CaseEvent handle(Actor by, Instant at, String result) {
        requireOfficerOfUnit(by);
        CaseState from = requireState(CaseState.IN_PROGRESS);
        require(result, "result-required", "请填写处置结果");
        state = CaseState.HANDLED;
        handledAt = at;
        return record(CaseAction.HANDLE, from, by, at, result);
    }

    /** 申请延期: the unit asks for more hours; the dispatcher decides. */
    public CaseEvent requestExtension(int hours, Actor by, Instant at, String reason) {
        requireOfficerOfUnit(by);
        CaseState from = requireState(CaseState.DISPATCHED, CaseState.IN_PROGRESS);
        require(reason, "reason-required", "申请延期须说明理由");
        clock.requestExtension(hours);
        return record(CaseAction.REQUEST_EXTENSION, from, by, at, hours + "h：" + reason);
    }

    /** The dispatcher grants the pending extension (to the given new deadline) or refuses it. */
    public CaseEvent decideExtension(boolean approved, Instant newDeadline, Actor by, Instant at, String note) {
        requireRole(by, Role.DISPATCHER);
        CaseState from = requireState(CaseState.DISPATCHED, CaseState.IN_PROGRESS);
        clock.decideExtension(approved, newDeadline, at);
        return record(approved ? CaseAction.APPROVE_EXTENSION : CaseAction.REFUSE_EXTENSION, from, by, at, note);
    }

    /** 申请缓办: the matter cannot be handled now (e.g. waits for a court); the dispatcher decides. */
    public CaseEvent requestDeferral(Actor by, Instant at, String reason) {
        requireOfficerOfUnit(by);
        CaseState from = requireState(CaseState.DISPATCHED, CaseState.IN_PROGRESS);
        require(reason, "reason-required", "申请缓办须说明理由");
        clock.requestDeferral();
        return record(CaseAction.REQUEST_DEFERRAL, from, by, at, reason);
    }

    /** A deferred case leaves the on-time denominators and is no longer flagged overdue. */
    public CaseEvent decideDeferral(boolean approved, Actor by, Instant at, String note) {
        requireRole(by, Role.DISPATCHER);
        CaseState from = requireState(CaseState.DISPATCHED, CaseState.IN_PROGRESS);
        clock.decideDeferral(approved);
        return record(approved ? CaseAction.APPROVE_DEFERRAL : CaseAction.REFUSE_DEFERRAL, from, by, at, note);
    }

    // ---------------------------------------------------------------- anyone, the resident, the system

    /** Takes the case off the public pages, or puts it back; the command centre decides. */
    public CaseEvent showToPublic(boolean shown, Actor by, Instant at, String note) {
        requireRole(by, Role.DISPATCHER);
        publicHidden = !shown;
        return record(shown ? CaseAction.SHOW_PUBLIC : CaseAction.HIDE_PUBLIC, state, by, at, note);
    }

    /** Replaces the description on the public pages (personal details, insults); the original stays. */
    public CaseEvent redact(String publicText, Actor by, Instant at) {
        requireRole(by, Role.DISPATCHER);
        publicDescription = require(publicText, "text-required", "请填写公开显示的描述");
        return record(CaseAction.REDACT, state, by, at, null);
    }

    /** Records that staff took one of the case's photos off the public pages, or put it back. */
    CaseEvent photoShownToPublic(long attachmentId, boolean shown, Actor by, Instant at) {
        requireRole(by, Role.DISPATCHER);
        return record(CaseAction.REDACT, state, by, at, (shown ? "恢复公开照片 " : "隐藏照片 ") + attachmentId);
    }

    /** Registered by the command centre, not rejected, merged or hidden: fit for the public pages. */
    public boolean publiclyVisible() {
        return !publicHidden && state != CaseState.REPORTED && state != CaseState.REJECTED && state != CaseState.MERGED;
    }

    public boolean publicHidden() {
        return publicHidden;
    }

    /** The description as the public sees it. */
    public String publicDescription() {
        return publicDescription != null ? publicDescription : description;
    }

    void answered(String answers) {
        this.answers = answers;
    }

    public String answers() {
        return answers;
    }

    void submittedWith(String key) {
        this.idempotencyKey = key;
    }

    /** A retried submission gets a fresh code; the one its lost answer carried no longer opens the case. */
    void replaceAccessCode(String hash) {
        this.accessCodeHash = hash;
    }

    /** 备注: a note on the timeline by any member of staff; the state does not change. */
    public CaseEvent comment(Actor by, Instant at, String text) {
        if (by.kind() != Actor.Kind.STAFF) {
            throw new WorkflowException("role", "只有工作人员可以添加备注");
        }
        require(text, "text-required", "备注不能为空");
        return record(CaseAction.COMMENT, state, by, at, text);
    }

    /** The resident was not satisfied: reopened within the allowed time after closure. */
    public CaseEvent reopen(Actor by, Instant at, Duration allowed, String reason) {
        if (!by.isResident()) {
            throw new WorkflowException("role", "只有举报人可以要求重新处理");
        }
        CaseState from = requireState(CaseState.CLOSED);
        if (at.isAfter(closedAt.plus(allowed))) {
            throw new WorkflowException("too-late", "结案已超过 " + allowed.toDays() + " 天，不能再要求重新处理");
        }
        require(reason, "reason-required", "请说明问题为何没有解决");
        state = CaseState.REGISTERED;
        closedAt = null;
        closedOnTime = null;
        satisfaction = null;
        unit = null;
        dispatchedAt = null;
        handledAt = null;
        clock.stop();
        return record(CaseAction.REOPEN, from, by, at, reason);
    }

    /** 满意度评价, once, by the resident, 1 (very unsatisfied) to 5 (very satisfied). */
    public CaseEvent rate(int score, Actor by, Instant at, String comment) {
        if (!by.isResident()) {
            throw new WorkflowException("role", "只有举报人可以评价");
        }
        requireState(CaseState.CLOSED);
        if (satisfaction != null) {
            throw new WorkflowException("rated", "该案件已经评价过");
        }
        if (score < 1 || score > 5) {
            throw new WorkflowException("score", "评价须为 1 到 5");
        }
        satisfaction = score;
        return record(CaseAction.RATE, state, by, at, comment == null ? score + "" : score + "：" + comment);
    }

    /** 超期: the deadline passed while the unit had the case; flagged once, recorded as an escalation. */
    public CaseEvent flagOverdue(Instant at) {
        if (!isDueForEscalation(at)) {
            throw new WorkflowException("not-overdue", "案件未超期");
        }
        clock.flagOverdue();
        return record(CaseAction.ESCALATE, state, Actor.system(), at, "超过处置时限，已提醒指挥中心");
    }

    /** True when the deadline passed and nothing has flagged it yet. */
    public boolean isDueForEscalation(Instant at) {
        return state.isWithUnit() && clock.isDue(at);
    }

    // ---------------------------------------------------------------- internals

    private CaseEvent closeNow(CaseAction action, CaseState from, Actor by, Instant at, String note) {
        state = CaseState.CLOSED;
        closedAt = at;
        closedOnTime = clock.isMetBy(at);
        clock.settle();
        return record(action, from, by, at, note);
    }

    private CaseEvent record(CaseAction action, CaseState from, Actor by, Instant at, String note) {
        CaseEvent event = new CaseEvent(this, action, from, state, by, at, note);
        events.add(event);
        return event;
    }

    private CaseState requireState(CaseState... allowed) {
        for (CaseState s : allowed) {
            if (state == s) {
                return state;
            }
        }
        throw new WorkflowException("state", "案件 " + number + " 当前为" + CaseStates.label(state) + "，不能进行此操作");
    }

    private CaseState requireOpen() {
        if (!state.isOpen()) {
            throw new WorkflowException("state", "案件 " + number + " 当前为" + CaseStates.label(state) + "，不能进行此操作");
        }
        return state;
    }

    private static void requireRole(Actor by, Role role) {
        if (!by.has(role)) {
            throw roleRefused(role);
        }
    }

    private void requireOfficerOfUnit(Actor by) {
        if (!by.isOfficerOf(unit == null ? null : unit.id())) {
            throw new WorkflowException("role", "只有责任单位的处置人员可以进行此操作");
        }
    }

    private static WorkflowException roleRefused(Role... roles) {
        return new WorkflowException("role", "您没有进行此操作的权限（需要：" + CaseStates.roleLabels(roles) + "）");
    }

    private static String require(String text, String code, String message) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(code, message);
        }
        return text.strip();
    }

    // ---------------------------------------------------------------- reading

    public String number() {
        return number;
    }

    public SourceChannel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public Grid grid() {
        return grid;
    }

    public Location place() {
        return new Location(address, longitude, latitude);
    }

    public String description() {
        return description;
    }

    public String reporterContact() {
        return reporterContact;
    }

    public Priority priority() {
        return priority;
    }

    public CaseState state() {
        return state;
    }

    public Unit unit() {
        return unit;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant handleDeadline() {
        return clock.deadline();
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Boolean closedOnTime() {
        return closedOnTime;
    }

    public boolean overdue() {
        return clock.overdue();
    }

    public boolean deferred() {
        return clock.deferred();
    }

    public Integer pendingExtensionHours() {
        return clock.pendingExtensionHours();
    }

    public boolean pendingDeferral() {
        return clock.pendingDeferral();
    }

    public int reworkCount() {
        return reworkCount;
    }

    public Integer satisfaction() {
        return satisfaction;
    }

    public Case duplicateOf() {
        return duplicateOf;
    }

    public String accessCodeHash() {
        return accessCodeHash;
    }

    public List<CaseEvent> events() {
        return List.copyOf(events);
    }
}
