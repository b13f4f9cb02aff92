-- The command centre's board at a million cases (BENCHMARKS.md, "The board at a million cases").
--
-- 1. Its counts per state come from a summary row per office and state, kept in the same transaction
--    as every change (CaseFiles), instead of counting the office's cases on every request.
CREATE TABLE case_state_count (
    tenant_id VARCHAR(32) NOT NULL,
    state     VARCHAR(16) NOT NULL,
    cases     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, state),
    CONSTRAINT fk_case_state_count_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO case_state_count (tenant_id, state, cases)
SELECT tenant_id, state, COUNT(*) FROM case_file GROUP BY tenant_id, state;

-- 2. Its list of open cases, by deadline or by age, reads an index in that order and stops after a
--    page; "open" is a stored column derived from the state (CaseState.OPEN), so that one index covers
--    the five open states.
ALTER TABLE case_file
    ADD COLUMN is_open BOOLEAN AS (state IN ('REPORTED', 'REGISTERED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED')) PERSISTENT,
    ADD INDEX ix_case_open_deadline (tenant_id, is_open, handle_deadline, id),
    ADD INDEX ix_case_open_reported (tenant_id, is_open, reported_at, id);

-- 3. The boards ask every two seconds whether anything changed: one row per office whose count goes up
--    with every change, in the change's transaction, so that it moves in the order changes commit.
CREATE TABLE case_change_mark (
    tenant_id VARCHAR(32) NOT NULL,
    changes   BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_case_change_mark_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
