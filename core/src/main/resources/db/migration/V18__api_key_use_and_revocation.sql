-- A street office's admin sees when each integrator's key was last used, and revokes a key for good.
ALTER TABLE api_key
    ADD COLUMN last_used_at DATETIME(6) NULL,
    ADD COLUMN revoked_at   DATETIME(6) NULL;
