-- Real rosters (the FBI's agency list): an agency may have a county and no city, keeps the FBI's own
-- name for its type, and a roster import is checked first and then imported or dropped by an admin.

ALTER TABLE organization ADD COLUMN county VARCHAR(100) NULL;
ALTER TABLE organization ADD COLUMN fbi_agency_type VARCHAR(50) NULL;

-- What the check found, what the admin decided, and the fingerprint of the check's outcome that the
-- import compares against, so that an import never applies what the admin did not see.
ALTER TABLE roster_import ADD COLUMN header_line TEXT NULL;
ALTER TABLE roster_import ADD COLUMN rows_new INT NOT NULL DEFAULT 0;
ALTER TABLE roster_import ADD COLUMN rows_changed INT NOT NULL DEFAULT 0;
ALTER TABLE roster_import ADD COLUMN rows_unchanged INT NOT NULL DEFAULT 0;
ALTER TABLE roster_import ADD COLUMN rows_rejected INT NOT NULL DEFAULT 0;
ALTER TABLE roster_import ADD COLUMN agencies_updated INT NOT NULL DEFAULT 0;
ALTER TABLE roster_import ADD COLUMN check_sha256 CHAR(64) NULL;
ALTER TABLE roster_import ADD COLUMN decided_by VARCHAR(100) NULL;

-- Every rejected row with its values as read (one CSV line) and why, for the CSV the admin corrects
-- and imports again. Unlike roster_import_error, not capped: the CSV must hold every rejected row.
CREATE TABLE roster_import_rejected_row (
    id         BIGINT  NOT NULL AUTO_INCREMENT,
    import_id  BIGINT  NOT NULL,
    line       BIGINT  NOT NULL,
    row_values TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    CONSTRAINT pk_roster_import_rejected_row PRIMARY KEY (id),
    CONSTRAINT fk_roster_import_rejected_row_import FOREIGN KEY (import_id) REFERENCES roster_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_roster_import_rejected_row_import ON roster_import_rejected_row (import_id, line);

-- One row per field of an existing agency (same ORI) that the file changes: shown old → new to the
-- admin before the import.
CREATE TABLE roster_import_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    import_id   BIGINT       NOT NULL,
    line        BIGINT       NOT NULL,
    ori         CHAR(9)      NOT NULL,
    agency_name VARCHAR(200) NOT NULL,
    field       VARCHAR(30)  NOT NULL,
    old_value   VARCHAR(200) NULL,
    new_value   VARCHAR(200) NULL,
    CONSTRAINT pk_roster_import_change PRIMARY KEY (id),
    CONSTRAINT fk_roster_import_change_import FOREIGN KEY (import_id) REFERENCES roster_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_roster_import_change_import ON roster_import_change (import_id, line);
