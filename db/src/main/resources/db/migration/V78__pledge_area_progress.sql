-- Item counts of each pledge per focus area, kept by the triggers below, so that the pledge status
-- job reads 6 rows per agency instead of grouping its 25 items: at 18,000 agencies that grouping
-- of 450,000 rows was most of the job's reading (issue 7). Like pledge_progress (V60), every writer
-- of pledge_item keeps these right without knowing of them.
CREATE TABLE pledge_area_progress (
    pledge_id               BIGINT      NOT NULL,
    focus_area_id           BIGINT      NOT NULL,
    items_total             INT         NOT NULL DEFAULT 0,
    not_started             INT         NOT NULL DEFAULT 0,
    in_progress             INT         NOT NULL DEFAULT 0,
    submitted               INT         NOT NULL DEFAULT 0,
    returned                INT         NOT NULL DEFAULT 0,
    verified                INT         NOT NULL DEFAULT 0,
    last_agency_activity_at DATETIME(6) NULL,
    -- the oldest submission still waiting for review
    oldest_submitted_at     DATETIME(6) NULL,
    CONSTRAINT pk_pledge_area_progress PRIMARY KEY (pledge_id, focus_area_id),
    CONSTRAINT fk_pledge_area_progress_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- jOOQ's code generator reads these scripts too; it needs the table, not the data or the triggers.
/* [jooq ignore start] */
INSERT INTO pledge_area_progress (pledge_id, focus_area_id, items_total, not_started, in_progress, submitted,
                                  returned, verified, last_agency_activity_at, oldest_submitted_at)
SELECT pi.pledge_id, ci.focus_area_id, COUNT(*), SUM(pi.status = 'NOT_STARTED'), SUM(pi.status = 'IN_PROGRESS'),
       SUM(pi.status = 'SUBMITTED'), SUM(pi.status = 'RETURNED'), SUM(pi.status = 'VERIFIED'),
       MAX(pi.last_agency_activity_at), MIN(CASE WHEN pi.status = 'SUBMITTED' THEN pi.submitted_at END)
FROM pledge_item pi JOIN catalog_item ci ON ci.id = pi.catalog_item_id
GROUP BY pi.pledge_id, ci.focus_area_id;

CREATE TRIGGER tr_pledge_item_area_counted AFTER INSERT ON pledge_item FOR EACH ROW
INSERT INTO pledge_area_progress (pledge_id, focus_area_id, items_total, not_started, in_progress, submitted,
                                  returned, verified, last_agency_activity_at, oldest_submitted_at)
SELECT NEW.pledge_id, ci.focus_area_id, 1, NEW.status = 'NOT_STARTED', NEW.status = 'IN_PROGRESS',
       NEW.status = 'SUBMITTED', NEW.status = 'RETURNED', NEW.status = 'VERIFIED', NEW.last_agency_activity_at,
       IF(NEW.status = 'SUBMITTED', NEW.submitted_at, NULL)
FROM catalog_item ci WHERE ci.id = NEW.catalog_item_id
ON DUPLICATE KEY UPDATE
    items_total = items_total + 1,
    not_started = not_started + VALUES(not_started),
    in_progress = in_progress + VALUES(in_progress),
    submitted = submitted + VALUES(submitted),
    returned = returned + VALUES(returned),
    verified = verified + VALUES(verified),
    last_agency_activity_at = GREATEST(COALESCE(last_agency_activity_at, VALUES(last_agency_activity_at)),
                                       COALESCE(VALUES(last_agency_activity_at), last_agency_activity_at)),
    oldest_submitted_at = LEAST(COALESCE(oldest_submitted_at, VALUES(oldest_submitted_at)),
                                COALESCE(VALUES(oldest_submitted_at), oldest_submitted_at));

-- The latest activity and the oldest waiting submission are read again (the area's few items, by
-- index) only when they may have moved the other way; the counts move by the status change.
CREATE TRIGGER tr_pledge_item_area_recounted AFTER UPDATE ON pledge_item FOR EACH ROW
UPDATE pledge_area_progress pap JOIN catalog_item ci ON ci.id = NEW.catalog_item_id
SET pap.not_started = pap.not_started + (NEW.status = 'NOT_STARTED') - (OLD.status = 'NOT_STARTED'),
    pap.in_progress = pap.in_progress + (NEW.status = 'IN_PROGRESS') - (OLD.status = 'IN_PROGRESS'),
    pap.submitted = pap.submitted + (NEW.status = 'SUBMITTED') - (OLD.status = 'SUBMITTED'),
    pap.returned = pap.returned + (NEW.status = 'RETURNED') - (OLD.status = 'RETURNED'),
    pap.verified = pap.verified + (NEW.status = 'VERIFIED') - (OLD.status = 'VERIFIED'),
    pap.last_agency_activity_at = IF(NEW.last_agency_activity_at <=> OLD.last_agency_activity_at,
        pap.last_agency_activity_at,
        (SELECT MAX(item.last_agency_activity_at) FROM pledge_item item
         JOIN catalog_item area_item ON area_item.id = item.catalog_item_id
         WHERE item.pledge_id = NEW.pledge_id AND area_item.focus_area_id = ci.focus_area_id)),
    pap.oldest_submitted_at = IF(NEW.status <=> OLD.status AND NEW.submitted_at <=> OLD.submitted_at,
        pap.oldest_submitted_at,
        (SELECT MIN(item.submitted_at) FROM pledge_item item
         JOIN catalog_item area_item ON area_item.id = item.catalog_item_id
         WHERE item.pledge_id = NEW.pledge_id AND area_item.focus_area_id = ci.focus_area_id
           AND item.status = 'SUBMITTED'))
WHERE pap.pledge_id = NEW.pledge_id AND pap.focus_area_id = ci.focus_area_id;

CREATE TRIGGER tr_pledge_item_area_uncounted AFTER DELETE ON pledge_item FOR EACH ROW
UPDATE pledge_area_progress pap JOIN catalog_item ci ON ci.id = OLD.catalog_item_id
SET pap.items_total = pap.items_total - 1,
    pap.not_started = pap.not_started - (OLD.status = 'NOT_STARTED'),
    pap.in_progress = pap.in_progress - (OLD.status = 'IN_PROGRESS'),
    pap.submitted = pap.submitted - (OLD.status = 'SUBMITTED'),
    pap.returned = pap.returned - (OLD.status = 'RETURNED'),
    pap.verified = pap.verified - (OLD.status = 'VERIFIED'),
    pap.last_agency_activity_at = (SELECT MAX(item.last_agency_activity_at) FROM pledge_item item
         JOIN catalog_item area_item ON area_item.id = item.catalog_item_id
         WHERE item.pledge_id = OLD.pledge_id AND area_item.focus_area_id = ci.focus_area_id),
    pap.oldest_submitted_at = (SELECT MIN(item.submitted_at) FROM pledge_item item
         JOIN catalog_item area_item ON area_item.id = item.catalog_item_id
         WHERE item.pledge_id = OLD.pledge_id AND area_item.focus_area_id = ci.focus_area_id
           AND item.status = 'SUBMITTED')
WHERE pap.pledge_id = OLD.pledge_id AND pap.focus_area_id = ci.focus_area_id;

-- The progress revision (V70) moves with every change of an item that can change the pledge's status
-- snapshot (status, submission, activity), in the transaction of the change, whoever writes it (code
-- bumped it by hand before; a writer that forgot would have left the incremental run blind to its
-- change). Items are only ever added with their new pledge, which has no snapshot row yet, so inserts
-- need no revision. The pledge's own status has one writer, which bumps it in the same statement: a
-- BEFORE UPDATE trigger on pledge made MariaDB 11.4 refuse INSERT ... SELECT into pledge.
CREATE TRIGGER tr_pledge_item_progress_revised AFTER UPDATE ON pledge_item FOR EACH ROW
UPDATE pledge SET progress_revision = progress_revision + 1
WHERE id = NEW.pledge_id
  AND NOT (NEW.status <=> OLD.status AND NEW.submitted_at <=> OLD.submitted_at
           AND NEW.last_agency_activity_at <=> OLD.last_agency_activity_at);
/* [jooq ignore stop] */
