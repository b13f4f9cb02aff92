-- The overdue list (overdue = true, earliest deadline first) had to sort every overdue case of the
-- street office: 2 s for the first page at a million cases (BENCHMARKS.md). This index serves it in order.
CREATE INDEX ix_case_overdue ON case_file (tenant_id, overdue, handle_deadline);
