-- The street office's own outline (grids must lie inside it) and the inspector each grid is handed to,
-- besides its squad.
ALTER TABLE tenant ADD COLUMN boundary_geojson MEDIUMTEXT NULL;
ALTER TABLE staff ADD CONSTRAINT uk_staff_tenant_id UNIQUE (tenant_id, id);
ALTER TABLE grid ADD COLUMN inspector_id BIGINT NULL,
    ADD CONSTRAINT fk_grid_inspector FOREIGN KEY (tenant_id, inspector_id) REFERENCES staff (tenant_id, id);
