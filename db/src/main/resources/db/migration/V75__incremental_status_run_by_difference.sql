-- The incremental pledge status run reads only what changed and keeps the roll-ups by difference (issue 7).
--
-- What changed: every pledge change (insert; a new progress revision, status, agency or signing date)
-- is stamped with the current change epoch, read under a shared lock until the change commits. A run
-- reads the epoch when it starts and advances it when it ends; the advance waits for the changes
-- stamped with the old epoch to commit. So a run that starts with epoch e sees every change stamped
-- before e, and its date's basis records e: the next incremental run only looks at agencies with a
-- pledge stamped e or later. Changers share the lock, so they do not wait for each other; only the
-- advance, once per run, waits for the changes in flight.
--
-- Roll-ups by difference: a removed agency row is subtracted from, a new one added to, the roll-ups
-- it counts in: NATIONAL, its STATE (stored with the row) and the PROVIDER and STAFF scopes of the
-- agency's TA assignments. That is only right while the assignments are the ones the roll-ups were
-- computed with, so every assignment change (and every move of a TA staff member to another
-- organization) bumps one revision, and a date's basis records the revision of its roll-ups. A run
-- that finds another revision recomputes the date's roll-ups from every agency row, as a full run does.
CREATE TABLE pledge_change_epoch (
    id    TINYINT NOT NULL,
    epoch BIGINT  NOT NULL,
    CONSTRAINT pk_pledge_change_epoch PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ta_assignment_revision (
    id       TINYINT NOT NULL,
    revision BIGINT  NOT NULL,
    CONSTRAINT pk_ta_assignment_revision PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE pledge ADD COLUMN changed_epoch BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_pledge_changed_epoch ON pledge (changed_epoch);

-- One row per as-of date whose rows and roll-ups a run completed: the first change epoch they may
-- not reflect, and the assignment revision of the roll-ups. No row (a full run's clear step removes
-- it): the next incremental run compares every agency and recomputes the roll-ups from scratch.
CREATE TABLE pledge_snapshot_basis (
    as_of                  DATE   NOT NULL,
    pledge_change_epoch    BIGINT NOT NULL,
    ta_assignment_revision BIGINT NOT NULL,
    CONSTRAINT pk_pledge_snapshot_basis PRIMARY KEY (as_of)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Triggers, not the services, stamp and bump, so that every writer (the UI, demo data, the dataset
-- generator, imports, plain SQL) is seen. Deleting a user removes its assignments by cascade, which
-- fires no trigger of ta_agency_assignment, hence the user's own delete trigger.
/* [jooq ignore start] */
INSERT INTO pledge_change_epoch (id, epoch) VALUES (1, 1);
INSERT INTO ta_assignment_revision (id, revision) VALUES (1, 0);

CREATE TRIGGER tr_pledge_stamped BEFORE INSERT ON pledge FOR EACH ROW
SET NEW.changed_epoch = (SELECT epoch FROM pledge_change_epoch WHERE id = 1 LOCK IN SHARE MODE);

CREATE TRIGGER tr_pledge_restamped BEFORE UPDATE ON pledge FOR EACH ROW
SET NEW.changed_epoch = IF(NEW.progress_revision <> OLD.progress_revision OR NEW.status <> OLD.status
                               OR NEW.agency_id <> OLD.agency_id OR NEW.signed_on <> OLD.signed_on,
                           (SELECT epoch FROM pledge_change_epoch WHERE id = 1 LOCK IN SHARE MODE),
                           OLD.changed_epoch);

-- An agency's state is part of its snapshot row and picks its STATE roll-up.
CREATE TRIGGER tr_agency_moved AFTER UPDATE ON organization FOR EACH ROW
UPDATE pledge SET progress_revision = progress_revision + 1
WHERE agency_id = NEW.id AND NOT (NEW.state <=> OLD.state);

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
