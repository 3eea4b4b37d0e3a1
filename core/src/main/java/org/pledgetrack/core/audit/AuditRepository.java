package org.pledgetrack.core.audit;

import static org.pledgetrack.db.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
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

    List<AuditEntry> findForEntity(String entityType, long entityId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq(entityType).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActorName(), r.getEntityType(),
                        r.getEntityId(), r.getAction(), r.getField(), r.getOldValue(), r.getNewValue()));
    }
}
