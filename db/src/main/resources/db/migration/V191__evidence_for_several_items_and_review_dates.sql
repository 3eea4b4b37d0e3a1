-- Evidence that serves several items (issue 18): one published policy is evidence for, say, items 2 and 5.
-- Each item's use of it stays an evidence row of its own (so removing it from one item, and its undo, touch
-- only that item), and the rows share the stored file: attached_from_id names the row it was attached
-- from, and the file's bytes are deleted only when no row that uses them is kept.
ALTER TABLE evidence ADD COLUMN attached_from_id BIGINT NULL;
ALTER TABLE evidence ADD CONSTRAINT fk_evidence_attached_from
    FOREIGN KEY (attached_from_id) REFERENCES evidence (id) ON DELETE SET NULL;
-- When the policy took effect, and when the agency means to review it (a reminder when that date passes).
ALTER TABLE evidence ADD COLUMN effective_on DATE NULL;
ALTER TABLE evidence ADD COLUMN review_by DATE NULL;
CREATE INDEX ix_evidence_review_by ON evidence (review_by);
CREATE INDEX ix_evidence_storage_key ON evidence (storage_key);

/* [jooq ignore start] */
-- Several rows now share a storage key. Only the database loses the unique key: jOOQ's model may keep it,
-- no code relies on it.
ALTER TABLE evidence DROP INDEX uq_evidence_storage_key;
/* [jooq ignore stop] */
