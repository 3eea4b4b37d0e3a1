-- The agency lists (TA portfolio, overseer agencies, API) page and sort 18,000 agencies in the
-- database (issue 7). Counting 450,000 item rows for every page took seconds, so each pledge's
-- item counts are kept in pledge_progress, and the organization indexes serve the name and state
-- orders directly, so a page reads its 50 rows instead of sorting every agency.

-- Name order within agencies, and state order (then name) within agencies, each from one index.
CREATE INDEX ix_organization_kind_name ON organization (kind, name);
CREATE INDEX ix_organization_kind_state_name ON organization (kind, state, name);
DROP INDEX ix_organization_kind_state ON organization;

-- Item counts of each pledge, kept by the triggers below, so that every writer of pledge_item (the
-- workflow, demo data, the dataset generator, imports) keeps them right without knowing of them.
CREATE TABLE pledge_progress (
    pledge_id               BIGINT      NOT NULL,
    items_total             INT         NOT NULL DEFAULT 0,
    submitted               INT         NOT NULL DEFAULT 0,
    verified                INT         NOT NULL DEFAULT 0,
    last_agency_activity_at DATETIME(6) NULL,
    CONSTRAINT pk_pledge_progress PRIMARY KEY (pledge_id),
    CONSTRAINT fk_pledge_progress_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- jOOQ's code generator reads these scripts too; it needs the table, not the data or the triggers.
/* [jooq ignore start] */
INSERT INTO pledge_progress (pledge_id, items_total, submitted, verified, last_agency_activity_at)
SELECT pledge_id, COUNT(*), SUM(status = 'SUBMITTED'), SUM(status = 'VERIFIED'), MAX(last_agency_activity_at)
FROM pledge_item
GROUP BY pledge_id;

CREATE TRIGGER tr_pledge_item_counted AFTER INSERT ON pledge_item FOR EACH ROW
INSERT INTO pledge_progress (pledge_id, items_total, submitted, verified, last_agency_activity_at)
VALUES (NEW.pledge_id, 1, NEW.status = 'SUBMITTED', NEW.status = 'VERIFIED', NEW.last_agency_activity_at)
ON DUPLICATE KEY UPDATE
    items_total = items_total + 1,
    submitted = submitted + VALUES(submitted),
    verified = verified + VALUES(verified),
    last_agency_activity_at = GREATEST(COALESCE(last_agency_activity_at, VALUES(last_agency_activity_at)),
                                       COALESCE(VALUES(last_agency_activity_at), last_agency_activity_at));

-- The latest activity is read again (25 rows by index) only when an item's own time changed, since
-- it may also move back or be cleared.
CREATE TRIGGER tr_pledge_item_recounted AFTER UPDATE ON pledge_item FOR EACH ROW
UPDATE pledge_progress
SET submitted = submitted + (NEW.status = 'SUBMITTED') - (OLD.status = 'SUBMITTED'),
    verified = verified + (NEW.status = 'VERIFIED') - (OLD.status = 'VERIFIED'),
    last_agency_activity_at = IF(NEW.last_agency_activity_at <=> OLD.last_agency_activity_at, last_agency_activity_at,
        (SELECT MAX(item.last_agency_activity_at) FROM pledge_item item WHERE item.pledge_id = NEW.pledge_id))
WHERE pledge_id = NEW.pledge_id;

CREATE TRIGGER tr_pledge_item_uncounted AFTER DELETE ON pledge_item FOR EACH ROW
UPDATE pledge_progress
SET items_total = items_total - 1,
    submitted = submitted - (OLD.status = 'SUBMITTED'),
    verified = verified - (OLD.status = 'VERIFIED'),
    last_agency_activity_at = (SELECT MAX(item.last_agency_activity_at) FROM pledge_item item
                               WHERE item.pledge_id = OLD.pledge_id)
WHERE pledge_id = OLD.pledge_id;
/* [jooq ignore stop] */
