-- Who was assigned to which agency or grant, from when to when, and who made and ended each
-- assignment. ta_agency_assignment and ta_grant_assignment stay what access checks read (the current
-- assignments); this table keeps their history, one row per period, open while ended_at is null.
-- Triggers open and close the periods, so that every writer (the assignment screen, demo data, the
-- dataset generator, plain SQL) leaves history; the assignment service then names who acted.
CREATE TABLE ta_assignment_period (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    ta_user_id BIGINT      NOT NULL,
    agency_id  BIGINT      NULL,
    grant_id   BIGINT      NULL,
    started_at DATETIME(6) NOT NULL,
    started_by BIGINT      NULL,
    ended_at   DATETIME(6) NULL,
    ended_by   BIGINT      NULL,
    CONSTRAINT pk_ta_assignment_period PRIMARY KEY (id),
    CONSTRAINT fk_ta_assignment_period_user FOREIGN KEY (ta_user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_assignment_period_agency FOREIGN KEY (agency_id) REFERENCES organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_assignment_period_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_assignment_period_started_by FOREIGN KEY (started_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_ta_assignment_period_ended_by FOREIGN KEY (ended_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_ta_assignment_period_one_target CHECK ((agency_id IS NULL) <> (grant_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ta_assignment_period_user ON ta_assignment_period (ta_user_id, ended_at);
CREATE INDEX ix_ta_assignment_period_agency ON ta_assignment_period (agency_id, ended_at);
CREATE INDEX ix_ta_assignment_period_grant ON ta_assignment_period (grant_id, ended_at);

/* [jooq ignore start] */
-- The assignments made before this table: open periods from when they were made, by nobody recorded.
INSERT INTO ta_assignment_period (ta_user_id, agency_id, started_at)
SELECT user_id, agency_id, created_at FROM ta_agency_assignment;
INSERT INTO ta_assignment_period (ta_user_id, grant_id, started_at)
SELECT user_id, grant_id, created_at FROM ta_grant_assignment;

CREATE TRIGGER tr_ta_agency_period_opened AFTER INSERT ON ta_agency_assignment FOR EACH ROW
INSERT INTO ta_assignment_period (ta_user_id, agency_id, started_at) VALUES (NEW.user_id, NEW.agency_id, NEW.created_at);

CREATE TRIGGER tr_ta_agency_period_closed AFTER DELETE ON ta_agency_assignment FOR EACH ROW
UPDATE ta_assignment_period SET ended_at = UTC_TIMESTAMP(6)
WHERE ta_user_id = OLD.user_id AND agency_id = OLD.agency_id AND ended_at IS NULL;

CREATE TRIGGER tr_ta_grant_period_opened AFTER INSERT ON ta_grant_assignment FOR EACH ROW
INSERT INTO ta_assignment_period (ta_user_id, grant_id, started_at) VALUES (NEW.user_id, NEW.grant_id, NEW.created_at);

CREATE TRIGGER tr_ta_grant_period_closed AFTER DELETE ON ta_grant_assignment FOR EACH ROW
UPDATE ta_assignment_period SET ended_at = UTC_TIMESTAMP(6)
WHERE ta_user_id = OLD.user_id AND grant_id = OLD.grant_id AND ended_at IS NULL;
/* [jooq ignore stop] */
