-- The Action Plan that ends a BCJI grant's planning phase: the grantee drafts it in the app
-- (narrative sections, the work plan, a diagram linking strategies to crime drivers) and submits
-- it; the overseer approves it or returns it with a comment. Approval starts the implementation
-- phase, and the work plan's tasks are then tracked (status, date done).
CREATE TABLE action_plan (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    grant_id             BIGINT        NOT NULL,
    state                VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',   -- DRAFT, SUBMITTED, RETURNED, APPROVED
    crime_drivers        TEXT          NULL,
    strategies           TEXT          NULL,
    community_engagement TEXT          NULL,
    research             TEXT          NULL,
    sustainability       TEXT          NULL,
    submitted_on         DATE          NULL,
    submitted_by         BIGINT        NULL,
    reviewed_by          BIGINT        NULL,
    reviewed_at          DATETIME(6)   NULL,
    review_comment       VARCHAR(2000) NULL,
    approved_on          DATE          NULL,
    updated_by           BIGINT        NULL,
    updated_at           DATETIME(6)   NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_action_plan PRIMARY KEY (id),
    CONSTRAINT uq_action_plan_grant UNIQUE (grant_id),
    CONSTRAINT fk_action_plan_grant FOREIGN KEY (grant_id) REFERENCES bcji_grant (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_plan_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_plan_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_plan_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The work plan: one row per task of a strategy; tracked once the plan is approved.
CREATE TABLE action_plan_task (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id           BIGINT        NOT NULL,
    strategy          VARCHAR(300)  NOT NULL,
    task              VARCHAR(1000) NOT NULL,
    responsible_party VARCHAR(200)  NOT NULL,
    start_on          DATE          NOT NULL,
    end_on            DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL DEFAULT 'NOT_STARTED',   -- NOT_STARTED, IN_PROGRESS, DONE
    done_on           DATE          NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_action_plan_task PRIMARY KEY (id),
    CONSTRAINT fk_action_plan_task_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_action_plan_task_plan ON action_plan_task (plan_id, start_on);

CREATE TABLE action_plan_task_focus_area (
    task_id       BIGINT NOT NULL,
    focus_area_id BIGINT NOT NULL,
    CONSTRAINT pk_action_plan_task_focus_area PRIMARY KEY (task_id, focus_area_id),
    CONSTRAINT fk_aptfa_task FOREIGN KEY (task_id) REFERENCES action_plan_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_aptfa_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_aptfa_focus_area ON action_plan_task_focus_area (focus_area_id);

CREATE TABLE action_plan_task_item (
    task_id         BIGINT NOT NULL,
    catalog_item_id BIGINT NOT NULL,
    CONSTRAINT pk_action_plan_task_item PRIMARY KEY (task_id, catalog_item_id),
    CONSTRAINT fk_apti_task FOREIGN KEY (task_id) REFERENCES action_plan_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_apti_catalog_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_apti_catalog_item ON action_plan_task_item (catalog_item_id);

-- The diagram linking strategies to crime drivers: one current file per plan; a replaced one is
-- kept as removed for the undo period like every other removed file, then its bytes are deleted.
CREATE TABLE action_plan_diagram (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id           BIGINT       NOT NULL,
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
    CONSTRAINT pk_action_plan_diagram PRIMARY KEY (id),
    CONSTRAINT uq_action_plan_diagram_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_apd_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_apd_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_apd_removed_by FOREIGN KEY (removed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_apd_plan ON action_plan_diagram (plan_id);
