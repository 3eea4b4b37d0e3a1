-- Who last changed a grant record, so an optimistic-locking conflict can name the person.
ALTER TABLE ta_deliverable ADD COLUMN updated_by BIGINT NULL;
ALTER TABLE ta_deliverable ADD CONSTRAINT fk_ta_deliverable_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL;
ALTER TABLE ta_request ADD COLUMN updated_by BIGINT NULL;
ALTER TABLE ta_request ADD CONSTRAINT fk_ta_request_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL;
ALTER TABLE grantee_report ADD COLUMN updated_by BIGINT NULL;
ALTER TABLE grantee_report ADD COLUMN updated_at DATETIME(6) NULL;
ALTER TABLE grantee_report ADD CONSTRAINT fk_grantee_report_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL;
CREATE INDEX ix_notification_user_created ON notification (user_id, created_at);
