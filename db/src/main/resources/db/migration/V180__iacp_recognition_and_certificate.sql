-- Recognition as IACP gives it (issue 18). IACP publicly recognizes a member agency once it is
-- committed in all six focus areas, and gives a certificate of completion once all 25 items are
-- done; both are IACP's acts, recorded by an overseer with their dates. Recognition is no longer a
-- pledge status (it was a step after COMPLETED that TA staff could take): a recognized agency may
-- still be working through its items.
ALTER TABLE pledge
    ADD COLUMN recognized_on  DATE   NULL,
    ADD COLUMN recognized_by  BIGINT NULL,
    ADD COLUMN certificate_on DATE   NULL,
    ADD COLUMN certified_by   BIGINT NULL;
ALTER TABLE pledge ADD CONSTRAINT fk_pledge_recognized_by FOREIGN KEY (recognized_by) REFERENCES app_user (id) ON DELETE SET NULL;
ALTER TABLE pledge ADD CONSTRAINT fk_pledge_certified_by FOREIGN KEY (certified_by) REFERENCES app_user (id) ON DELETE SET NULL;

/* [jooq ignore start] */
-- A pledge marked RECOGNIZED was a completed pledge that someone then marked recognized: it stays
-- completed, and the day it was marked becomes its recognition date, recorded by whoever marked it
-- (the status history says who). No certificate date is invented: the old mark did not record one,
-- and an overseer can add it.
UPDATE pledge p
SET p.recognized_on = DATE(p.closed_at),
    p.recognized_by = (SELECT c.changed_by FROM pledge_status_change c
                       WHERE c.pledge_id = p.id AND c.to_status = 'RECOGNIZED'
                       ORDER BY c.changed_at DESC, c.id DESC LIMIT 1),
    p.status = 'COMPLETED'
WHERE p.status = 'RECOGNIZED';

-- The status history drops the COMPLETED -> RECOGNIZED steps (the pledge stayed completed); the
-- audit log keeps them as they were recorded.
DELETE FROM pledge_status_change WHERE to_status = 'RECOGNIZED' AND from_status = 'COMPLETED';

-- Snapshots that showed such a pledge as RECOGNIZED show it as it was: completed.
UPDATE agency_snapshot SET pledge_status = 'COMPLETED' WHERE pledge_status = 'RECOGNIZED';
/* [jooq ignore stop] */
