-- Agency roster imports (issue 8): one row per uploaded CSV file and one per refused row.
-- An import is all or nothing: status IMPORTED means every row of the file is in organization/app_user.
CREATE TABLE roster_import (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    file_sha256       CHAR(64)     NOT NULL,
    original_name     VARCHAR(255) NOT NULL,
    status            VARCHAR(20)  NOT NULL,   -- VALIDATING, INVALID, IMPORTING, IMPORTED, UNCHANGED, FAILED
    rows_read         INT          NOT NULL DEFAULT 0,
    error_count       INT          NOT NULL DEFAULT 0,
    agencies_created  INT          NOT NULL DEFAULT 0,
    users_created     INT          NOT NULL DEFAULT 0,
    message           VARCHAR(1000) NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    finished_at       DATETIME(6)  NULL,
    CONSTRAINT pk_roster_import PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_roster_import_sha256 ON roster_import (file_sha256, status);

CREATE TABLE roster_import_error (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    import_id  BIGINT        NOT NULL,
    line       BIGINT        NOT NULL,
    field      VARCHAR(50)   NULL,
    message    VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_roster_import_error PRIMARY KEY (id),
    CONSTRAINT fk_roster_import_error_import FOREIGN KEY (import_id) REFERENCES roster_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_roster_import_error_import ON roster_import_error (import_id, line);
