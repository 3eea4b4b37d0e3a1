-- The pledge status job computes an as-of date from the status history as it stood at the end of
-- that day (V90), every agency every time, so the incremental run and what it relied on go: the
-- change epoch and the agencies stamped with it (V75), each date's basis, the per-pledge progress
-- revision (V70) and the item counts per focus area (V78), which held today's statuses only.
-- Kept: pledge_progress (V60), which the agency lists sort by, and ta_assignment_revision (V75),
-- which the read API's answers are cached under together with snapshot_generation (V82).
/* [jooq ignore start] */
DROP TRIGGER IF EXISTS tr_pledge_added;
DROP TRIGGER IF EXISTS tr_pledge_changed;
DROP TRIGGER IF EXISTS tr_agency_moved;
DROP TRIGGER IF EXISTS tr_pledge_item_area_counted;
DROP TRIGGER IF EXISTS tr_pledge_item_area_recounted;
DROP TRIGGER IF EXISTS tr_pledge_item_area_uncounted;
DROP TRIGGER IF EXISTS tr_pledge_item_progress_revised;
/* [jooq ignore stop] */
DROP TABLE pledge_snapshot_basis;
DROP TABLE agency_change;
DROP TABLE change_epoch;
DROP TABLE pledge_area_progress;
ALTER TABLE pledge DROP COLUMN progress_revision;
ALTER TABLE agency_snapshot DROP COLUMN progress_revision;
