-- The residents' side of a case. On the case: whether staff hid it from the public pages, the text
-- shown publicly when staff redacted the description, and the key a retried submission repeats.
ALTER TABLE case_file
    ADD COLUMN public_hidden      BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN public_description VARCHAR(2000) NULL,
    ADD COLUMN idempotency_key    VARCHAR(64)   NULL,
    ADD CONSTRAINT uk_case_idempotency UNIQUE (tenant_id, idempotency_key);

-- A photo staff took off the public pages (the reporter still sees it on their tracking page).
ALTER TABLE case_attachment
    ADD COLUMN public_hidden BOOLEAN NOT NULL DEFAULT FALSE;

-- What residents do to a case that must not touch its version (staff quote that): failed access-code
-- attempts and the lock they lead to, and the residents who said "me too" (+1).
CREATE TABLE case_public (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id           VARCHAR(32) NOT NULL,
    case_id             BIGINT      NOT NULL,
    supporters          INT         NOT NULL DEFAULT 0,
    access_failures     INT         NOT NULL DEFAULT 0,
    access_locked_until DATETIME(6) NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_public UNIQUE (tenant_id, case_id),
    CONSTRAINT fk_case_public_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The public list of a street office: registered, visible cases, newest first.
CREATE INDEX ix_case_public_list ON case_file (tenant_id, public_hidden, state, reported_at);
