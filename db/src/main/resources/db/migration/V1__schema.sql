-- pledgetrack schema, version 1: the whole domain of the mission.
-- Conventions: utf8mb4 everywhere; every *_at column is DATETIME(6) holding UTC; every editable
-- record carries a `version` for optimistic locking; indexes are separate CREATE INDEX statements
-- (jOOQ's DDL parser rejects inline KEY clauses); ON DELETE rules are chosen per foreign key:
-- CASCADE where the child means nothing without its parent, RESTRICT where deleting the parent
-- would lose history, SET NULL where only a "who" reference is lost.

-- ---------------------------------------------------------------- organizations and people
CREATE TABLE organization (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(20)  NOT NULL,   -- AGENCY, TA_PROVIDER, OVERSEER, FUNDER, PARTNER
    name              VARCHAR(200) NOT NULL,
    ori               CHAR(9)      NULL,       -- FBI Originating Agency Identifier, agencies only
    state             CHAR(2)      NULL,
    city              VARCHAR(100) NULL,
    agency_type       VARCHAR(30)  NULL,       -- MUNICIPAL, COUNTY_SHERIFF, STATE_POLICE, TRIBAL, UNIVERSITY, OTHER
    sworn_officers    INT          NULL,
    population_served INT          NULL,
    website           VARCHAR(500) NULL,
    version           INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT pk_organization PRIMARY KEY (id),
    CONSTRAINT uq_organization_ori UNIQUE (ori)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_organization_kind_state ON organization (kind, state);
CREATE INDEX ix_organization_name ON organization (name);

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    role                VARCHAR(20)  NOT NULL,   -- AGENCY, TA_STAFF, OVERSEER, ADMIN
    organization_id     BIGINT       NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_login_count  INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(6)  NULL,
    last_login_at       DATETIME(6)  NULL,
    password_changed_at DATETIME(6)  NULL,
    version             INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_app_user_organization ON app_user (organization_id);

-- Which agencies a TA staff member looks after.
CREATE TABLE ta_agency_assignment (
    user_id    BIGINT      NOT NULL,
    agency_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_ta_agency_assignment PRIMARY KEY (user_id, agency_id),
    CONSTRAINT fk_ta_agency_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_agency_assignment_agency FOREIGN KEY (agency_id) REFERENCES organization (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ta_agency_assignment_agency ON ta_agency_assignment (agency_id);

-- ---------------------------------------------------------------- campaign catalog (versioned)
CREATE TABLE catalog_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(20)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    published_on DATE         NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_catalog_version PRIMARY KEY (id),
    CONSTRAINT uq_catalog_version_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE focus_area (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    catalog_version_id BIGINT        NOT NULL,
    position           INT           NOT NULL,
    name               VARCHAR(100)  NOT NULL,
    description        VARCHAR(1000) NULL,
    CONSTRAINT pk_focus_area PRIMARY KEY (id),
    CONSTRAINT uq_focus_area_position UNIQUE (catalog_version_id, position),
    CONSTRAINT fk_focus_area_catalog_version FOREIGN KEY (catalog_version_id) REFERENCES catalog_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE catalog_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    catalog_version_id BIGINT        NOT NULL,
    focus_area_id      BIGINT        NOT NULL,
    number             INT           NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    kind               VARCHAR(10)   NOT NULL,   -- POLICY, PRACTICE
    CONSTRAINT pk_catalog_item PRIMARY KEY (id),
    CONSTRAINT uq_catalog_item_number UNIQUE (catalog_version_id, number),
    CONSTRAINT fk_catalog_item_catalog_version FOREIGN KEY (catalog_version_id) REFERENCES catalog_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_catalog_item_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_catalog_item_focus_area ON catalog_item (focus_area_id);

-- ---------------------------------------------------------------- pledges and their progress
CREATE TABLE pledge (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id          BIGINT        NOT NULL,
    catalog_version_id BIGINT        NOT NULL,
    signed_on          DATE          NOT NULL,
    target_on          DATE          NOT NULL,   -- signed_on + 36 months
    status             VARCHAR(20)   NOT NULL,   -- ACTIVE, WITHDRAWN, COMPLETED, RECOGNIZED
    withdrawn_reason   VARCHAR(1000) NULL,
    closed_at          DATETIME(6)   NULL,
    created_by         BIGINT        NULL,
    version            INT           NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT pk_pledge PRIMARY KEY (id),
    CONSTRAINT fk_pledge_agency FOREIGN KEY (agency_id) REFERENCES organization (id) ON DELETE RESTRICT,
    CONSTRAINT fk_pledge_catalog_version FOREIGN KEY (catalog_version_id) REFERENCES catalog_version (id) ON DELETE RESTRICT,
    CONSTRAINT fk_pledge_created_by FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pledge_agency ON pledge (agency_id, status);

CREATE TABLE pledge_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    pledge_id          BIGINT        NOT NULL,
    catalog_item_id    BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,   -- NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED, VERIFIED
    owner_name         VARCHAR(200)  NULL,
    target_on          DATE          NULL,
    notes              VARCHAR(4000) NULL,
    submitted_at       DATETIME(6)   NULL,
    verified_at        DATETIME(6)   NULL,
    last_agency_activity_at DATETIME(6) NULL,
    version            INT           NOT NULL DEFAULT 0,
    updated_by         BIGINT        NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT pk_pledge_item PRIMARY KEY (id),
    CONSTRAINT uq_pledge_item UNIQUE (pledge_id, catalog_item_id),
    CONSTRAINT fk_pledge_item_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT fk_pledge_item_catalog_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id) ON DELETE RESTRICT,
    CONSTRAINT fk_pledge_item_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pledge_item_status ON pledge_item (status, submitted_at);
CREATE INDEX ix_pledge_item_catalog_item ON pledge_item (catalog_item_id);

-- Every status transition, kept for snapshots and the item's history view.
CREATE TABLE pledge_item_status_change (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    pledge_item_id BIGINT        NOT NULL,
    from_status    VARCHAR(20)   NOT NULL,
    to_status      VARCHAR(20)   NOT NULL,
    reason         VARCHAR(2000) NULL,
    changed_by     BIGINT        NULL,
    changed_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_pledge_item_status_change PRIMARY KEY (id),
    CONSTRAINT fk_status_change_pledge_item FOREIGN KEY (pledge_item_id) REFERENCES pledge_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_status_change_changed_by FOREIGN KEY (changed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_status_change_item ON pledge_item_status_change (pledge_item_id, changed_at);

-- Uploaded files and links. Files live in the file store under `storage_key`; the original
-- name is kept for display and never used as a path. Removal is recorded, not deleted.
CREATE TABLE evidence (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    pledge_item_id    BIGINT        NOT NULL,
    kind              VARCHAR(10)   NOT NULL,   -- FILE, LINK
    original_filename VARCHAR(255)  NULL,
    content_type      VARCHAR(100)  NULL,
    size_bytes        BIGINT        NULL,
    sha256            CHAR(64)      NULL,
    storage_key       VARCHAR(100)  NULL,
    url               VARCHAR(2000) NULL,
    description       VARCHAR(1000) NULL,
    uploaded_by       BIGINT        NULL,
    uploaded_at       DATETIME(6)   NOT NULL,
    removed_at        DATETIME(6)   NULL,
    removed_by        BIGINT        NULL,
    removed_reason    VARCHAR(1000) NULL,
    CONSTRAINT pk_evidence PRIMARY KEY (id),
    CONSTRAINT uq_evidence_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_evidence_pledge_item FOREIGN KEY (pledge_item_id) REFERENCES pledge_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_evidence_removed_by FOREIGN KEY (removed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_pledge_item ON evidence (pledge_item_id);

CREATE TABLE item_comment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    pledge_item_id BIGINT        NOT NULL,
    author_id      BIGINT        NULL,
    kind           VARCHAR(20)   NOT NULL,   -- COMMENT, RETURN_REASON, REOPEN_REASON
    body           VARCHAR(4000) NOT NULL,
    resolved       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_item_comment PRIMARY KEY (id),
    CONSTRAINT fk_item_comment_pledge_item FOREIGN KEY (pledge_item_id) REFERENCES pledge_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_item_comment_pledge_item ON item_comment (pledge_item_id, created_at);

-- ---------------------------------------------------------------- BCJI grants and TA
CREATE TABLE bcji_grant (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    award_number      VARCHAR(50)    NOT NULL,
    program           VARCHAR(20)    NOT NULL DEFAULT 'BCJI',
    title             VARCHAR(300)   NOT NULL,
    grantee_org_id    BIGINT         NOT NULL,
    lead_agency_id    BIGINT         NULL,
    site_name         VARCHAR(200)   NOT NULL,
    award_amount      DECIMAL(14, 2) NOT NULL,
    overseer_org_id   BIGINT         NULL,
    start_on          DATE           NOT NULL,
    end_on            DATE           NOT NULL,
    version           INT            NOT NULL DEFAULT 0,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    CONSTRAINT pk_bcji_grant PRIMARY KEY (id),
    CONSTRAINT uq_bcji_grant_award_number UNIQUE (award_number),
    CONSTRAINT fk_bcji_grant_grantee FOREIGN KEY (grantee_org_id) REFERENCES organization (id) ON DELETE RESTRICT,
    CONSTRAINT fk_bcji_grant_lead_agency FOREIGN KEY (lead_agency_id) REFERENCES organization (id) ON DELETE RESTRICT,
    CONSTRAINT fk_bcji_grant_overseer FOREIGN KEY (overseer_org_id) REFERENCES organization (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_bcji_grant_lead_agency ON bcji_grant (lead_agency_id);
CREATE INDEX ix_bcji_grant_grantee ON bcji_grant (grantee_org_id);

CREATE TABLE grant_phase (
    id       BIGINT      NOT NULL AUTO_INCREMENT,
    grant_id BIGINT      NOT NULL,
    phase    VARCHAR(20) NOT NULL,   -- PLANNING, IMPLEMENTATION, SUSTAINABILITY
    start_on DATE        NOT NULL,
    end_on   DATE        NOT NULL,
    CONSTRAINT pk_grant_phase PRIMARY KEY (id),
    CONSTRAINT uq_grant_phase UNIQUE (grant_id, phase),
    CONSTRAINT fk_grant_phase_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Partner organizations of a grant site: the housing department, a research partner, ...
CREATE TABLE grant_partner (
    grant_id        BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    role            VARCHAR(100) NOT NULL,
    CONSTRAINT pk_grant_partner PRIMARY KEY (grant_id, organization_id),
    CONSTRAINT fk_grant_partner_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE,
    CONSTRAINT fk_grant_partner_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_grant_partner_organization ON grant_partner (organization_id);

CREATE TABLE grant_provider (
    grant_id        BIGINT NOT NULL,
    provider_org_id BIGINT NOT NULL,
    CONSTRAINT pk_grant_provider PRIMARY KEY (grant_id, provider_org_id),
    CONSTRAINT fk_grant_provider_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE,
    CONSTRAINT fk_grant_provider_provider FOREIGN KEY (provider_org_id) REFERENCES organization (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_grant_provider_provider ON grant_provider (provider_org_id);

CREATE TABLE ta_grant_assignment (
    user_id    BIGINT      NOT NULL,
    grant_id   BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_ta_grant_assignment PRIMARY KEY (user_id, grant_id),
    CONSTRAINT fk_ta_grant_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_grant_assignment_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ta_grant_assignment_grant ON ta_grant_assignment (grant_id);

CREATE TABLE ta_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    requesting_org_id BIGINT        NOT NULL,
    grant_id          BIGINT        NULL,
    submitted_by      BIGINT        NULL,
    topic             VARCHAR(200)  NOT NULL,
    focus_area_id     BIGINT        NULL,
    catalog_item_id   BIGINT        NULL,
    description       VARCHAR(4000) NOT NULL,
    urgency           VARCHAR(10)   NOT NULL,   -- LOW, NORMAL, HIGH
    status            VARCHAR(20)   NOT NULL,   -- SUBMITTED, INFO_REQUESTED, ACCEPTED, DECLINED, DELIVERED
    response_note     VARCHAR(2000) NULL,
    submitted_at      DATETIME(6)   NOT NULL,
    first_response_at DATETIME(6)   NULL,
    delivered_at      DATETIME(6)   NULL,
    version           INT           NOT NULL DEFAULT 0,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT pk_ta_request PRIMARY KEY (id),
    CONSTRAINT fk_ta_request_org FOREIGN KEY (requesting_org_id) REFERENCES organization (id) ON DELETE RESTRICT,
    CONSTRAINT fk_ta_request_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE SET NULL,
    CONSTRAINT fk_ta_request_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_ta_request_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id) ON DELETE SET NULL,
    CONSTRAINT fk_ta_request_catalog_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ta_request_org ON ta_request (requesting_org_id, status);
CREATE INDEX ix_ta_request_grant ON ta_request (grant_id);

CREATE TABLE ta_deliverable (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    grant_id        BIGINT        NOT NULL,
    provider_org_id BIGINT        NOT NULL,
    ta_request_id   BIGINT        NULL,
    type            VARCHAR(30)   NOT NULL,   -- TRAINING, SITE_VISIT, WEBINAR, PEER_EXCHANGE, PLAN_REVIEW, REQUEST_RESPONSE, OTHER
    title           VARCHAR(300)  NOT NULL,
    description     VARCHAR(4000) NULL,
    due_on          DATE          NOT NULL,
    scheduled_on    DATE          NULL,
    delivered_on    DATE          NULL,
    accepted_on     DATE          NULL,
    status          VARCHAR(20)   NOT NULL,   -- PLANNED, SCHEDULED, DELIVERED, ACCEPTED, CANCELLED
    cancel_reason   VARCHAR(1000) NULL,
    hours           DECIMAL(6, 2) NULL,
    attendees       INT           NULL,
    rating          DECIMAL(3, 2) NULL,       -- participant rating 1-5
    outcome_note    VARCHAR(2000) NULL,
    created_by      BIGINT        NULL,
    version         INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_ta_deliverable PRIMARY KEY (id),
    CONSTRAINT fk_ta_deliverable_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE,
    CONSTRAINT fk_ta_deliverable_provider FOREIGN KEY (provider_org_id) REFERENCES organization (id) ON DELETE RESTRICT,
    CONSTRAINT fk_ta_deliverable_request FOREIGN KEY (ta_request_id) REFERENCES ta_request (id) ON DELETE SET NULL,
    CONSTRAINT fk_ta_deliverable_created_by FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ta_deliverable_grant ON ta_deliverable (grant_id, due_on);
CREATE INDEX ix_ta_deliverable_provider ON ta_deliverable (provider_org_id, status);
CREATE INDEX ix_ta_deliverable_due ON ta_deliverable (status, due_on);

CREATE TABLE deliverable_attachment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    deliverable_id    BIGINT       NOT NULL,
    label             VARCHAR(100) NOT NULL,   -- agenda, sign-in sheet, ...
    original_filename VARCHAR(255) NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    storage_key       VARCHAR(100) NOT NULL,
    uploaded_by       BIGINT       NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    removed_at        DATETIME(6)  NULL,
    removed_by        BIGINT       NULL,
    CONSTRAINT pk_deliverable_attachment PRIMARY KEY (id),
    CONSTRAINT uq_deliverable_attachment_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_attachment_deliverable FOREIGN KEY (deliverable_id) REFERENCES ta_deliverable (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_attachment_removed_by FOREIGN KEY (removed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_deliverable ON deliverable_attachment (deliverable_id);

CREATE TABLE deliverable_focus_area (
    deliverable_id BIGINT NOT NULL,
    focus_area_id  BIGINT NOT NULL,
    CONSTRAINT pk_deliverable_focus_area PRIMARY KEY (deliverable_id, focus_area_id),
    CONSTRAINT fk_dfa_deliverable FOREIGN KEY (deliverable_id) REFERENCES ta_deliverable (id) ON DELETE CASCADE,
    CONSTRAINT fk_dfa_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dfa_focus_area ON deliverable_focus_area (focus_area_id);

CREATE TABLE deliverable_item (
    deliverable_id  BIGINT NOT NULL,
    catalog_item_id BIGINT NOT NULL,
    CONSTRAINT pk_deliverable_item PRIMARY KEY (deliverable_id, catalog_item_id),
    CONSTRAINT fk_di_deliverable FOREIGN KEY (deliverable_id) REFERENCES ta_deliverable (id) ON DELETE CASCADE,
    CONSTRAINT fk_di_catalog_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_di_catalog_item ON deliverable_item (catalog_item_id);

-- Obligations of the grantee: quarterly performance measures, semi-annual progress reports,
-- the final report; generated from the grant dates.
CREATE TABLE grantee_report (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    grant_id     BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,   -- PERFORMANCE_MEASURES, PROGRESS_REPORT, FINAL_REPORT
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL,
    due_on       DATE        NOT NULL,
    submitted_on DATE        NULL,
    version      INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_grantee_report PRIMARY KEY (id),
    CONSTRAINT uq_grantee_report UNIQUE (grant_id, kind, period_end),
    CONSTRAINT fk_grantee_report_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_grantee_report_due ON grantee_report (due_on);

-- ---------------------------------------------------------------- status snapshots (batch output)
-- One row per agency x focus area per as-of date.
CREATE TABLE agency_area_snapshot (
    as_of              DATE         NOT NULL,
    agency_id          BIGINT       NOT NULL,
    focus_area_id      BIGINT       NOT NULL,
    pledge_id          BIGINT       NOT NULL,
    items_total        INT          NOT NULL,
    not_started        INT          NOT NULL,
    in_progress        INT          NOT NULL,
    submitted          INT          NOT NULL,
    returned           INT          NOT NULL,
    verified           INT          NOT NULL,
    pct_submitted      DECIMAL(5, 2) NOT NULL,
    pct_verified       DECIMAL(5, 2) NOT NULL,
    expected_pct       DECIMAL(5, 2) NOT NULL,
    schedule_status    VARCHAR(20)  NOT NULL,   -- ON_TRACK, AT_RISK, BEHIND, COMPLETE
    computed_at        DATETIME(6)  NOT NULL,
    CONSTRAINT pk_agency_area_snapshot PRIMARY KEY (as_of, agency_id, focus_area_id),
    CONSTRAINT fk_aas_agency FOREIGN KEY (agency_id) REFERENCES organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_aas_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id) ON DELETE CASCADE,
    CONSTRAINT fk_aas_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_aas_agency ON agency_area_snapshot (agency_id, as_of);

-- One row per agency per as-of date: its totals.
CREATE TABLE agency_snapshot (
    as_of                 DATE          NOT NULL,
    agency_id             BIGINT        NOT NULL,
    pledge_id             BIGINT        NOT NULL,
    state                 CHAR(2)       NULL,
    pledge_status         VARCHAR(20)   NOT NULL,
    items_total           INT           NOT NULL,
    not_started           INT           NOT NULL,
    in_progress           INT           NOT NULL,
    submitted             INT           NOT NULL,
    returned              INT           NOT NULL,
    verified              INT           NOT NULL,
    pct_submitted         DECIMAL(5, 2) NOT NULL,
    pct_verified          DECIMAL(5, 2) NOT NULL,
    expected_pct          DECIMAL(5, 2) NOT NULL,
    schedule_status       VARCHAR(20)   NOT NULL,
    days_since_activity   INT           NULL,
    waiting_review        INT           NOT NULL,
    oldest_wait_days      INT           NULL,
    computed_at           DATETIME(6)   NOT NULL,
    CONSTRAINT pk_agency_snapshot PRIMARY KEY (as_of, agency_id),
    CONSTRAINT fk_as_agency FOREIGN KEY (agency_id) REFERENCES organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_as_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_agency_snapshot_agency ON agency_snapshot (agency_id, as_of);
CREATE INDEX ix_agency_snapshot_state ON agency_snapshot (as_of, state);

-- Roll-ups of the agency rows: scope NATIONAL / STATE / PROVIDER / STAFF, per focus area
-- position (0 = all areas).
CREATE TABLE rollup_snapshot (
    as_of               DATE          NOT NULL,
    scope_type          VARCHAR(20)   NOT NULL,
    scope_key           VARCHAR(50)   NOT NULL,
    focus_area_position INT           NOT NULL,
    agencies            INT           NOT NULL,
    items_total         INT           NOT NULL,
    submitted           INT           NOT NULL,
    verified            INT           NOT NULL,
    pct_submitted       DECIMAL(5, 2) NOT NULL,
    pct_verified        DECIMAL(5, 2) NOT NULL,
    on_track            INT           NOT NULL,
    at_risk             INT           NOT NULL,
    behind              INT           NOT NULL,
    complete            INT           NOT NULL,
    computed_at         DATETIME(6)   NOT NULL,
    CONSTRAINT pk_rollup_snapshot PRIMARY KEY (as_of, scope_type, scope_key, focus_area_position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Deliverable status per grant and per provider.
CREATE TABLE deliverable_snapshot (
    as_of                       DATE          NOT NULL,
    scope_type                  VARCHAR(20)   NOT NULL,   -- GRANT, PROVIDER
    scope_id                    BIGINT        NOT NULL,
    planned                     INT           NOT NULL,
    delivered                   INT           NOT NULL,
    on_time_pct                 DECIMAL(5, 2) NULL,
    overdue                     INT           NOT NULL,
    oldest_overdue_days         INT           NULL,
    due_next_30_days            INT           NOT NULL,
    request_first_response_hours_median DECIMAL(10, 2) NULL,
    request_delivery_days_median        DECIMAL(10, 2) NULL,
    grantee_reports_late        INT           NOT NULL,
    computed_at                 DATETIME(6)   NOT NULL,
    CONSTRAINT pk_deliverable_snapshot PRIMARY KEY (as_of, scope_type, scope_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------- reports, API, notifications
CREATE TABLE report_definition (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    owner_id    BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    report_type VARCHAR(40)   NOT NULL,
    format      VARCHAR(10)   NOT NULL,   -- CSV, XLSX, PDF
    filters     VARCHAR(2000) NOT NULL,   -- JSON
    cron        VARCHAR(100)  NOT NULL,
    enabled     BOOLEAN       NOT NULL DEFAULT TRUE,
    last_run_at DATETIME(6)   NULL,
    version     INT           NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_report_definition PRIMARY KEY (id),
    CONSTRAINT fk_report_definition_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_file (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    definition_id    BIGINT        NULL,
    requested_by     BIGINT        NULL,
    report_type      VARCHAR(40)   NOT NULL,
    format           VARCHAR(10)   NOT NULL,
    filters          VARCHAR(2000) NOT NULL,
    as_of            DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,   -- GENERATING, READY, FAILED, EXPIRED
    row_count        INT           NULL,
    size_bytes       BIGINT        NULL,
    sha256           CHAR(64)      NULL,
    storage_key      VARCHAR(100)  NULL,
    error_message    VARCHAR(2000) NULL,
    job_execution_id BIGINT        NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_report_file PRIMARY KEY (id),
    CONSTRAINT fk_report_file_definition FOREIGN KEY (definition_id) REFERENCES report_definition (id) ON DELETE SET NULL,
    CONSTRAINT fk_report_file_requested_by FOREIGN KEY (requested_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_report_file_requested_by ON report_file (requested_by, created_at);
CREATE INDEX ix_report_file_expires ON report_file (expires_at);

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_prefix CHAR(8)      NOT NULL,   -- shown in the UI to tell tokens apart
    token_hash   CHAR(64)     NOT NULL,   -- SHA-256 of the secret; the secret is shown once
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_api_token_user ON api_token (user_id);

CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    user_id    BIGINT        NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    body       VARCHAR(2000) NULL,
    link       VARCHAR(500)  NULL,
    dedupe_key VARCHAR(200)  NOT NULL,   -- makes the reminder job safe to run twice
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6)   NULL,
    emailed_at DATETIME(6)   NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification_dedupe UNIQUE (user_id, dedupe_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notification_unread ON notification (user_id, read_at);

-- Who changed what. Kept even when the actor's account is deleted (actor_name stays).
CREATE TABLE audit_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(100)  NOT NULL,
    agency_id   BIGINT        NULL,       -- the agency whose data this is, for scoping reads
    entity_type VARCHAR(40)   NOT NULL,
    entity_id   BIGINT        NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    field       VARCHAR(60)   NULL,
    old_value   VARCHAR(4000) NULL,
    new_value   VARCHAR(4000) NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (id),
    CONSTRAINT fk_audit_log_actor FOREIGN KEY (actor_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, occurred_at);

-- A lease that lets only one node run a scheduled job at a time.
CREATE TABLE schedule_lock (
    name         VARCHAR(100) NOT NULL,
    locked_until DATETIME(6)  NOT NULL,
    locked_at    DATETIME(6)  NOT NULL,
    locked_by    VARCHAR(200) NOT NULL,
    CONSTRAINT pk_schedule_lock PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
