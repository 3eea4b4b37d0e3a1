-- A grant's partners carry a role from BJA's set (fiscal agent, law enforcement partner, research
-- partner, site coordinator, other) and a contact; one organization may hold two roles.
ALTER TABLE grant_partner ADD COLUMN role_kind VARCHAR(30) NOT NULL DEFAULT 'OTHER';   -- FISCAL_AGENT, LAW_ENFORCEMENT, RESEARCH_PARTNER, SITE_COORDINATOR, OTHER
ALTER TABLE grant_partner ADD COLUMN contact_name VARCHAR(200) NULL;
ALTER TABLE grant_partner ADD COLUMN contact_email VARCHAR(254) NULL;

/* [jooq ignore start] */
-- (jOOQ's parser does not read DROP PRIMARY KEY; the generated classes do not use this key)
ALTER TABLE grant_partner DROP PRIMARY KEY, ADD PRIMARY KEY (grant_id, organization_id, role_kind);

-- Roles recorded as free text before: a law-enforcement agency by its wording, the rest "other"
-- with their text kept as the description.
UPDATE grant_partner SET role_kind = 'LAW_ENFORCEMENT' WHERE LOWER(role) LIKE '%law%enforcement%';
UPDATE grant_partner SET role_kind = 'RESEARCH_PARTNER' WHERE LOWER(role) LIKE '%research%';
UPDATE grant_partner SET role_kind = 'FISCAL_AGENT' WHERE LOWER(role) LIKE '%fiscal%';
/* [jooq ignore stop] */
