-- Uploads are bounded per organization (the files its users uploaded that are still kept) and per user
-- (what they uploaded lately); both are summed from these rows by uploader and time.
CREATE INDEX ix_evidence_uploaded_by ON evidence (uploaded_by, uploaded_at);
CREATE INDEX ix_attachment_uploaded_by ON deliverable_attachment (uploaded_by, uploaded_at);

-- The bytes of a removed file are deleted once its undo period is over; the row stays with the file's
-- name and SHA-256 and says when its bytes were deleted.
ALTER TABLE evidence ADD COLUMN file_deleted_at DATETIME(6) NULL;
ALTER TABLE deliverable_attachment ADD COLUMN file_deleted_at DATETIME(6) NULL;
CREATE INDEX ix_evidence_removed ON evidence (removed_at);
CREATE INDEX ix_attachment_removed ON deliverable_attachment (removed_at);
