-- Keys issued to integrators (a 12345 hotline, another city system) for a street office's Open311
-- endpoint. Only the SHA-256 of a key is kept (keys are long random strings, so no salt is needed).
CREATE TABLE api_key (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(32) NOT NULL,
    name       VARCHAR(64) NOT NULL,
    key_hash   CHAR(64)    NOT NULL,
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
