package org.pledgetrack.core.actionplan;

import static org.pledgetrack.db.Tables.ACTION_PLAN;
import static org.pledgetrack.db.Tables.ACTION_PLAN_DIAGRAM;
import static org.pledgetrack.db.Tables.ACTION_PLAN_TASK;
import static org.pledgetrack.db.Tables.ACTION_PLAN_TASK_FOCUS_AREA;
import static org.pledgetrack.db.Tables.ACTION_PLAN_TASK_ITEM;
import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.GRANT_PHASE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.pledgetrack.core.files.StoredFile;
import org.pledgetrack.core.review.ReviewDecision;
import org.pledgetrack.db.tables.records.ActionPlanRecord;
import org.pledgetrack.db.tables.records.ActionPlanTaskRecord;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.springframework.stereotype.Repository;

/** Action Plans, their work plan tasks and diagrams; public for the demo, which writes plans as they stand. */
@Repository
public class ActionPlanRepository {

    private final DSLContext dsl;

    ActionPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<BcjiGrantRecord> findGrant(long grantId) {
        return dsl.fetchOptional(BCJI_GRANT, BCJI_GRANT.ID.eq(grantId));
    }

    /** Whether the grant's implementation (or a later phase) has begun by the day. */
    boolean pastPlanning(long grantId, LocalDate today) {
        return dsl.fetchExists(GRANT_PHASE, GRANT_PHASE.GRANT_ID.eq(grantId)
                .and(GRANT_PHASE.PHASE.in("IMPLEMENTATION", "SUSTAINABILITY")).and(GRANT_PHASE.START_ON.le(today)));
    }

    Optional<ActionPlanRecord> findPlan(long grantId) {
        return dsl.fetchOptional(ACTION_PLAN, ACTION_PLAN.GRANT_ID.eq(grantId));
    }

    /** The grant's plan, made empty on first use (the unique grant id makes two first uses one plan). */
    ActionPlanRecord findOrCreatePlan(long grantId) {
        dsl.insertInto(ACTION_PLAN).set(ACTION_PLAN.GRANT_ID, grantId).onDuplicateKeyIgnore().execute();
        return findPlan(grantId).orElseThrow();
    }

