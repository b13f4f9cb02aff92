-- A one-time password (a new account's, or one an admin reset) must be replaced at the next sign-in.
ALTER TABLE staff ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
