-- How notifications reach a user by e-mail, chosen per topic (TA requests, reviews, comments,
-- assignments, reminders, account locks) instead of once for everything. No row means at once.
-- notification_preference keeps only the daily digest's bookkeeping.
CREATE TABLE notification_topic_preference (
    user_id         BIGINT      NOT NULL,
    topic           VARCHAR(30) NOT NULL,   -- NotificationTopic
    email_delivery  VARCHAR(20) NOT NULL,   -- IMMEDIATELY, DAILY_DIGEST, OFF
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_notification_topic_preference PRIMARY KEY (user_id, topic),
    CONSTRAINT fk_notification_topic_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

/* [jooq ignore start] */
-- Whoever chose before keeps that choice for every topic.
INSERT INTO notification_topic_preference (user_id, topic, email_delivery, updated_at)
SELECT p.user_id, t.topic, p.email_delivery, p.updated_at
FROM notification_preference p
CROSS JOIN (SELECT 'TA_REQUESTS' AS topic UNION ALL SELECT 'REVIEWS' UNION ALL SELECT 'COMMENTS'
            UNION ALL SELECT 'ASSIGNMENTS' UNION ALL SELECT 'REMINDERS' UNION ALL SELECT 'ACCOUNTS') t;
/* [jooq ignore stop] */

ALTER TABLE notification_preference DROP COLUMN email_delivery;
