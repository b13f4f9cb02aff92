package org.lianqin.core.cases;

/**
 * What happened to a case; each is one entry of its timeline. Residents see the public steps (with the
 * note only where it was written for them: the unit's result, the reason for a rejection); the others
 * (comments, returns, requests, redactions) are internal.
 */
public enum CaseAction {
    REPORT(true),
    REGISTER(true),
    REJECT(true),
    DISPATCH(true),
    RETURN(false),
    ACCEPT(true),
    HANDLE(true),
    VERIFY_PASS(true),
    VERIFY_FAIL(true),
    CLOSE(true),
    REOPEN(true),
    MERGE(true),
    COMMENT(false),
    REQUEST_EXTENSION(false),
    APPROVE_EXTENSION(true),
    REFUSE_EXTENSION(false),
    REQUEST_DEFERRAL(false),
    APPROVE_DEFERRAL(true),
    REFUSE_DEFERRAL(false),
    ESCALATE(true),
    HIDE_PUBLIC(false),
    SHOW_PUBLIC(false),
    REDACT(false),
    RATE(true);

    private final boolean publicStep;

    CaseAction(boolean publicStep) {
        this.publicStep = publicStep;
    }

    /** A step of the timeline that residents see. */
    public boolean isPublic() {
        return publicStep;
    }

    /** A public step whose note was written for the resident: the unit's result, the reason for a rejection. */
    public boolean hasPublicNote() {
        return this == HANDLE || this == REJECT;
    }
}
