-- Files kept in the database (pledgetrack.files.store=database), so that every application node can read
-- what any node stored: evidence, attachments, report files and roster uploads. A file is a row here and its
-- bytes are chunks of at most 1 MiB, written and read one chunk at a time so that no file is ever whole in
-- memory. size_bytes and sha256 are set when the last chunk is written (completed_at); a file without them was
-- never finished and cannot be opened. Reads check the SHA-256. With the default local store these stay empty.
CREATE TABLE stored_file (
    storage_key  CHAR(32)    NOT NULL,   -- the random key the evidence, attachment or report row refers to
    size_bytes   BIGINT      NULL,
    sha256       CHAR(64)    NULL,
    created_at   DATETIME(6) NOT NULL,
    completed_at DATETIME(6) NULL,
    CONSTRAINT pk_stored_file PRIMARY KEY (storage_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stored_file_chunk (
    storage_key CHAR(32)   NOT NULL,
    chunk_no    INT        NOT NULL,    -- 0, 1, 2, ... in file order
    data        MEDIUMBLOB NOT NULL,
    CONSTRAINT pk_stored_file_chunk PRIMARY KEY (storage_key, chunk_no),
    CONSTRAINT fk_stored_file_chunk_file FOREIGN KEY (storage_key) REFERENCES stored_file (storage_key)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
