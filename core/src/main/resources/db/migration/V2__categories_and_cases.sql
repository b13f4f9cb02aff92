-- The category catalogue (大类/小类) of each street office, its cases and their timelines.

CREATE TABLE category (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id           VARCHAR(32)  NOT NULL,
    code                VARCHAR(16)  NOT NULL,
    parent_id           BIGINT       NULL,
    name_zh             VARCHAR(64)  NOT NULL,
    name_en             VARCHAR(100) NOT NULL,
    public_visible      BOOLEAN      NOT NULL,
    unit_type           VARCHAR(16)  NULL,
    register_hours      INT          NOT NULL DEFAULT 0,
    dispatch_hours      INT          NOT NULL DEFAULT 0,
    handle_hours        INT          NOT NULL DEFAULT 0,
    urgent_handle_hours INT          NOT NULL DEFAULT 0,
    default_priority    VARCHAR(8)   NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_category_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_category_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    CONSTRAINT fk_category_parent FOREIGN KEY (tenant_id, parent_id) REFERENCES category (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE grid ADD CONSTRAINT uk_grid_tenant_id UNIQUE (tenant_id, id);

-- Gap-free case numbers: one row per street office and year, locked while a case takes its number.
CREATE TABLE case_number (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(32) NOT NULL,
    year       INT         NOT NULL,
    last_value BIGINT      NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_number_year UNIQUE (tenant_id, year),
    CONSTRAINT fk_case_number_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE case_file (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id               VARCHAR(32)   NOT NULL,
    number                  VARCHAR(40)   NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    category_id             BIGINT        NOT NULL,
    grid_id                 BIGINT        NULL,
    address                 VARCHAR(200)  NULL,
    longitude               DOUBLE        NULL,
    latitude                DOUBLE        NULL,
    description             VARCHAR(2000) NOT NULL,
    reporter_contact        VARCHAR(100)  NULL,
    priority                VARCHAR(8)    NOT NULL,
    state                   VARCHAR(16)   NOT NULL,
    unit_id                 BIGINT        NULL,
    reported_at             DATETIME(6)   NOT NULL,
    registered_at           DATETIME(6)   NULL,
    dispatched_at           DATETIME(6)   NULL,
    handle_deadline         DATETIME(6)   NULL,
    handled_at              DATETIME(6)   NULL,
    closed_at               DATETIME(6)   NULL,
    closed_on_time          BOOLEAN       NULL,
    overdue                 BOOLEAN       NOT NULL DEFAULT FALSE,
    deferred                BOOLEAN       NOT NULL DEFAULT FALSE,
    pending_extension_hours INT           NULL,
    pending_deferral        BOOLEAN       NOT NULL DEFAULT FALSE,
    rework_count            INT           NOT NULL DEFAULT 0,
    satisfaction            TINYINT       NULL,
    duplicate_of_id         BIGINT        NULL,
    access_code_hash        VARCHAR(255)  NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_case_number UNIQUE (tenant_id, number),
    CONSTRAINT fk_case_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    CONSTRAINT fk_case_category FOREIGN KEY (tenant_id, category_id) REFERENCES category (tenant_id, id),
    CONSTRAINT fk_case_grid FOREIGN KEY (tenant_id, grid_id) REFERENCES grid (tenant_id, id),
    CONSTRAINT fk_case_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id),
    CONSTRAINT fk_case_duplicate FOREIGN KEY (tenant_id, duplicate_of_id) REFERENCES case_file (tenant_id, id),
    -- the lists of the portal: by state and recency, by unit, by grid, by category; overdue scan
    INDEX ix_case_state_reported (tenant_id, state, reported_at),
    INDEX ix_case_reported (tenant_id, reported_at),
    INDEX ix_case_unit_state (tenant_id, unit_id, state),
    INDEX ix_case_grid (tenant_id, grid_id, reported_at),
    INDEX ix_case_category (tenant_id, category_id, reported_at),
    INDEX ix_case_deadline (tenant_id, state, overdue, handle_deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE case_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(32)   NOT NULL,
    case_id     BIGINT        NOT NULL,
    action      VARCHAR(24)   NOT NULL,
    from_state  VARCHAR(16)   NULL,
    to_state    VARCHAR(16)   NOT NULL,
    actor_kind  VARCHAR(8)    NOT NULL,
    actor_login VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(64)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    note        VARCHAR(2000) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_event_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id),
    INDEX ix_case_event_case (tenant_id, case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
