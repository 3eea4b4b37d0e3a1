-- Change tracking for the incremental pledge status run (issue 7).
-- pledge.progress_revision counts the changes that can change the pledge's status snapshot (item
-- status, submission, activity, pledge status); core bumps it in the same transaction as the change.
-- agency_snapshot.progress_revision is the revision the row was computed from: a row whose revision,
-- pledge, pledge status or state differs from the agency's current pledge is stale, and only stale
-- or missing rows are recomputed by a run with changedOnly=true.
ALTER TABLE pledge ADD COLUMN progress_revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE agency_snapshot ADD COLUMN progress_revision BIGINT NOT NULL DEFAULT 0;
