-- Sign-in lockout: consecutive failed sign-ins of a staff account, and until when it is locked after
-- too many of them (StaffSignIn). A successful sign-in resets both.
ALTER TABLE staff
    ADD COLUMN failed_sign_ins INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until    DATETIME(6) NULL;
