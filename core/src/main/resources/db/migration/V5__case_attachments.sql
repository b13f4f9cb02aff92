-- Photos of cases, each with the timeline entry (report, handling ...) it came with.
CREATE TABLE case_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(32)  NOT NULL,
    case_id      BIGINT       NOT NULL,
    event_id     BIGINT       NULL,
    file_name    VARCHAR(100) NOT NULL,
    content_type VARCHAR(32)  NOT NULL,
    size_bytes   INT          NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_case FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id),
    CONSTRAINT fk_attachment_event FOREIGN KEY (event_id) REFERENCES case_event (id),
    INDEX ix_attachment_case (tenant_id, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
