-- The district's own accounts, their API tokens, the templates street offices are onboarded from and the
-- record of each onboarding (for a retried identical call). All global: no tenant_id.
CREATE TABLE district_user (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    login                    VARCHAR(64)  NOT NULL,
    name                     VARCHAR(64)  NOT NULL,
    password_hash            VARCHAR(255) NOT NULL,
    password_change_required BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_sign_ins          INT          NOT NULL DEFAULT 0,
    locked_until             DATETIME(6)  NULL,
    active                   BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_district_user_login UNIQUE (login)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A district admin's token for the provisioning API: only its SHA-256 is kept.
CREATE TABLE district_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_district_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_district_token_user FOREIGN KEY (user_id) REFERENCES district_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What a new street office starts with (units, squads, catalogue settings, replies, result kinds, duty
-- shares, local calendar days), as a JSON document the district keeps.
CREATE TABLE office_template (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    content     MEDIUMTEXT   NOT NULL,
    source      VARCHAR(32)  NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_office_template_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- How each street office was onboarded: a fingerprint of the request, so that the same call retried is
-- answered with the first result (without the one-time password, which is never stored) and a different
-- one refused.
CREATE TABLE office_onboarding (
    tenant_code  VARCHAR(32)  NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    reply        MEDIUMTEXT   NOT NULL,
    onboarded_by VARCHAR(64)  NOT NULL,
    onboarded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_code),
    CONSTRAINT fk_office_onboarding_tenant FOREIGN KEY (tenant_code) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A retired street office is kept read-only: when it was retired.
ALTER TABLE tenant ADD COLUMN retired_at DATETIME(6) NULL;

-- What district admins did, in the district's own trail (each change to a street office is also in that
-- office's audit_entry): onboarding, suspensions, passwords reset, keys, templates, tokens. Insert only.
CREATE TABLE district_audit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor_login VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    office      VARCHAR(32)   NULL,
    detail      VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_district_audit_newest (occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
