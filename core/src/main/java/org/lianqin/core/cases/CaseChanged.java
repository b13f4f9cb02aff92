package org.lianqin.core.cases;

/**
 * A case took a step: fired synchronously by every change, after the change was flushed and inside its
 * transaction, so what observers write (the mail outbox) commits or rolls back with it. {@code publicNote}
 * is what residents may read of the step, if anything.
 */
public record CaseChanged(long caseId, String number, CaseAction action, String publicNote) {
}
