-- Sessions ended on every application node (issue 22). session_generation counts how often the account's
-- sessions have been ended: a password change or reset, disabling the account and a change of its role or
-- organization add 1 in the same transaction. A browser session keeps the number it signed in under (read in
-- the same row read as the password hash) and is refused once the account's number has moved on. A counter
-- needs no clock, so the nodes' clocks cannot disagree about it.
ALTER TABLE app_user ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
