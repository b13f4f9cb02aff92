-- 监督考核: one narrow row per case with what the measures count, kept by CaseMeasures in the transaction
-- of every change to the case (and filled by MeasureBackfill for cases written around the services). The
-- key puts an office's cases of a period side by side, so a year's measures read one range of the
-- clustered index instead of a million cases. Times are in working minutes (the office's calendar).
CREATE TABLE case_measure (
    tenant_id      VARCHAR(32) NOT NULL,
    reported_on    DATE        NOT NULL,
    case_id        BIGINT      NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    category_id    BIGINT      NOT NULL,
    group_id       BIGINT      NOT NULL,
    grid_id        BIGINT      NULL,
    unit_id        BIGINT      NULL,
    handler        VARCHAR(64) NULL,
    state          VARCHAR(16) NOT NULL,
    registered     BOOLEAN     NOT NULL,
    handled        BOOLEAN     NOT NULL,
    closed         BOOLEAN     NOT NULL,
    closed_on_time BOOLEAN     NULL,
    deferred       BOOLEAN     NOT NULL,
    deadline       DATETIME(6) NULL,
    rework         INT         NOT NULL,
    rating         TINYINT     NULL,
    register_min   INT         NULL,
    dispatch_min   INT         NULL,
    handle_min     INT         NULL,
    close_min      INT         NULL,
    PRIMARY KEY (tenant_id, reported_on, case_id),
    CONSTRAINT uk_case_measure_case UNIQUE (tenant_id, case_id),
    -- the cases still open, whose due and overdue counts depend on when the figures are read
    INDEX ix_case_measure_open (tenant_id, closed, registered, reported_on),
    CONSTRAINT fk_case_measure_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The counts of case_measure that do not change with the time they are read, per office, month (of the
-- report), channel and category group; and the times' distributions per office and month in tenths of a
-- working hour (kind 0 register, 1 dispatch, 2 handle, 3 close). Kept with every change of a case_measure
-- row (CaseMeasures), rebuilt for an office by MeasureBackfill. An office's year of months, quarters or
-- the year itself is read from a few hundred rows, not 50,000 cases; days and weeks read the cases.
CREATE TABLE case_measure_month (
    tenant_id       VARCHAR(32) NOT NULL,
    reported_month  DATE        NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    group_id        BIGINT      NOT NULL,
    reported        INT         NOT NULL,
    registered      INT         NOT NULL,
    handled         INT         NOT NULL,
    closed_all      INT         NOT NULL,
    closed_deferred INT         NOT NULL,
    on_time         INT         NOT NULL,
    reworked        INT         NOT NULL,
    closed_late     INT         NOT NULL,
    rated           INT         NOT NULL,
    satisfied       INT         NOT NULL,
    PRIMARY KEY (tenant_id, reported_month, channel, group_id),
    CONSTRAINT fk_case_measure_month_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE case_time_month (
    tenant_id      VARCHAR(32) NOT NULL,
    reported_month DATE        NOT NULL,
    kind           TINYINT     NOT NULL,
    tenths         INT         NOT NULL,
    cases          INT         NOT NULL,
    PRIMARY KEY (tenant_id, reported_month, kind, tenths),
    CONSTRAINT fk_case_time_month_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The weights of the three parts of a unit's assessment score, in percent, set by the street office.
CREATE TABLE assessment_weight (
    tenant_id      VARCHAR(32) NOT NULL,
    professional   INT         NOT NULL,
    organisational INT         NOT NULL,
    public_part    INT         NOT NULL,
    changed_by     VARCHAR(64) NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_assessment_weight_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    CONSTRAINT ck_assessment_weight CHECK (professional >= 0 AND organisational >= 0 AND public_part >= 0
        AND professional + organisational + public_part = 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- 组织评价: the command centre's score of a unit for a period, with its reason.
CREATE TABLE unit_assessment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32)   NOT NULL,
    unit_id      BIGINT        NOT NULL,
    period_kind  VARCHAR(8)    NOT NULL,
    period_start DATE          NOT NULL,
    score        INT           NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    entered_by   VARCHAR(64)   NOT NULL,
    entered_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_assessment UNIQUE (tenant_id, unit_id, period_kind, period_start),
    CONSTRAINT fk_unit_assessment_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id),
    CONSTRAINT ck_unit_assessment_score CHECK (score BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Generated reports, kept: a street office's work reports and case dossiers (tenant_id set), the
-- district's reports (tenant_id NULL). The PDF is written once the generation finished.
CREATE TABLE kept_report (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32)   NULL,
    kind         VARCHAR(16)   NOT NULL,
    subject      VARCHAR(64)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    status       VARCHAR(8)    NOT NULL,
    progress     INT           NOT NULL DEFAULT 0,
    next_steps   TEXT          NULL,
    pdf          LONGBLOB      NULL,
    pages        INT           NULL,
    failure      VARCHAR(500)  NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_kept_report_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    INDEX ix_kept_report_tenant (tenant_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
