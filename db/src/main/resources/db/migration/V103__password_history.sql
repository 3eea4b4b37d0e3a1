-- Earlier password hashes of each account (issue 20, finding 8: a password could be changed back to
-- the previous one). A change keeps the hash it replaces; pledgetrack.password.history (default 5)
-- says how many passwords, the current one included, a new one may not repeat. Older rows are deleted.
CREATE TABLE password_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    replaced_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_password_history_user ON password_history (user_id, id);
