-- 勤务: the duty level the command centre raises and lowers (kept as a history: the latest is in force),
-- how much it shortens handling limits where the street office says so, and the 24-hour rota.
CREATE TABLE duty_level_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(32)  NOT NULL,
    level      VARCHAR(16)  NOT NULL,
    reason     VARCHAR(200) NULL,
    changed_by VARCHAR(64)  NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_duty_level_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    INDEX ix_duty_level_change_at (tenant_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE duty_level_rule (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(32) NOT NULL,
    level          VARCHAR(16) NOT NULL,
    handle_percent INT         NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_duty_level_rule UNIQUE (tenant_id, level),
    CONSTRAINT fk_duty_level_rule_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    CONSTRAINT ck_duty_level_rule_percent CHECK (handle_percent BETWEEN 10 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE duty_shift (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(32) NOT NULL,
    duty_day  DATE        NOT NULL,
    shift     VARCHAR(8)  NOT NULL,
    post      VARCHAR(8)  NOT NULL,
    staff_id  BIGINT      NULL,
    squad_id  BIGINT      NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_duty_shift UNIQUE (tenant_id, duty_day, shift, post),
    CONSTRAINT fk_duty_shift_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    CONSTRAINT fk_duty_shift_staff FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id),
    CONSTRAINT fk_duty_shift_squad FOREIGN KEY (tenant_id, squad_id) REFERENCES squad (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
