-- TA events that serve several sites at once (issue 19): a national convening, a course taught to
-- three cities together, a peer visit, a webinar. The event holds what happened once (title, kind,
-- date, format, hours, provider); each site it served is a row of ta_event_site with its own
-- attendance. A site is a grant (grant_id) or an agency without a grant (organization_id), never both.
--
-- One truth for the counts: for each grant it served the event has exactly one deliverable on that
-- grant (ta_deliverable.ta_event_id, unique per event and grant), written only by the event service
-- in the same transaction as the event. So everything that counts a grant's deliverables counts the
-- event once per grant, unchanged; a provider's deliveries count the event itself once, instead of
-- its grants' deliverables (see DeliverableStatusProcessor).
CREATE TABLE ta_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    provider_org_id BIGINT        NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,   -- CONVENING, COURSE, PEER_VISIT, WEBINAR
    format          VARCHAR(20)   NOT NULL,   -- IN_PERSON, VIRTUAL
    held_on         DATE          NOT NULL,   -- the planned date, then the date it was held
    hours           DECIMAL(6, 2) NULL,
    status          VARCHAR(20)   NOT NULL,   -- PLANNED, HELD
    created_by      BIGINT        NULL,
    updated_by      BIGINT        NULL,
    version         INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_ta_event PRIMARY KEY (id),
    CONSTRAINT fk_ta_event_provider FOREIGN KEY (provider_org_id) REFERENCES organization (id) ON DELETE RESTRICT,
    CONSTRAINT fk_ta_event_created_by FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_ta_event_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ta_event_provider ON ta_event (provider_org_id, held_on);

CREATE TABLE ta_event_site (
    id              BIGINT NOT NULL AUTO_INCREMENT,
    event_id        BIGINT NOT NULL,
    grant_id        BIGINT NULL,
    organization_id BIGINT NULL,
    attendees       INT    NULL,
    CONSTRAINT pk_ta_event_site PRIMARY KEY (id),
    CONSTRAINT uq_ta_event_site_grant UNIQUE (event_id, grant_id),
    CONSTRAINT uq_ta_event_site_organization UNIQUE (event_id, organization_id),
    CONSTRAINT fk_ta_event_site_event FOREIGN KEY (event_id) REFERENCES ta_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_event_site_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_event_site_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ta_event_site_grant ON ta_event_site (grant_id);
CREATE INDEX ix_ta_event_site_organization ON ta_event_site (organization_id);

ALTER TABLE ta_deliverable ADD COLUMN ta_event_id BIGINT NULL;
ALTER TABLE ta_deliverable ADD CONSTRAINT fk_ta_deliverable_event FOREIGN KEY (ta_event_id) REFERENCES ta_event (id) ON DELETE RESTRICT;
ALTER TABLE ta_deliverable ADD CONSTRAINT uq_ta_deliverable_event_grant UNIQUE (ta_event_id, grant_id);
