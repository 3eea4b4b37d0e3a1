-- Beyond one machine (issue 22): a token revoked on one application node is refused on every other
-- node at its next request. Each node keeps tokens that authenticated in memory (ApiTokenService), under
-- this revision, which it reads with every API request (one primary-key read). Anything that can make a
-- kept token invalid moves it: a token revoked or deleted, its owner disabled, deleted, moved to another
-- organization or given another role. Triggers, not the service, so that every writer is seen (the
-- UI on any node, --reset-admin, plain SQL); a user's delete removes its tokens by cascade, which fires
-- no trigger of api_token, hence the user's own triggers.
CREATE TABLE api_token_revision (
    id       TINYINT NOT NULL,
    revision BIGINT  NOT NULL,
    CONSTRAINT pk_api_token_revision PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

/* [jooq ignore start] */
INSERT INTO api_token_revision (id, revision) VALUES (1, 0);

CREATE TRIGGER tr_api_token_revoked AFTER UPDATE ON api_token FOR EACH ROW
UPDATE api_token_revision SET revision = revision + 1
WHERE id = 1 AND NOT (NEW.revoked_at <=> OLD.revoked_at AND NEW.user_id <=> OLD.user_id
                      AND NEW.token_hash <=> OLD.token_hash AND NEW.expires_at <=> OLD.expires_at);

CREATE TRIGGER tr_api_token_removed AFTER DELETE ON api_token FOR EACH ROW
UPDATE api_token_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER tr_api_token_owner_changed AFTER UPDATE ON app_user FOR EACH ROW
UPDATE api_token_revision SET revision = revision + 1
WHERE id = 1 AND NOT (NEW.enabled <=> OLD.enabled AND NEW.role <=> OLD.role
                      AND NEW.organization_id <=> OLD.organization_id);

CREATE TRIGGER tr_api_token_owner_removed AFTER DELETE ON app_user FOR EACH ROW
UPDATE api_token_revision SET revision = revision + 1 WHERE id = 1;
/* [jooq ignore stop] */