    boolean updateNarrative(long planId, int expectedVersion, ActionPlanNarrative n, ActionPlanState state,
                            long userId, Instant now) {
        return dsl.update(ACTION_PLAN)
                .set(ACTION_PLAN.CRIME_DRIVERS, n.crimeDrivers())
                .set(ACTION_PLAN.STRATEGIES, n.strategies())
                .set(ACTION_PLAN.COMMUNITY_ENGAGEMENT, n.communityEngagement())
                .set(ACTION_PLAN.RESEARCH, n.research())
                .set(ACTION_PLAN.SUSTAINABILITY, n.sustainability())
                .set(ACTION_PLAN.STATE, state.name())
                .set(ACTION_PLAN.UPDATED_BY, userId)
                .set(ACTION_PLAN.UPDATED_AT, now)
                .set(ACTION_PLAN.VERSION, expectedVersion + 1)
                .where(ACTION_PLAN.ID.eq(planId)).and(ACTION_PLAN.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Records a submission; the first submission's date stays. */
    void markSubmitted(long planId, LocalDate today, long userId) {
        dsl.update(ACTION_PLAN)
                .set(ACTION_PLAN.SUBMITTED_ON, org.jooq.impl.DSL.coalesce(ACTION_PLAN.SUBMITTED_ON,
                        org.jooq.impl.DSL.val(today)))
                .set(ACTION_PLAN.SUBMITTED_BY, userId)
                .where(ACTION_PLAN.ID.eq(planId))
                .execute();
    }

    /** Stores the overseer's decision, if the plan is still submitted and at the version the overseer saw. */
    boolean review(long planId, int expectedVersion, ReviewDecision<ActionPlanState> decision, LocalDate approvedOn) {
        return dsl.update(ACTION_PLAN)
                .set(ACTION_PLAN.STATE, decision.state().name())
                .set(ACTION_PLAN.REVIEW_COMMENT, decision.comment())
                .set(ACTION_PLAN.APPROVED_ON, approvedOn)
                .set(ACTION_PLAN.REVIEWED_BY, decision.decidedBy())
                .set(ACTION_PLAN.REVIEWED_AT, decision.decidedAt())
                .set(ACTION_PLAN.UPDATED_BY, decision.decidedBy())
                .set(ACTION_PLAN.UPDATED_AT, decision.decidedAt())
                .set(ACTION_PLAN.VERSION, expectedVersion + 1)
                .where(ACTION_PLAN.ID.eq(planId)).and(ACTION_PLAN.VERSION.eq(expectedVersion))
                .and(ACTION_PLAN.STATE.eq(ActionPlanState.SUBMITTED.name()))
                .execute() == 1;
    }

    List<WorkPlanTask> findTasks(long planId, LocalDate today) {
        Map<Long, List<Long>> areas = dsl.select(ACTION_PLAN_TASK_FOCUS_AREA.TASK_ID, ACTION_PLAN_TASK_FOCUS_AREA.FOCUS_AREA_ID)
                .from(ACTION_PLAN_TASK_FOCUS_AREA).join(ACTION_PLAN_TASK)
                .on(ACTION_PLAN_TASK.ID.eq(ACTION_PLAN_TASK_FOCUS_AREA.TASK_ID))
                .where(ACTION_PLAN_TASK.PLAN_ID.eq(planId))
                .fetchGroups(ACTION_PLAN_TASK_FOCUS_AREA.TASK_ID, ACTION_PLAN_TASK_FOCUS_AREA.FOCUS_AREA_ID);
        Map<Long, List<Long>> items = dsl.select(ACTION_PLAN_TASK_ITEM.TASK_ID, ACTION_PLAN_TASK_ITEM.CATALOG_ITEM_ID)
                .from(ACTION_PLAN_TASK_ITEM).join(ACTION_PLAN_TASK).on(ACTION_PLAN_TASK.ID.eq(ACTION_PLAN_TASK_ITEM.TASK_ID))
                .where(ACTION_PLAN_TASK.PLAN_ID.eq(planId))
                .fetchGroups(ACTION_PLAN_TASK_ITEM.TASK_ID, ACTION_PLAN_TASK_ITEM.CATALOG_ITEM_ID);
        return dsl.selectFrom(ACTION_PLAN_TASK).where(ACTION_PLAN_TASK.PLAN_ID.eq(planId))
                .orderBy(ACTION_PLAN_TASK.START_ON, ACTION_PLAN_TASK.ID)
                .fetch(r -> toTask(r, Set.copyOf(areas.getOrDefault(r.getId(), List.of())),
                        Set.copyOf(items.getOrDefault(r.getId(), List.of())), today));
    }

    Optional<ActionPlanTaskRecord> findTask(long planId, long taskId) {
        return dsl.fetchOptional(ACTION_PLAN_TASK, ACTION_PLAN_TASK.ID.eq(taskId).and(ACTION_PLAN_TASK.PLAN_ID.eq(planId)));
    }

    public long insertTask(long planId, TaskPlan task) {
        long id = dsl.insertInto(ACTION_PLAN_TASK)
                .set(ACTION_PLAN_TASK.PLAN_ID, planId)
                .set(ACTION_PLAN_TASK.STRATEGY, task.strategy())
                .set(ACTION_PLAN_TASK.TASK, task.task())
                .set(ACTION_PLAN_TASK.RESPONSIBLE_PARTY, task.responsibleParty())
                .set(ACTION_PLAN_TASK.START_ON, task.startOn())
                .set(ACTION_PLAN_TASK.END_ON, task.endOn())
                .returning(ACTION_PLAN_TASK.ID)
                .fetchOne(ACTION_PLAN_TASK.ID);
        replaceLinks(id, task);
        return id;
    }

    boolean updateTask(long taskId, int expectedVersion, TaskPlan task) {
        boolean updated = dsl.update(ACTION_PLAN_TASK)
                .set(ACTION_PLAN_TASK.STRATEGY, task.strategy())
                .set(ACTION_PLAN_TASK.TASK, task.task())
                .set(ACTION_PLAN_TASK.RESPONSIBLE_PARTY, task.responsibleParty())
                .set(ACTION_PLAN_TASK.START_ON, task.startOn())
                .set(ACTION_PLAN_TASK.END_ON, task.endOn())
                .set(ACTION_PLAN_TASK.VERSION, expectedVersion + 1)
                .where(ACTION_PLAN_TASK.ID.eq(taskId)).and(ACTION_PLAN_TASK.VERSION.eq(expectedVersion))
                .execute() == 1;
        if (updated) {
            replaceLinks(taskId, task);
        }
        return updated;
    }

    public boolean updateProgress(long taskId, int expectedVersion, TaskStatus status, LocalDate doneOn) {
        return dsl.update(ACTION_PLAN_TASK)
                .set(ACTION_PLAN_TASK.STATUS, status.name())
                .set(ACTION_PLAN_TASK.DONE_ON, doneOn)
                .set(ACTION_PLAN_TASK.VERSION, expectedVersion + 1)
                .where(ACTION_PLAN_TASK.ID.eq(taskId)).and(ACTION_PLAN_TASK.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean deleteTask(long taskId) {
        return dsl.deleteFrom(ACTION_PLAN_TASK).where(ACTION_PLAN_TASK.ID.eq(taskId)).execute() == 1;
    }

    /** Whether every id is a focus area / pledge item of the catalog (links to unknown ids are refused). */
    boolean linksExist(Set<Long> focusAreaIds, Set<Long> itemIds) {
        return (focusAreaIds.isEmpty() || dsl.fetchCount(FOCUS_AREA, FOCUS_AREA.ID.in(focusAreaIds)) == focusAreaIds.size())
                && (itemIds.isEmpty() || dsl.fetchCount(CATALOG_ITEM, CATALOG_ITEM.ID.in(itemIds)) == itemIds.size());
    }

    private void replaceLinks(long taskId, TaskPlan task) {
        dsl.deleteFrom(ACTION_PLAN_TASK_FOCUS_AREA).where(ACTION_PLAN_TASK_FOCUS_AREA.TASK_ID.eq(taskId)).execute();
        dsl.deleteFrom(ACTION_PLAN_TASK_ITEM).where(ACTION_PLAN_TASK_ITEM.TASK_ID.eq(taskId)).execute();
        task.focusAreaIds().forEach(areaId -> dsl.insertInto(ACTION_PLAN_TASK_FOCUS_AREA)
                .set(ACTION_PLAN_TASK_FOCUS_AREA.TASK_ID, taskId)
                .set(ACTION_PLAN_TASK_FOCUS_AREA.FOCUS_AREA_ID, areaId).execute());
        task.itemIds().forEach(itemId -> dsl.insertInto(ACTION_PLAN_TASK_ITEM)
                .set(ACTION_PLAN_TASK_ITEM.TASK_ID, taskId)
                .set(ACTION_PLAN_TASK_ITEM.CATALOG_ITEM_ID, itemId).execute());
    }

    Optional<PlanDiagram> findCurrentDiagram(long planId) {
        return dsl.select(ACTION_PLAN_DIAGRAM.ID, ACTION_PLAN_DIAGRAM.ORIGINAL_FILENAME, ACTION_PLAN_DIAGRAM.CONTENT_TYPE,
                        ACTION_PLAN_DIAGRAM.SIZE_BYTES, APP_USER.DISPLAY_NAME, ACTION_PLAN_DIAGRAM.UPLOADED_AT)
                .from(ACTION_PLAN_DIAGRAM).leftJoin(APP_USER).on(APP_USER.ID.eq(ACTION_PLAN_DIAGRAM.UPLOADED_BY))
                .where(ACTION_PLAN_DIAGRAM.PLAN_ID.eq(planId)).and(ACTION_PLAN_DIAGRAM.REMOVED_AT.isNull())
                .orderBy(ACTION_PLAN_DIAGRAM.ID.desc()).limit(1)
                .fetchOptional(r -> new PlanDiagram(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<String> findDiagramStorageKey(long diagramId) {
        return dsl.select(ACTION_PLAN_DIAGRAM.STORAGE_KEY).from(ACTION_PLAN_DIAGRAM)
                .where(ACTION_PLAN_DIAGRAM.ID.eq(diagramId)).fetchOptional(ACTION_PLAN_DIAGRAM.STORAGE_KEY);
    }

    /** Stores the new diagram and marks the one it replaces removed (its bytes go after the undo period). */
    long replaceDiagram(long planId, StoredFile file, long userId, Instant now) {
        dsl.update(ACTION_PLAN_DIAGRAM).set(ACTION_PLAN_DIAGRAM.REMOVED_AT, now).set(ACTION_PLAN_DIAGRAM.REMOVED_BY, userId)
                .where(ACTION_PLAN_DIAGRAM.PLAN_ID.eq(planId)).and(ACTION_PLAN_DIAGRAM.REMOVED_AT.isNull())
                .execute();
        return dsl.insertInto(ACTION_PLAN_DIAGRAM)
                .set(ACTION_PLAN_DIAGRAM.PLAN_ID, planId)
                .set(ACTION_PLAN_DIAGRAM.ORIGINAL_FILENAME, file.originalFilename())
                .set(ACTION_PLAN_DIAGRAM.CONTENT_TYPE, file.contentType())
                .set(ACTION_PLAN_DIAGRAM.SIZE_BYTES, file.size())
                .set(ACTION_PLAN_DIAGRAM.SHA256, file.sha256())
                .set(ACTION_PLAN_DIAGRAM.STORAGE_KEY, file.storageKey())
                .set(ACTION_PLAN_DIAGRAM.UPLOADED_BY, userId)
                .set(ACTION_PLAN_DIAGRAM.UPLOADED_AT, now)
                .returning(ACTION_PLAN_DIAGRAM.ID)
                .fetchOne(ACTION_PLAN_DIAGRAM.ID);
    }

    Optional<String> findUserName(Long userId) {
        return userId == null ? Optional.empty() : dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.DISPLAY_NAME);
    }

    private static WorkPlanTask toTask(ActionPlanTaskRecord r, Set<Long> areas, Set<Long> items, LocalDate today) {
        TaskStatus status = TaskStatus.valueOf(r.getStatus());
        return new WorkPlanTask(r.getId(), new TaskPlan(r.getStrategy(), r.getTask(), r.getResponsibleParty(),
                r.getStartOn(), r.getEndOn(), areas, items), status, r.getDoneOn(),
                ActionPlanRules.isOverdue(status, r.getEndOn(), today), r.getVersion());
    }
}
