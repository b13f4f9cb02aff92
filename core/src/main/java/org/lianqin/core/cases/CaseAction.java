package org.lianqin.core.cases;

import org.lianqin.core.kernel.Refusal;

/**
 * What happened to a case; each is one entry of its timeline. Residents see the public steps (with the
 * note only where it was written for them: the unit's result, the reason for a rejection); the others
 * (comments, returns, requests, redactions) are internal.
 */
public enum CaseAction {
    REPORT(true, "上报", "Reported"),
    REGISTER(true, "受理立案", "Registered"),
    REJECT(true, "不予立案", "Rejected"),
    DISPATCH(true, "派遣", "Dispatched"),
    RETURN(false, "退回指挥中心", "Returned to the command centre"),
    ACCEPT(true, "单位签收", "Accepted by the unit"),
    HANDLE(true, "处置完成", "Handled"),
    VERIFY_PASS(true, "核查通过", "Verified"),
    VERIFY_FAIL(true, "核查不通过，返工", "Verification failed: rework"),
    CLOSE(true, "结案", "Closed"),
    REOPEN(true, "群众要求重办", "Reopened at the resident's request"),
    MERGE(true, "合并为重复件", "Merged as a duplicate"),
    COMMENT(false, "备注", "Comment"),
    REQUEST_EXTENSION(false, "申请延期", "Extension requested"),
    APPROVE_EXTENSION(true, "批准延期", "Extension approved"),
    REFUSE_EXTENSION(false, "不批准延期", "Extension refused"),
    REQUEST_DEFERRAL(false, "申请缓办", "Deferral requested"),
    APPROVE_DEFERRAL(true, "批准缓办", "Deferral approved"),
    REFUSE_DEFERRAL(false, "不批准缓办", "Deferral refused"),
    ESCALATE(true, "超期督办", "Escalated: overdue"),
    HIDE_PUBLIC(false, "对公众隐藏", "Hidden from the public"),
    SHOW_PUBLIC(false, "对公众显示", "Shown to the public"),
    REDACT(false, "修改公开描述", "Public text edited"),
    RATE(true, "群众评价", "Rated by the resident");

    private final boolean publicStep;
    private final Refusal.Label label;

    CaseAction(boolean publicStep, String zh, String en) {
        this.publicStep = publicStep;
        this.label = new Refusal.Label(zh, en);
    }

    /** The step's name for staff (the portal's timeline, the dossier), in both languages. */
    public Refusal.Label label() {
        return label;
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
