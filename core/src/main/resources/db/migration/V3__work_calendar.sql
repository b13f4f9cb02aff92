-- Each street office's departures from the Monday-to-Friday working week: public holidays and 调休.
CREATE TABLE calendar_day (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id VARCHAR(32) NOT NULL,
    day       DATE        NOT NULL,
    working   BOOLEAN     NOT NULL,
    note      VARCHAR(64) NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_day UNIQUE (tenant_id, day),
    CONSTRAINT fk_calendar_day_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
