-- Point-in-time status: what a pledge and its items looked like at the end of any day, so that a
-- status snapshot for a past as-of date is computed from the history as it stood then and never
-- changes when computed again. Item statuses already have pledge_item_status_change; these two
-- tables keep the rest of what the schedule rule reads: each item's own target date and the
-- pledge's status. A row is written with every change (by the services, the demo data and the
-- dataset generator); the rows below backfill what the current values say, stamped with the time
-- they were last changed.
CREATE TABLE pledge_item_target_change (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    pledge_item_id BIGINT      NOT NULL,
    target_on      DATE        NULL,        -- NULL: the item's own target date was cleared
    changed_by     BIGINT      NULL,
    changed_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_target_change_pledge_item FOREIGN KEY (pledge_item_id) REFERENCES pledge_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_target_change_changed_by FOREIGN KEY (changed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_target_change_item ON pledge_item_target_change (pledge_item_id, changed_at);

CREATE TABLE pledge_status_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    pledge_id   BIGINT      NOT NULL,
    from_status VARCHAR(20) NOT NULL,
    to_status   VARCHAR(20) NOT NULL,
    changed_by  BIGINT      NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pledge_status_change_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT fk_pledge_status_change_changed_by FOREIGN KEY (changed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pledge_status_change_pledge ON pledge_status_change (pledge_id, changed_at);

/* [jooq ignore start] */
INSERT INTO pledge_item_target_change (pledge_item_id, target_on, changed_by, changed_at)
SELECT id, target_on, updated_by, updated_at FROM pledge_item WHERE target_on IS NOT NULL;

INSERT INTO pledge_status_change (pledge_id, from_status, to_status, changed_by, changed_at)
SELECT id, 'ACTIVE', status, NULL, COALESCE(closed_at, updated_at) FROM pledge WHERE status <> 'ACTIVE';
/* [jooq ignore stop] */
