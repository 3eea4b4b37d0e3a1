package org.pledgetrack.core.files;

import static org.pledgetrack.db.Tables.ACTION_PLAN_DIAGRAM;
import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ATTACHMENT;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.math.BigDecimal;
import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The sums behind the upload quota and rate, read from the evidence and attachment rows themselves. */
@Repository
class UploadAllowanceRepository {

    private final DSLContext dsl;

    UploadAllowanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the organization's row until the transaction ends, so that its uploads are counted one at a time on every node. */
    void lockOrganization(long organizationId) {
        dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.ID.eq(organizationId)).forUpdate().fetch();
    }

    /**
     * The bytes of the files uploaded by the organization's users that are still kept (removed ones too, until
     * deleted). Evidence attached to a further item shares its file and is counted once, as uploaded.
     */
    long keptBytesOfOrganization(long organizationId) {
        Field<BigDecimal> evidence = dsl.select(DSL.sum(EVIDENCE.SIZE_BYTES)).from(EVIDENCE)
                .join(APP_USER).on(APP_USER.ID.eq(EVIDENCE.UPLOADED_BY))
                .where(APP_USER.ORGANIZATION_ID.eq(organizationId))
                .and(EVIDENCE.STORAGE_KEY.isNotNull()).and(EVIDENCE.FILE_DELETED_AT.isNull())
                .and(EVIDENCE.ATTACHED_FROM_ID.isNull()).asField();
        Field<BigDecimal> attachments = dsl.select(DSL.sum(ATTACHMENT.SIZE_BYTES)).from(ATTACHMENT)
                .join(APP_USER).on(APP_USER.ID.eq(ATTACHMENT.UPLOADED_BY))
                .where(APP_USER.ORGANIZATION_ID.eq(organizationId))
                .and(ATTACHMENT.FILE_DELETED_AT.isNull()).asField();
        Field<BigDecimal> diagrams = dsl.select(DSL.sum(ACTION_PLAN_DIAGRAM.SIZE_BYTES)).from(ACTION_PLAN_DIAGRAM)
                .join(APP_USER).on(APP_USER.ID.eq(ACTION_PLAN_DIAGRAM.UPLOADED_BY))
                .where(APP_USER.ORGANIZATION_ID.eq(organizationId))
                .and(ACTION_PLAN_DIAGRAM.FILE_DELETED_AT.isNull()).asField();
        return total(evidence, attachments, diagrams);
    }

    /** The bytes of the files the user uploaded after {@code since}, kept or not. */
    long bytesUploadedBy(long userId, Instant since) {
        Field<BigDecimal> evidence = dsl.select(DSL.sum(EVIDENCE.SIZE_BYTES)).from(EVIDENCE)
                .where(EVIDENCE.UPLOADED_BY.eq(userId)).and(EVIDENCE.UPLOADED_AT.gt(since))
                .and(EVIDENCE.STORAGE_KEY.isNotNull()).and(EVIDENCE.ATTACHED_FROM_ID.isNull()).asField();
        Field<BigDecimal> attachments = dsl.select(DSL.sum(ATTACHMENT.SIZE_BYTES)).from(ATTACHMENT)
                .where(ATTACHMENT.UPLOADED_BY.eq(userId)).and(ATTACHMENT.UPLOADED_AT.gt(since)).asField();
        Field<BigDecimal> diagrams = dsl.select(DSL.sum(ACTION_PLAN_DIAGRAM.SIZE_BYTES))
                .from(ACTION_PLAN_DIAGRAM).where(ACTION_PLAN_DIAGRAM.UPLOADED_BY.eq(userId))
                .and(ACTION_PLAN_DIAGRAM.UPLOADED_AT.gt(since)).asField();
        return total(evidence, attachments, diagrams);
    }

    @SafeVarargs
    private long total(Field<BigDecimal>... sums) {
        Field<BigDecimal> total = DSL.val(BigDecimal.ZERO);
        for (Field<BigDecimal> sum : sums) {
            total = total.plus(DSL.coalesce(sum, BigDecimal.ZERO));
        }
        return dsl.select(total).fetchOne(0, Long.class);
    }
}
