-- Street offices (tenants) and their organisation: member units, responsibility grids and staff.
-- Every tenant-scoped table carries tenant_id (the tenant's code), set by EclipseLink's multitenancy;
-- unique keys include it, and references between tenant-scoped rows include it too, so that the
-- database itself refuses a link from one street office's row to another's.

CREATE TABLE tenant (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    district    VARCHAR(100) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_tenant_code UNIQUE (code),
    INDEX ix_tenant_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    type          VARCHAR(16)  NOT NULL,
    contact_phone VARCHAR(32)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_unit_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_unit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE grid (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(32)   NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    road_segments    VARCHAR(1000) NULL,
    boundary_geojson MEDIUMTEXT    NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_grid_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_grid_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE staff (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(32)  NOT NULL,
    login         VARCHAR(64)  NOT NULL,
    name          VARCHAR(64)  NOT NULL,
    unit_id       BIGINT       NULL,
    roles         VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_login UNIQUE (tenant_id, login),
    CONSTRAINT fk_staff_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (code),
    CONSTRAINT fk_staff_unit FOREIGN KEY (tenant_id, unit_id) REFERENCES unit (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
