-- Progress reports with content: the grantee answers the standard questions, reports the period's
-- activity counts and attaches files in the app; the overseer accepts or returns the report.
-- Quarterly data are now gathered inside the semi-annual reports, so the calendar keeps only the
-- semi-annual progress reports and the final report.

ALTER TABLE grantee_report ADD COLUMN state VARCHAR(20) NOT NULL DEFAULT 'NOT_STARTED';   -- NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED
ALTER TABLE grantee_report ADD COLUMN accomplishments TEXT NULL;
ALTER TABLE grantee_report ADD COLUMN goals_met TEXT NULL;
ALTER TABLE grantee_report ADD COLUMN problems TEXT NULL;
ALTER TABLE grantee_report ADD COLUMN assistance_needed TEXT NULL;
ALTER TABLE grantee_report ADD COLUMN submitted_by BIGINT NULL;
ALTER TABLE grantee_report ADD COLUMN reviewed_by BIGINT NULL;
ALTER TABLE grantee_report ADD COLUMN reviewed_at DATETIME(6) NULL;
ALTER TABLE grantee_report ADD COLUMN review_comment VARCHAR(2000) NULL;
ALTER TABLE grantee_report ADD CONSTRAINT fk_grantee_report_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id) ON DELETE SET NULL;
ALTER TABLE grantee_report ADD CONSTRAINT fk_grantee_report_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES app_user (id) ON DELETE SET NULL;

-- The activity measures a program's grantees report each period: data, so a program's set can
-- change without a release.
CREATE TABLE program_measure (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    program  VARCHAR(20)  NOT NULL,
    code     VARCHAR(50)  NOT NULL,
    label    VARCHAR(200) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uq_program_measure UNIQUE (program, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grantee_report_measure (
    report_id  BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    value      INT    NOT NULL,
    PRIMARY KEY (report_id, measure_id),
    CONSTRAINT fk_grm_report FOREIGN KEY (report_id) REFERENCES grantee_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_grm_measure FOREIGN KEY (measure_id) REFERENCES program_measure (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_grm_measure ON grantee_report_measure (measure_id);

CREATE TABLE grantee_report_attachment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    report_id         BIGINT       NOT NULL,
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
    PRIMARY KEY (id),
    CONSTRAINT uq_grantee_report_attachment_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_gra_report FOREIGN KEY (report_id) REFERENCES grantee_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_gra_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_gra_removed_by FOREIGN KEY (removed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_gra_report ON grantee_report_attachment (report_id);

/* [jooq ignore start] */
INSERT INTO program_measure (program, code, label, position) VALUES
    ('BCJI', 'TA_SESSIONS_ATTENDED', 'TA sessions attended', 1),
    ('BCJI', 'COMMUNITY_MEETINGS', 'Community meetings held', 2),
    ('BCJI', 'PEOPLE_SERVED', 'People served', 3),
    ('BCJI', 'PARTNER_MEETINGS', 'Cross-sector partner meetings held', 4);

-- Reports recorded before they had content were submitted to the funder outside the app: they
-- become submitted reports awaiting the overseer, with the submitted date they had.
UPDATE grantee_report SET state = 'SUBMITTED' WHERE submitted_on IS NOT NULL;

-- Quarterly performance measures are no longer separate obligations.
DELETE FROM grantee_report WHERE kind = 'PERFORMANCE_MEASURES';

-- The half year in which the award ends is reported by the final report, not by a semi-annual
-- one; such a semi-annual report already submitted stays as history.
DELETE FROM grantee_report
 WHERE kind = 'PROGRESS_REPORT' AND submitted_on IS NULL
   AND period_end >= (SELECT g.end_on FROM bcji_grant g WHERE g.id = grantee_report.grant_id);

-- The final report's counts cover that last half year (its narrative covers the whole award).
UPDATE grantee_report
   SET period_start = (SELECT GREATEST(g.start_on,
                                       DATE_ADD(DATE_SUB(g.end_on, INTERVAL DAYOFYEAR(g.end_on) - 1 DAY),
                                                INTERVAL IF(MONTH(g.end_on) > 6, 6, 0) MONTH))
                         FROM bcji_grant g WHERE g.id = grantee_report.grant_id)
 WHERE kind = 'FINAL_REPORT' AND submitted_on IS NULL;
/* [jooq ignore stop] */
