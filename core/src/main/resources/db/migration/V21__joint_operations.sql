-- 联合整治: joint operations planned across units over grids, their results counted in kinds the street
-- office defines (stalls removed, vendors persuaded …) and the cases they produced.
CREATE TABLE operation_result_kind (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(32) NOT NULL,
    name      VARCHAR(32) NOT NULL,
    measure   VARCHAR(8)  NOT NULL,
    position  INT         NOT NULL,
    active    BOOLEAN     NOT NULL DEFAULT TRUE,
    version   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_result_kind_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_result_kind_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_result_kind_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE joint_operation (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(32)   NOT NULL,
    title       VARCHAR(100)  NOT NULL,
    target      VARCHAR(200)  NULL,
    category_id BIGINT        NULL,
    starts_at   DATETIME(6)   NOT NULL,
    ends_at     DATETIME(6)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    planned_by  VARCHAR(64)   NOT NULL,
    result_note VARCHAR(2000) NULL,
    recorded_at DATETIME(6)   NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_operation_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_joint_operation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    CONSTRAINT fk_joint_operation_category FOREIGN KEY (tenant_id, category_id) REFERENCES category (tenant_id, id),
    INDEX ix_joint_operation_start (tenant_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE joint_operation_grid (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32) NOT NULL,
    operation_id BIGINT      NOT NULL,
    grid_id      BIGINT      NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_operation_grid UNIQUE (tenant_id, operation_id, grid_id),
    CONSTRAINT fk_joint_operation_grid_operation FOREIGN KEY (tenant_id, operation_id) REFERENCES joint_operation (tenant_id, id),
    CONSTRAINT fk_joint_operation_grid_grid FOREIGN KEY (tenant_id, grid_id) REFERENCES grid (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE joint_operation_unit (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32) NOT NULL,
    operation_id BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_operation_unit UNIQUE (tenant_id, operation_id, unit_id),
    CONSTRAINT fk_joint_operation_unit_operation FOREIGN KEY (tenant_id, operation_id) REFERENCES joint_operation (tenant_id, id),
    CONSTRAINT fk_joint_operation_unit_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE joint_operation_result (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32) NOT NULL,
    operation_id BIGINT      NOT NULL,
    kind_id      BIGINT      NOT NULL,
    quantity     INT         NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_operation_result UNIQUE (tenant_id, operation_id, kind_id),
    CONSTRAINT fk_joint_operation_result_operation FOREIGN KEY (tenant_id, operation_id) REFERENCES joint_operation (tenant_id, id),
    CONSTRAINT fk_joint_operation_result_kind FOREIGN KEY (tenant_id, kind_id) REFERENCES operation_result_kind (tenant_id, id),
    CONSTRAINT ck_joint_operation_result_quantity CHECK (quantity >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE joint_operation_case (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32) NOT NULL,
    operation_id BIGINT      NOT NULL,
    case_id      BIGINT      NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_operation_case UNIQUE (tenant_id, operation_id, case_id),
    CONSTRAINT fk_joint_operation_case_operation FOREIGN KEY (tenant_id, operation_id) REFERENCES joint_operation (tenant_id, id),
    CONSTRAINT fk_joint_operation_case_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the result kinds every street office starts with (new offices get them from DefaultResultKinds)
INSERT INTO operation_result_kind (tenant_id, name, measure, position)
SELECT code, k.name, k.measure, k.position FROM tenant CROSS JOIN (
    SELECT '清理占道摊点' AS name, '处' AS measure, 1 AS position
    UNION ALL SELECT '劝离流动摊贩', '人次', 2
    UNION ALL SELECT '暂扣物品', '件', 3
    UNION ALL SELECT '救助流浪乞讨人员', '人次', 4
    UNION ALL SELECT '拆除违法搭建', '处', 5
    UNION ALL SELECT '教育劝导', '人次', 6) k;
