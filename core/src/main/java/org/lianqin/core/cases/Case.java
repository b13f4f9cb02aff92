package org.lianqin.core.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.catalogue.Priority;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.organisation.Grid;
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
 * {@link CaseEvent} to its timeline. Nothing of a case is ever deleted. Its named queries
 * ({@code Case.findByNumber} …) are in {@code META-INF/orm.xml}, beside the columns they use.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
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

    /** What the reporter wrote; only an Open311 request may come without (its photos or answers say it). */
    @Column(length = 4000)
    private String description;

    @Embedded
    private Reporter reporter;

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

    /** Derived by the database from the state (CaseState.OPEN), for the index of the open-case lists. */
    @Column(name = "is_open", insertable = false, updatable = false)
    private Boolean open;

    private Integer satisfaction;

    @ManyToOne
    @JoinColumn(name = "duplicate_of_id")
    private Case duplicateOf;

    @Embedded
    private Publication publication = new Publication();

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
        this.description = channel == SourceChannel.OPEN311 && (description == null || description.isBlank()) ? null
                : CaseGuards.written(description, Refusal.DESCRIPTION_REQUIRED);
        this.reporter = new Reporter(reporterContact, accessCodeHash);
        this.priority = priority == null ? category.defaultPriority() : priority;
        this.state = CaseState.REPORTED;
        this.reportedAt = at;
        record(CaseAction.REPORT, null, by, at, null);
    }

    // ---------------------------------------------------------------- command centre

    /** 立案. */
    public CaseEvent register(Actor by, Instant at, String note) {
        CaseState from = CaseStep.REGISTER.check(this, by);
        state = CaseState.REGISTERED;
        registeredAt = at;
        return record(CaseAction.REGISTER, from, by, at, note);
    }

    /** 不予立案, always with the reason. */
    public CaseEvent reject(Actor by, Instant at, String reason) {
        CaseState from = CaseStep.REJECT.check(this, by);
        CaseGuards.written(reason, Refusal.REJECT_REASON_REQUIRED);
        state = CaseState.REJECTED;
        return record(CaseAction.REJECT, from, by, at, reason);
    }

    /** 派遣 to the unit responsible; its clock starts now and ends at the deadline. */
    public CaseEvent dispatch(Unit to, Instant deadline, Actor by, Instant at, String note) {
        CaseState from = CaseStep.DISPATCH.check(this, by);
        Objects.requireNonNull(to, "unit");
        if (deadline == null || !deadline.isAfter(at)) {
            throw new WorkflowException(Refusal.DEADLINE_BEFORE_DISPATCH);
        }
        unit = to;
        dispatchedAt = at;
        clock.start(deadline);
        state = CaseState.DISPATCHED;
        return record(CaseAction.DISPATCH, from, by, at, note == null ? to.name() : to.name() + "：" + note);
    }

    /** Closes a case without dispatch (即办) or after handling, as the verification's alternative. */
    public CaseEvent close(Actor by, Instant at, String note) {
        CaseState from = CaseStep.CLOSE.check(this, by);
        CaseGuards.written(note, Refusal.CLOSE_NOTE_REQUIRED);
        return closeNow(CaseAction.CLOSE, from, by, at, note);
    }

    /** 核查: the handling passed (closed) or failed (back to the unit as rework, 返工). */
    public CaseEvent verify(boolean passed, Actor by, Instant at, String note) {
        CaseState from = (passed ? CaseStep.VERIFY_PASS : CaseStep.VERIFY_FAIL).check(this, by);
        if (passed) {
            return closeNow(CaseAction.VERIFY_PASS, from, by, at, note);
        }
        CaseGuards.written(note, Refusal.VERIFY_REASON_REQUIRED);
        reworkCount++;
        state = CaseState.DISPATCHED;
        handledAt = null;
        return record(CaseAction.VERIFY_FAIL, from, by, at, note);
    }

    /** 合并: this case is a duplicate of another open case of the same street office. */
    public CaseEvent mergeInto(Case original, Actor by, Instant at) {
        CaseState from = CaseStep.MERGE.check(this, by);
        Objects.requireNonNull(original, "original");
        if (original == this || (id() != null && id().equals(original.id()))) {
            throw new WorkflowException(Refusal.MERGE_SELF);
        }
        if (!original.state.isOpen()) {
            throw new WorkflowException(Refusal.MERGE_TARGET, original.number);
        }
        duplicateOf = original;
        state = CaseState.MERGED;
        return record(CaseAction.MERGE, from, by, at, original.number);
    }

    // ---------------------------------------------------------------- the responsible unit

    /** 签收. */
    public CaseEvent accept(Actor by, Instant at) {
        CaseState from = CaseStep.ACCEPT.check(this, by);
        state = CaseState.IN_PROGRESS;
        return record(CaseAction.ACCEPT, from, by, at, null);
    }

    /** 退回: not this unit's matter; back to the command centre with the reason. */
    public CaseEvent returnToCommandCentre(Actor by, Instant at, String reason) {
        CaseState from = CaseStep.RETURN.check(this, by);
        CaseGuards.written(reason, Refusal.RETURN_REASON_REQUIRED);
        state = CaseState.REGISTERED;
        unit = null;
        dispatchedAt = null;
        clock.stop();
        return record(CaseAction.RETURN, from, by, at, reason);
    }

    /** 处置完毕, with what was done. */
    public CaseEvent handle(Actor by, Instant at, String result) {
        CaseState from = CaseStep.HANDLE.check(this, by);
        CaseGuards.written(result, Refusal.RESULT_REQUIRED);
        state = CaseState.HANDLED;
        handledAt = at;
        return record(CaseAction.HANDLE, from, by, at, result);
    }

    /** 申请延期: the unit asks for more hours; the dispatcher decides. */
    public CaseEvent requestExtension(int hours, Actor by, Instant at, String reason) {
        CaseState from = CaseStep.REQUEST_EXTENSION.check(this, by);
        CaseGuards.written(reason, Refusal.EXTENSION_REASON_REQUIRED);
        clock.requestExtension(hours);
        return record(CaseAction.REQUEST_EXTENSION, from, by, at, hours + "h：" + reason);
    }

    /** The dispatcher grants the pending extension (to the given new deadline) or refuses it. */
    public CaseEvent decideExtension(boolean approved, Instant newDeadline, Actor by, Instant at, String note) {
        CaseState from = CaseStep.DECIDE_EXTENSION.check(this, by);
        clock.decideExtension(approved, newDeadline, at);
        return record(approved ? CaseAction.APPROVE_EXTENSION : CaseAction.REFUSE_EXTENSION, from, by, at, note);
    }

    /** 申请缓办: the matter cannot be handled now (e.g. waits for a court); the dispatcher decides. */
    public CaseEvent requestDeferral(Actor by, Instant at, String reason) {
        CaseState from = CaseStep.REQUEST_DEFERRAL.check(this, by);
        CaseGuards.written(reason, Refusal.DEFERRAL_REASON_REQUIRED);
        clock.requestDeferral();
        return record(CaseAction.REQUEST_DEFERRAL, from, by, at, reason);
    }

    /** A deferred case leaves the on-time denominators and is no longer flagged overdue. */
    public CaseEvent decideDeferral(boolean approved, Actor by, Instant at, String note) {
        CaseState from = CaseStep.DECIDE_DEFERRAL.check(this, by);
        clock.decideDeferral(approved);
        return record(approved ? CaseAction.APPROVE_DEFERRAL : CaseAction.REFUSE_DEFERRAL, from, by, at, note);
    }

    /** Takes the case off the public pages, or puts it back; the command centre decides. */
    public CaseEvent showToPublic(boolean shown, Actor by, Instant at, String note) {
        (shown ? CaseStep.SHOW_PUBLIC : CaseStep.HIDE_PUBLIC).check(this, by);
        publication.show(shown);
        return record(shown ? CaseAction.SHOW_PUBLIC : CaseAction.HIDE_PUBLIC, state, by, at, note);
    }

    /** Replaces the description on the public pages (personal details, insults); the original stays. */
    public CaseEvent redact(String publicText, Actor by, Instant at) {
        CaseStep.REDACT.check(this, by);
        publication.redact(CaseGuards.written(publicText, Refusal.PUBLIC_TEXT_REQUIRED));
        return record(CaseAction.REDACT, state, by, at, null);
    }

    /** Records that staff took one of the case's photos off the public pages, or put it back. */
    CaseEvent photoShownToPublic(long attachmentId, boolean shown, Actor by, Instant at) {
        CaseStep.REDACT.check(this, by);
        return record(CaseAction.REDACT, state, by, at, (shown ? "恢复公开照片 " : "隐藏照片 ") + attachmentId);
    }

    /** 备注: a note on the timeline by any member of staff; the state does not change. */
    public CaseEvent comment(Actor by, Instant at, String text) {
        CaseStep.COMMENT.check(this, by);
        CaseGuards.written(text, Refusal.COMMENT_REQUIRED);
        return record(CaseAction.COMMENT, state, by, at, text);
    }

    /** The resident was not satisfied: reopened within the allowed time after closure. */
    public CaseEvent reopen(Actor by, Instant at, Duration allowed, String reason) {
        CaseGuards.reporter(by);
        CaseState from = CaseGuards.inState(this, CaseState.CLOSED);
        if (at.isAfter(closedAt.plus(allowed))) {
            throw new WorkflowException(Refusal.TOO_LATE, allowed.toDays());
        }
        CaseGuards.written(reason, Refusal.REOPEN_REASON_REQUIRED);
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
        CaseGuards.reporter(by);
        CaseGuards.inState(this, CaseState.CLOSED);
        if (satisfaction != null) {
            throw new WorkflowException(Refusal.RATED);
        }
        if (score < 1 || score > 5) {
            throw new WorkflowException(Refusal.SCORE);
        }
        satisfaction = score;
        return record(CaseAction.RATE, state, by, at, comment == null ? score + "" : score + "：" + comment);
    }

    /** 超期: the deadline passed while the unit had the case; flagged once, recorded as an escalation. */
    public CaseEvent flagOverdue(Instant at) {
        if (!isDueForEscalation(at)) {
            throw new WorkflowException(Refusal.NOT_OVERDUE);
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

    // ---------------------------------------------------------------- reading

    public String number() { return number; }
    public SourceChannel channel() { return channel; }
    public Category category() { return category; }
    public Grid grid() { return grid; }
    public Location place() { return new Location(address, longitude, latitude); }
    public String description() { return description; }
    public Priority priority() { return priority; }
    public CaseState state() { return state; }
    public Unit unit() { return unit; }
    public Instant reportedAt() { return reportedAt; }
    public Instant handleDeadline() { return clock.deadline(); }
    public Instant closedAt() { return closedAt; }
    Instant registeredAt() { return registeredAt; }
    Instant dispatchedAt() { return dispatchedAt; }
    Instant handledAt() { return handledAt; }
    public Boolean closedOnTime() { return closedOnTime; }
    public boolean overdue() { return clock.overdue(); }
    public boolean deferred() { return clock.deferred(); }
    public Integer pendingExtensionHours() { return clock.pendingExtensionHours(); }
    public boolean pendingDeferral() { return clock.pendingDeferral(); }
    public int reworkCount() { return reworkCount; }
    public Integer satisfaction() { return satisfaction; }
    public Case duplicateOf() { return duplicateOf; }
    public List<CaseEvent> events() { return List.copyOf(events); }
    public boolean publicHidden() { return publication.hidden(); }

    /** The description as the public sees it (redacted, if staff redacted it). */
    public String publicDescription() { return publication.description(description); }

    /** Registered by the command centre, not rejected, merged or hidden: fit for the public pages. */
    public boolean publiclyVisible() { return !publication.hidden() && CaseState.PUBLIC.contains(state); }

    /** What the case keeps of its reporter; empty when staff filed it (JPA loads all-empty columns as null). */
    public Reporter reporter() { return reporter != null ? reporter : new Reporter(); }
}
