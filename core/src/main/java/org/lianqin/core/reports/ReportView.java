package org.lianqin.core.reports;

import java.time.Instant;

/**
 * A kept report as its list shows it: what and for what ({@code subject}: a period such as
 * {@code YEAR:2026-01-01}, or a case number), its generation's progress, its next steps (work reports).
 */
public record ReportView(long id, ReportKind kind, String subject, String title, ReportStatus status, int progress,
                         String nextSteps, Integer pages, String failure, String createdBy, Instant createdAt,
                         Instant finishedAt) {
}
