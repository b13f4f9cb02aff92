-- A repeated Idempotency-Key must come with the same request: keep a fingerprint of the first one.
ALTER TABLE case_file
    ADD COLUMN idempotency_fingerprint CHAR(64) NULL;

-- "Me too" counts once per resident: who supported which case (a hash of the client, never its address).
CREATE TABLE case_supporter (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32) NOT NULL,
    case_id      BIGINT      NOT NULL,
    supporter    CHAR(64)    NOT NULL,
    supported_at DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_supporter UNIQUE (tenant_id, case_id, supporter),
    CONSTRAINT fk_case_supporter_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Wrong access codes now hold back the guessing client (the web's rate limit), never the case itself.
ALTER TABLE case_public
    DROP COLUMN access_failures,
    DROP COLUMN access_locked_until;
