-- Every change an admin or a member of staff makes to a street office's set-up: who, when, what,
-- before and after. The application only ever inserts here (AuditLog); nothing updates or deletes.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(32)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor_login VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(64)   NOT NULL,
    subject     VARCHAR(16)   NOT NULL,
    subject_key VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    before_text VARCHAR(2000) NULL,
    after_text  VARCHAR(2000) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    INDEX ix_audit_newest (tenant_id, occurred_at, id),
    INDEX ix_audit_subject (tenant_id, subject, subject_key, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
