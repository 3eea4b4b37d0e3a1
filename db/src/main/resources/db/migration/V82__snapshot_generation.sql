-- The generation of what the read API's agency status answers are made of (issue 7). The API keeps
-- answers in memory under the generation it read (one primary-key read per request), so a change
-- shows at once, in every JVM, whoever made it. Bumped in the transaction of the change:
--   * the pledge status job's clear step and roll-up step (full and incremental runs, in the
--     application or in the command-line runner's JVM) and the generator's roll-ups;
--   * TA staff assignments (a TA staff member reads the assigned agencies) are not counted here: V75
--     already counts them in ta_assignment_revision, and the API reads both counters together.
-- One row: a run rewrites one date, but the default answer is "the latest date", which any run can move.
CREATE TABLE snapshot_generation (
    id         TINYINT     NOT NULL,
    generation BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_snapshot_generation PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- jOOQ's code generator reads these scripts too; it needs the table, not the data or the triggers.
/* [jooq ignore start] */
INSERT INTO snapshot_generation (id, generation, changed_at) VALUES (1, 0, UTC_TIMESTAMP(6));
/* [jooq ignore stop] */
