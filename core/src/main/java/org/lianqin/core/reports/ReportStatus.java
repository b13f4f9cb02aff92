package org.lianqin.core.reports;

/** Where a kept report's generation stands. */
public enum ReportStatus {
    RUNNING,
    DONE,
    FAILED
}
