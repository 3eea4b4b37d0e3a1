-- Each user's choice of how notifications reach them by e-mail: at once, in one daily digest, or
-- never (the in-app bell always shows them). No row means at once. The digest day is kept so that
-- the digest goes out once a day, whichever node runs the reminder job and across restarts.
CREATE TABLE notification_preference (
    user_id         BIGINT      NOT NULL,
    email_delivery  VARCHAR(20) NOT NULL,   -- IMMEDIATELY, DAILY_DIGEST, OFF
    last_digest_on  DATE        NULL,
    last_digest_at  DATETIME(6) NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_notification_preference PRIMARY KEY (user_id),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The mailer asks for the notifications not e-mailed yet.
CREATE INDEX ix_notification_not_emailed ON notification (emailed_at, created_at);
