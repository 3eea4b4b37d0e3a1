package org.pledgetrack.core.demo;

import static org.pledgetrack.db.Tables.ACTION_PLAN;
import static org.pledgetrack.db.Tables.ACTION_PLAN_DIAGRAM;

import java.time.Instant;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.pledgetrack.core.actionplan.ActionPlanNarrative;
import org.pledgetrack.core.actionplan.ActionPlanState;
import org.pledgetrack.core.files.StoredFile;
import org.springframework.stereotype.Repository;

/**
 * Writes the demo grants' Action Plans as they stand after what they went through (drafted, or
 * submitted and approved) with their diagrams; their tasks go through {@link
 * org.pledgetrack.core.actionplan.ActionPlanRepository}. Only for loading demo data, which has no workflow
 * to replay.
 */
@Repository
class DemoActionPlanRepository {

    /** Who did what to the plan, and when. */
    record PlanHistory(ActionPlanState state, long granteeUserId, Instant lastSaved, LocalDate submittedOn,
                       Long overseerUserId, LocalDate approvedOn) {
    }

    private final DSLContext dsl;

    DemoActionPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertPlan(long grantId, ActionPlanNarrative n, PlanHistory history) {
        boolean approved = history.state() == ActionPlanState.APPROVED;
        Instant approvedAt = approved ? history.approvedOn().atTime(15, 0).toInstant(java.time.ZoneOffset.UTC) : null;
        return dsl.insertInto(ACTION_PLAN)
                .set(ACTION_PLAN.GRANT_ID, grantId)
                .set(ACTION_PLAN.STATE, history.state().name())
                .set(ACTION_PLAN.CRIME_DRIVERS, n.crimeDrivers())
                .set(ACTION_PLAN.STRATEGIES, n.strategies())
                .set(ACTION_PLAN.COMMUNITY_ENGAGEMENT, n.communityEngagement())
                .set(ACTION_PLAN.RESEARCH, n.research())
                .set(ACTION_PLAN.SUSTAINABILITY, n.sustainability())
                .set(ACTION_PLAN.SUBMITTED_ON, history.submittedOn())
                .set(ACTION_PLAN.SUBMITTED_BY, history.submittedOn() == null ? null : history.granteeUserId())
                .set(ACTION_PLAN.REVIEWED_BY, approved ? history.overseerUserId() : null)
                .set(ACTION_PLAN.REVIEWED_AT, approvedAt)
                .set(ACTION_PLAN.APPROVED_ON, history.approvedOn())
                .set(ACTION_PLAN.UPDATED_BY, approved ? history.overseerUserId() : history.granteeUserId())
                .set(ACTION_PLAN.UPDATED_AT, approved ? approvedAt : history.lastSaved())
                .set(ACTION_PLAN.VERSION, approved ? 3 : 1)
                .returning(ACTION_PLAN.ID)
                .fetchOne(ACTION_PLAN.ID);
    }

    void insertDiagram(long planId, StoredFile file, long uploadedBy, Instant at) {
        dsl.insertInto(ACTION_PLAN_DIAGRAM)
                .set(ACTION_PLAN_DIAGRAM.PLAN_ID, planId)
                .set(ACTION_PLAN_DIAGRAM.ORIGINAL_FILENAME, file.originalFilename())
                .set(ACTION_PLAN_DIAGRAM.CONTENT_TYPE, file.contentType())
                .set(ACTION_PLAN_DIAGRAM.SIZE_BYTES, file.size())
                .set(ACTION_PLAN_DIAGRAM.SHA256, file.sha256())
                .set(ACTION_PLAN_DIAGRAM.STORAGE_KEY, file.storageKey())
                .set(ACTION_PLAN_DIAGRAM.UPLOADED_BY, uploadedBy)
                .set(ACTION_PLAN_DIAGRAM.UPLOADED_AT, at)
                .execute();
    }
}
