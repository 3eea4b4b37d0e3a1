package org.pledgetrack.core.audit;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Instant at, Long actorId, String actorName, Long agencyId, String entityType, long entityId,
                String action, String field, String oldValue, String newValue) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, at)
                .set(AUDIT_LOG.ACTOR_ID, actorId)
                .set(AUDIT_LOG.ACTOR_NAME, actorName)
                .set(AUDIT_LOG.AGENCY_ID, agencyId)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.FIELD, field)
                .set(AUDIT_LOG.OLD_VALUE, oldValue)
                .set(AUDIT_LOG.NEW_VALUE, newValue)
                .execute();
    }

    /**
     * The entity's entries, oldest first, each naming its actor as people know them: the account's
     * display name, or the username recorded with the entry when the account is gone.
     */
    List<AuditEntry> findForEntity(String entityType, long entityId) {
        Field<String> actor = DSL.coalesce(APP_USER.DISPLAY_NAME, AUDIT_LOG.ACTOR_NAME);
        return dsl.select(AUDIT_LOG.asterisk(), actor).from(AUDIT_LOG)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(AUDIT_LOG.ACTOR_ID))
                .where(AUDIT_LOG.ENTITY_TYPE.eq(entityType).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID)
                .fetch(r -> new AuditEntry(r.get(AUDIT_LOG.ID), r.get(AUDIT_LOG.OCCURRED_AT), r.get(actor),
                        r.get(AUDIT_LOG.ENTITY_TYPE), r.get(AUDIT_LOG.ENTITY_ID), r.get(AUDIT_LOG.ACTION),
                        r.get(AUDIT_LOG.FIELD), r.get(AUDIT_LOG.OLD_VALUE), r.get(AUDIT_LOG.NEW_VALUE)));
    }
}
