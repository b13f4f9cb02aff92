package org.lianqin.core.cases;

/** What happened to a case; each is one entry of its timeline. */
public enum CaseAction {
    REPORT,
    REGISTER,
    REJECT,
    DISPATCH,
    RETURN,
    ACCEPT,
    HANDLE,
    VERIFY_PASS,
    VERIFY_FAIL,
    CLOSE,
    REOPEN,
    MERGE,
    COMMENT,
    REQUEST_EXTENSION,
    APPROVE_EXTENSION,
    REFUSE_EXTENSION,
    REQUEST_DEFERRAL,
    APPROVE_DEFERRAL,
    REFUSE_DEFERRAL,
    ESCALATE,
    HIDE_PUBLIC,
    SHOW_PUBLIC,
    REDACT,
    RATE
}
