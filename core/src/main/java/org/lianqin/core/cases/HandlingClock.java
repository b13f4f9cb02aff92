package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.lianqin.core.kernel.Refusal;
import org.lianqin.core.kernel.WorkflowException;

import java.time.Instant;

/**
 * 处置时限: the clock a responsible unit works against, from dispatch to closure — its deadline, the
 * extension (延期) or deferral (缓办) it asked for and what the dispatcher decided, and whether it ran
 * out. The case decides who may do what; the clock keeps the time rules.
 */
@Embeddable
public class HandlingClock {

    @Column(name = "handle_deadline")
    private Instant deadline;

    @Column(nullable = false)
    private boolean overdue;

    @Column(nullable = false)
    private boolean deferred;

    @Column(name = "pending_extension_hours")
    private Integer pendingExtensionHours;

    @Column(name = "pending_deferral", nullable = false)
    private boolean pendingDeferral;

    void start(Instant due) {
        stop();
        deadline = due;
    }

    /** Back to no clock: the case left the unit (returned, or reopened to be dispatched again). */
    void stop() {
        deadline = null;
        overdue = false;
        deferred = false;
        pendingExtensionHours = null;
        pendingDeferral = false;
    }

    /** The case is closed: nothing is pending or overdue any more; the deadline stays on record. */
    void settle() {
        overdue = false;
        pendingExtensionHours = null;
        pendingDeferral = false;
    }

    boolean isMetBy(Instant at) {
        return deadline == null || !at.isAfter(deadline);
    }

    boolean isDue(Instant at) {
        return !deferred && !overdue && deadline != null && at.isAfter(deadline);
    }

    void flagOverdue() {
        overdue = true;
    }

    void requestExtension(int hours) {
        if (hours <= 0) {
            throw new WorkflowException(Refusal.EXTENSION_HOURS);
        }
        if (pendingExtensionHours != null) {
            throw new WorkflowException(Refusal.EXTENSION_PENDING);
        }
        pendingExtensionHours = hours;
    }

    /** Grants the pending extension with the new deadline, or refuses it (newDeadline null). */
    void decideExtension(boolean approved, Instant newDeadline, Instant at) {
        if (pendingExtensionHours == null) {
            throw new WorkflowException(Refusal.NO_EXTENSION_REQUEST);
        }
        if (approved) {
            if (newDeadline == null || !newDeadline.isAfter(deadline)) {
                throw new WorkflowException(Refusal.EXTENDED_DEADLINE_TOO_EARLY);
            }
            deadline = newDeadline;
            overdue = !newDeadline.isAfter(at);
        }
        pendingExtensionHours = null;
    }

    void requestDeferral() {
        if (pendingDeferral || deferred) {
            throw new WorkflowException(Refusal.DEFERRAL_PENDING);
        }
        pendingDeferral = true;
    }

    /** An approved deferral stops the case counting as overdue and takes it out of the on-time figures. */
    void decideDeferral(boolean approved) {
        if (!pendingDeferral) {
            throw new WorkflowException(Refusal.NO_DEFERRAL_REQUEST);
        }
        pendingDeferral = false;
        if (approved) {
            deferred = true;
            overdue = false;
        }
    }

    Instant deadline() {
        return deadline;
    }

    boolean overdue() {
        return overdue;
    }

    boolean deferred() {
        return deferred;
    }

    Integer pendingExtensionHours() {
        return pendingExtensionHours;
    }

    boolean pendingDeferral() {
        return pendingDeferral;
    }
}
