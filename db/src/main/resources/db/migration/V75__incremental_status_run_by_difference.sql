-- The incremental pledge status run reads only what changed and keeps the roll-ups by difference (issue 7).
--
-- What changed: every pledge change (insert; a new progress revision, status, agency or signing date)
-- and every move of an agency to another state stamps the agency with the current change epoch
-- (agency_change), read under a shared lock held until the change commits. A run reads the epoch
-- when it starts and advances it when it ends; the advance waits for the changes stamped with the
-- old epoch to commit. So a run that starts with epoch e sees every change stamped before e, and its
-- date's basis records e: the next incremental run only looks at agencies stamped e or later.
-- Changers share the lock, so they do not wait for each other; only the advance, once per run, waits
-- for the changes in flight. (AFTER triggers on a table of their own: a BEFORE INSERT trigger on
-- pledge makes MariaDB 11.4 reject INSERT ... SELECT into pledge with "Column cannot be null".)
--
-- Roll-ups by difference: a removed agency row is subtracted from, a new one added to, the roll-ups
-- it counts in: NATIONAL, its STATE (stored with the row) and the PROVIDER and STAFF scopes of the
-- agency's TA assignments. That is only right while the assignments are the ones the roll-ups were
-- computed with, so every assignment change (and every move of a TA staff member to another
-- organization) bumps one revision, and a date's basis records the revision of its roll-ups. A run
-- that finds another revision recomputes the date's roll-ups from every agency row, as a full run does.
CREATE TABLE change_epoch (
    id    TINYINT NOT NULL,
    epoch BIGINT  NOT NULL,
    CONSTRAINT pk_change_epoch PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The latest epoch each agency was changed in.
CREATE TABLE agency_change (
    agency_id BIGINT NOT NULL,
    epoch     BIGINT NOT NULL,
    CONSTRAINT pk_agency_change PRIMARY KEY (agency_id),
    CONSTRAINT fk_agency_change_agency FOREIGN KEY (agency_id) REFERENCES organization (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_agency_change_epoch ON agency_change (epoch);

CREATE TABLE ta_assignment_revision (
    id       TINYINT NOT NULL,
    revision BIGINT  NOT NULL,
    CONSTRAINT pk_ta_assignment_revision PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per as-of date whose rows and roll-ups a run completed: the first change epoch they may
-- not reflect, and the assignment revision of the roll-ups. No row (a full run's clear step removes
-- it): the next incremental run compares every agency and recomputes the roll-ups from scratch.
CREATE TABLE pledge_snapshot_basis (
    as_of                  DATE   NOT NULL,
    change_epoch           BIGINT NOT NULL,
    ta_assignment_revision BIGINT NOT NULL,
    CONSTRAINT pk_pledge_snapshot_basis PRIMARY KEY (as_of)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Triggers, not the services, stamp and bump, so that every writer (the UI, demo data, the dataset
-- generator, imports, plain SQL) is seen. Deleting a user removes its assignments by cascade, which
-- fires no trigger of ta_agency_assignment, hence the user's own delete trigger.
/* [jooq ignore start] */
INSERT INTO change_epoch (id, epoch) VALUES (1, 1);
INSERT INTO ta_assignment_revision (id, revision) VALUES (1, 0);

-- The epoch's row is read in the SELECT that stamps, so that the shared lock is taken (and held)
-- exactly when a change is stamped: id 0 matches no row.
CREATE TRIGGER tr_pledge_added AFTER INSERT ON pledge FOR EACH ROW
INSERT INTO agency_change (agency_id, epoch)
SELECT NEW.agency_id, epoch FROM change_epoch WHERE id = 1 LOCK IN SHARE MODE
ON DUPLICATE KEY UPDATE epoch = VALUES(epoch);

CREATE TRIGGER tr_pledge_changed AFTER UPDATE ON pledge FOR EACH ROW
INSERT INTO agency_change (agency_id, epoch)
SELECT NEW.agency_id, epoch FROM change_epoch
WHERE id = IF(NEW.progress_revision <> OLD.progress_revision OR NEW.status <> OLD.status
                  OR NEW.agency_id <> OLD.agency_id OR NEW.signed_on <> OLD.signed_on, 1, 0)
LOCK IN SHARE MODE
ON DUPLICATE KEY UPDATE epoch = VALUES(epoch);

-- An agency's state is part of its snapshot row and picks its STATE roll-up.
CREATE TRIGGER tr_agency_moved AFTER UPDATE ON organization FOR EACH ROW
INSERT INTO agency_change (agency_id, epoch)
SELECT NEW.id, epoch FROM change_epoch WHERE id = IF(NEW.state <=> OLD.state, 0, 1) LOCK IN SHARE MODE
ON DUPLICATE KEY UPDATE epoch = VALUES(epoch);

CREATE TRIGGER tr_ta_assignment_added AFTER INSERT ON ta_agency_assignment FOR EACH ROW
UPDATE ta_assignment_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER tr_ta_assignment_changed AFTER UPDATE ON ta_agency_assignment FOR EACH ROW
UPDATE ta_assignment_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER tr_ta_assignment_removed AFTER DELETE ON ta_agency_assignment FOR EACH ROW
UPDATE ta_assignment_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER tr_ta_staff_moved AFTER UPDATE ON app_user FOR EACH ROW
UPDATE ta_assignment_revision SET revision = revision + 1
WHERE id = 1 AND NOT (NEW.organization_id <=> OLD.organization_id);

CREATE TRIGGER tr_ta_staff_removed AFTER DELETE ON app_user FOR EACH ROW
UPDATE ta_assignment_revision SET revision = revision + 1 WHERE id = 1;
/* [jooq ignore stop] */
