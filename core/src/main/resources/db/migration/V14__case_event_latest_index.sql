-- The portal's board asks every few seconds for the newest step of its street office's cases
-- (CaseQueries.latestChange); with this index MAX(id) per office is one look-up, not a range scan.
CREATE INDEX ix_case_event_latest ON case_event (tenant_id, id);
