-- 联勤分队: the squads of the joint-duty brigade, the grids they patrol and their members.
CREATE TABLE squad (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(32) NOT NULL,
    name        VARCHAR(64) NOT NULL,
    leader_name VARCHAR(64) NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_squad_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_squad_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_squad_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE grid ADD COLUMN squad_id BIGINT NULL,
    ADD CONSTRAINT fk_grid_squad FOREIGN KEY (tenant_id, squad_id) REFERENCES squad (tenant_id, id);
ALTER TABLE staff ADD COLUMN squad_id BIGINT NULL,
    ADD CONSTRAINT fk_staff_squad FOREIGN KEY (tenant_id, squad_id) REFERENCES squad (tenant_id, id);
