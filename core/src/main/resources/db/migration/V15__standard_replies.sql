-- 规范用语: a street office's standard wordings for the notes of workflow steps, for every category
-- (category_code NULL) or for a 大类/小类 and the categories under it (a code prefix).
CREATE TABLE standard_reply (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(32)   NOT NULL,
    step          VARCHAR(24)   NOT NULL,
    category_code VARCHAR(16)   NULL,
    text          VARCHAR(2000) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_standard_reply_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    INDEX ix_standard_reply_step (tenant_id, step, category_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
