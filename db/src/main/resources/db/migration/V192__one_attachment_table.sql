-- Deliverable attachments and progress-report attachments in one table, each row saying what it is
-- attached to (owner, with the deliverable or the report). The two tables counted ids from 1 each, and the
-- audit log names an attachment by its kind and id: deliverable attachments keep their ids, report
-- attachments get new ones above every deliverable attachment id (also of rows since deleted with their
-- deliverable, which the audit log still names), and the audit entries about report attachments move to
-- the new ids. Every row keeps its storage key, so no stored file moves.
CREATE TABLE attachment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    owner             VARCHAR(20)  NOT NULL,   -- DELIVERABLE or PROGRESS_REPORT
    deliverable_id    BIGINT       NULL,
    report_id         BIGINT       NULL,
    label             VARCHAR(100) NULL,       -- a deliverable's files only: agenda, sign-in sheet, ...
    original_filename VARCHAR(255) NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    storage_key       VARCHAR(100) NOT NULL,
    uploaded_by       BIGINT       NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    removed_at        DATETIME(6)  NULL,
    removed_by        BIGINT       NULL,
    file_deleted_at   DATETIME(6)  NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT uq_attachment_storage_key UNIQUE (storage_key),
    CONSTRAINT ck_attachment_owner CHECK (
        (owner = 'DELIVERABLE' AND deliverable_id IS NOT NULL AND report_id IS NULL AND label IS NOT NULL)
        OR (owner = 'PROGRESS_REPORT' AND report_id IS NOT NULL AND deliverable_id IS NULL AND label IS NULL)),
    CONSTRAINT fk_attachment_of_deliverable FOREIGN KEY (deliverable_id) REFERENCES ta_deliverable (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_attachment_of_report FOREIGN KEY (report_id) REFERENCES grantee_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_attachment_remover FOREIGN KEY (removed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_of_deliverable ON attachment (deliverable_id);
CREATE INDEX ix_attachment_of_report ON attachment (report_id);
CREATE INDEX ix_attachment_uploads ON attachment (uploaded_by, uploaded_at);
CREATE INDEX ix_attachment_removals ON attachment (removed_at);

/* [jooq ignore start] */
INSERT INTO attachment (id, owner, deliverable_id, report_id, label, original_filename, content_type, size_bytes,
                        sha256, storage_key, uploaded_by, uploaded_at, removed_at, removed_by, file_deleted_at)
SELECT id, 'DELIVERABLE', deliverable_id, NULL, label, original_filename, content_type, size_bytes, sha256,
       storage_key, uploaded_by, uploaded_at, removed_at, removed_by, file_deleted_at
FROM deliverable_attachment;

SET @report_id_offset = GREATEST(
        (SELECT COALESCE(MAX(id), 0) FROM deliverable_attachment),
        (SELECT COALESCE(MAX(entity_id), 0) FROM audit_log WHERE entity_type = 'DELIVERABLE_ATTACHMENT'));

INSERT INTO attachment (id, owner, deliverable_id, report_id, label, original_filename, content_type, size_bytes,
                        sha256, storage_key, uploaded_by, uploaded_at, removed_at, removed_by, file_deleted_at)
SELECT id + @report_id_offset, 'PROGRESS_REPORT', NULL, report_id, NULL, original_filename, content_type, size_bytes,
       sha256, storage_key, uploaded_by, uploaded_at, removed_at, removed_by, file_deleted_at
FROM grantee_report_attachment;

UPDATE audit_log SET entity_id = entity_id + @report_id_offset WHERE entity_type = 'GRANTEE_REPORT_ATTACHMENT';

-- New attachments get ids no audit entry names yet, also where the audit log names rows deleted since.
SET @next_attachment_id = 1 + GREATEST(
        (SELECT COALESCE(MAX(id), 0) FROM attachment),
        (SELECT COALESCE(MAX(entity_id), 0) FROM audit_log
         WHERE entity_type IN ('DELIVERABLE_ATTACHMENT', 'GRANTEE_REPORT_ATTACHMENT')));
SET @raise_next_id = CONCAT('ALTER TABLE attachment AUTO_INCREMENT = ', @next_attachment_id);
PREPARE raise_next_id FROM @raise_next_id;
EXECUTE raise_next_id;
DEALLOCATE PREPARE raise_next_id;
/* [jooq ignore stop] */

DROP TABLE grantee_report_attachment;
DROP TABLE deliverable_attachment;
