-- Catalog versions edited in the app (issue 18). An admin drafts a version, previews it and publishes it;
-- a published version never changes, because pledges are made against it. Each item carries where its
-- wording comes from and whether it is confirmed against IACP's current list, and IACP's resource links.

-- DRAFT while an admin edits it, PUBLISHED once; a draft has no publication date yet.
ALTER TABLE catalog_version ADD COLUMN state VARCHAR(10) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE catalog_version MODIFY published_on DATE NULL;
ALTER TABLE catalog_version ADD COLUMN based_on_id BIGINT NULL;
ALTER TABLE catalog_version ADD COLUMN note VARCHAR(1000) NULL;
ALTER TABLE catalog_version ADD COLUMN updated_at DATETIME(6) NULL;
ALTER TABLE catalog_version ADD CONSTRAINT fk_catalog_version_based_on
    FOREIGN KEY (based_on_id) REFERENCES catalog_version (id) ON DELETE SET NULL;

ALTER TABLE catalog_item ADD COLUMN source_note VARCHAR(1000) NULL;
ALTER TABLE catalog_item ADD COLUMN text_confirmed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE catalog_item ADD COLUMN confirmation_note VARCHAR(1000) NULL;

-- IACP's own resources listed under an item (its toolkit), in order.
CREATE TABLE catalog_item_resource (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    catalog_item_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_catalog_item_resource PRIMARY KEY (id),
    CONSTRAINT uq_catalog_item_resource_position UNIQUE (catalog_item_id, position),
    CONSTRAINT fk_catalog_item_resource_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A pledge moved from one catalog version to another by an admin, with the item-by-item mapping it used.
CREATE TABLE pledge_catalog_migration (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    pledge_id       BIGINT      NOT NULL,
    from_version_id BIGINT      NOT NULL,
    to_version_id   BIGINT      NOT NULL,
    migrated_by     BIGINT      NULL,
    migrated_at     DATETIME(6) NOT NULL,
    CONSTRAINT pk_pledge_catalog_migration PRIMARY KEY (id),
    CONSTRAINT fk_pcm_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT fk_pcm_from_version FOREIGN KEY (from_version_id) REFERENCES catalog_version (id) ON DELETE RESTRICT,
    CONSTRAINT fk_pcm_to_version FOREIGN KEY (to_version_id) REFERENCES catalog_version (id) ON DELETE RESTRICT,
    CONSTRAINT fk_pcm_migrated_by FOREIGN KEY (migrated_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pcm_pledge ON pledge_catalog_migration (pledge_id, migrated_at);

-- One line of a migration: the pledge item (its id, status, evidence, comments and history stay) moved
-- from the old version's item to the new one's; a new item mapped from nothing has no from item.
CREATE TABLE pledge_catalog_migration_item (
    id                   BIGINT NOT NULL AUTO_INCREMENT,
    migration_id         BIGINT NOT NULL,
    pledge_item_id       BIGINT NOT NULL,
    from_catalog_item_id BIGINT NULL,
    to_catalog_item_id   BIGINT NOT NULL,
    CONSTRAINT pk_pledge_catalog_migration_item PRIMARY KEY (id),
    CONSTRAINT uq_pcmi_item UNIQUE (migration_id, pledge_item_id),
    CONSTRAINT fk_pcmi_migration FOREIGN KEY (migration_id) REFERENCES pledge_catalog_migration (id) ON DELETE CASCADE,
    CONSTRAINT fk_pcmi_pledge_item FOREIGN KEY (pledge_item_id) REFERENCES pledge_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_pcmi_from FOREIGN KEY (from_catalog_item_id) REFERENCES catalog_item (id) ON DELETE RESTRICT,
    CONSTRAINT fk_pcmi_to FOREIGN KEY (to_catalog_item_id) REFERENCES catalog_item (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pcmi_pledge_item ON pledge_catalog_migration_item (pledge_item_id);

/* [jooq ignore start] */
-- Version 1 as shipped: where each item's wording comes from. Items 1-13 were checked against IACP's
-- campaign pages; 14-25 were not, and the admin screen says so until an admin confirms them.
UPDATE catalog_version SET state = 'PUBLISHED', updated_at = created_at,
       note = 'The catalog as first entered: six focus areas and 25 items, paraphrased.' WHERE id = 1;
UPDATE catalog_item SET text_confirmed = TRUE,
       source_note = 'Paraphrased from IACP''s Trust Building Campaign pages, checked item by item.'
 WHERE catalog_version_id = 1 AND number <= 13;
UPDATE catalog_item SET text_confirmed = FALSE,
       source_note = 'Wording written for pledgetrack from the campaign''s focus area; no public copy of IACP''s text was found.',
       confirmation_note = 'Not confirmed against IACP''s current list of 25: compare it with IACP''s page and publish a version with IACP''s wording.'
 WHERE catalog_version_id = 1 AND number >= 14;

-- The database refuses any change to a published version's focus areas, items and resources, whoever
-- writes (the core service refuses first, with a message for the admin).
CREATE PROCEDURE require_catalog_draft(IN version_id BIGINT)
BEGIN
    IF (SELECT state FROM catalog_version WHERE id = version_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published catalog version cannot change';
    END IF;
END;

CREATE TRIGGER tr_focus_area_published_insert BEFORE INSERT ON focus_area FOR EACH ROW
CALL require_catalog_draft(NEW.catalog_version_id);
CREATE TRIGGER tr_focus_area_published_update BEFORE UPDATE ON focus_area FOR EACH ROW
CALL require_catalog_draft(OLD.catalog_version_id);
CREATE TRIGGER tr_focus_area_published_delete BEFORE DELETE ON focus_area FOR EACH ROW
CALL require_catalog_draft(OLD.catalog_version_id);

CREATE TRIGGER tr_catalog_item_published_insert BEFORE INSERT ON catalog_item FOR EACH ROW
CALL require_catalog_draft(NEW.catalog_version_id);
CREATE TRIGGER tr_catalog_item_published_update BEFORE UPDATE ON catalog_item FOR EACH ROW
CALL require_catalog_draft(OLD.catalog_version_id);
CREATE TRIGGER tr_catalog_item_published_delete BEFORE DELETE ON catalog_item FOR EACH ROW
CALL require_catalog_draft(OLD.catalog_version_id);

CREATE TRIGGER tr_catalog_item_resource_published_insert BEFORE INSERT ON catalog_item_resource FOR EACH ROW
CALL require_catalog_draft((SELECT catalog_version_id FROM catalog_item WHERE id = NEW.catalog_item_id));
CREATE TRIGGER tr_catalog_item_resource_published_update BEFORE UPDATE ON catalog_item_resource FOR EACH ROW
CALL require_catalog_draft((SELECT catalog_version_id FROM catalog_item WHERE id = OLD.catalog_item_id));
CREATE TRIGGER tr_catalog_item_resource_published_delete BEFORE DELETE ON catalog_item_resource FOR EACH ROW
CALL require_catalog_draft((SELECT catalog_version_id FROM catalog_item WHERE id = OLD.catalog_item_id));

-- A published version keeps its code, title, wording and date; only whether new pledges use it may change.
CREATE TRIGGER tr_catalog_version_published_update BEFORE UPDATE ON catalog_version FOR EACH ROW
BEGIN
    IF OLD.state = 'PUBLISHED' AND (NEW.state <> 'PUBLISHED' OR NEW.code <> OLD.code OR NEW.title <> OLD.title
        OR NOT (NEW.published_on <=> OLD.published_on) OR NOT (NEW.note <=> OLD.note)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published catalog version cannot change';
    END IF;
END;
/* [jooq ignore stop] */
