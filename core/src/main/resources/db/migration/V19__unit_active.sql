-- A member unit is never deleted (its cases keep pointing at it); it can be deactivated, after which
-- routing and dispatch no longer offer it.
ALTER TABLE unit ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
