-- Text a user has typed but not yet saved (item notes, comments, TA request messages), kept per user
-- and place so that a closed tab or an expired session does not lose it. Only its owner reads it;
-- saving the real record discards it.
CREATE TABLE draft (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    context_key VARCHAR(100) NOT NULL,   -- e.g. ITEM_NOTES:42, TA_REQUEST_MESSAGE:7
    body        TEXT         NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_draft PRIMARY KEY (id),
    CONSTRAINT uq_draft_user_context UNIQUE (user_id, context_key),
    CONSTRAINT fk_draft_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each user created in the last seconds, by kind and a hash of the content, so that a double
-- click or a resent request returns the record the first one made instead of creating it twice.
-- Rows older than the window are deleted as new ones arrive.
CREATE TABLE recent_submission (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    user_id      BIGINT      NOT NULL,
    kind         VARCHAR(40) NOT NULL,
    content_hash CHAR(64)    NOT NULL,   -- SHA-256, hex
    created_id   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_recent_submission PRIMARY KEY (id),
    CONSTRAINT fk_recent_submission_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_recent_submission_lookup ON recent_submission (user_id, kind, content_hash, created_at);
