-- Lockouts that protect instead of harm (issue 20). lockout_streak counts an account's lockouts in a
-- row: it picks the next lock's length from pledgetrack.login.lock-durations, goes back to 0 after a
-- good sign-in or an unlock, and a new lock starts over at 1 once a day (lock-streak-resets-after)
-- has passed since the last lock ended. failed_login_count starts again at 0 with every lock.
ALTER TABLE app_user ADD COLUMN lockout_streak INT NOT NULL DEFAULT 0;
-- Accounts locked before this version kept their count past the lock, so that one wrong password
-- locked them again; they start from 0 like a lock made now, as the first lockout of a streak.
-- (jOOQ's code generator reads these scripts too; it needs the columns, not the data.)
/* [jooq ignore start] */
UPDATE app_user SET failed_login_count = 0, lockout_streak = 1 WHERE locked_until IS NOT NULL;
/* [jooq ignore stop] */

-- Failed sign-ins per source address, kept in the database so that the address limit holds across
-- the nodes of one database and across restarts. Rows older than the address window are deleted.
CREATE TABLE sign_in_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    address   VARCHAR(100) NOT NULL,
    failed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (address, failed_at);
CREATE INDEX ix_sign_in_failure_failed_at ON sign_in_failure (failed_at);
