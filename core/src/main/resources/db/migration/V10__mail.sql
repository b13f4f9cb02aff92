-- Residents who follow a case by e-mail, each with the random token of their unsubscribe link (it can
-- do nothing but end this one subscription, and every mail must carry it, so it is kept as it is).
CREATE TABLE case_follower (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32)  NOT NULL,
    case_id      BIGINT       NOT NULL,
    email        VARCHAR(100) NOT NULL,
    token        VARCHAR(64)  NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_follower_token UNIQUE (tenant_id, token),
    CONSTRAINT fk_follower_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id),
    INDEX ix_follower_case (tenant_id, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Mail waiting to go out: written in the transaction of the change it tells about (so a rolled-back
-- change sends nothing), sent after the commit and retried by a timer until the SMTP server takes it.
CREATE TABLE mail_outbox (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id  VARCHAR(32)   NOT NULL,
    recipient  VARCHAR(100)  NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       TEXT          NOT NULL,
    unsubscribe VARCHAR(500) NULL,
    created_at DATETIME(6)   NOT NULL,
    sent_at    DATETIME(6)   NULL,
    attempts   INT           NOT NULL DEFAULT 0,
    version    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_outbox_pending (tenant_id, sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
