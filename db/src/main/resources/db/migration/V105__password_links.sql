-- One-time links to set a password: an admin's invitation or a "Forgot password?" reset. Only the
-- SHA-256 of the link's secret is kept, so a copy of the database cannot be used to sign in. A link
-- is used once (used_at), expires (expires_at) and is revoked when a newer link is made for the same
-- account, when the password is set, or when the account is disabled.
CREATE TABLE password_link (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,   -- INVITATION, RESET
    token_hash  CHAR(64)     NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    revoked_at  DATETIME(6)  NULL,
    CONSTRAINT pk_password_link PRIMARY KEY (id),
    CONSTRAINT uq_password_link_token UNIQUE (token_hash),
    CONSTRAINT fk_password_link_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_password_link_user ON password_link (user_id, purpose, expires_at);

-- "Forgot password?" requests, counted per source address and per account in the database so that
-- the limits hold on every node and across restarts. user_id is NULL when no account matched.
-- Rows older than the counting window are deleted.
CREATE TABLE password_reset_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    address      VARCHAR(100) NOT NULL,
    user_id      BIGINT       NULL,
    requested_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_password_reset_request PRIMARY KEY (id),
    CONSTRAINT fk_password_reset_request_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_password_reset_request_address ON password_reset_request (address, requested_at);
CREATE INDEX ix_password_reset_request_user ON password_reset_request (user_id, requested_at);
CREATE INDEX ix_password_reset_request_requested_at ON password_reset_request (requested_at);

-- The roster import that created an account, so that its people can be invited in one step.
ALTER TABLE app_user ADD COLUMN roster_import_id BIGINT NULL;
CREATE INDEX ix_app_user_roster_import ON app_user (roster_import_id);
