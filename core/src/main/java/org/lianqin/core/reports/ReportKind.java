package org.lianqin.core.reports;

/** What a kept report is. */
public enum ReportKind {
    /** 工作报告: a street office's work report for a period. */
    WORK,
    /** 案卷: one case's dossier. */
    DOSSIER,
    /** 区级报告: the district's report across its street offices. */
    DISTRICT
}
