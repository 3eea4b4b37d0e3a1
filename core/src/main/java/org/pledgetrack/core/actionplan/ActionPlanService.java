package org.pledgetrack.core.actionplan;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.files.StoredFile;
import org.pledgetrack.core.files.UploadAllowance;
import org.pledgetrack.core.files.UploadLimit;
import org.pledgetrack.core.grant.GrantAccess;
import org.pledgetrack.core.grant.GrantPhases;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.review.ReviewDecision;
import org.pledgetrack.core.review.ReviewRule;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.db.tables.records.ActionPlanRecord;
import org.pledgetrack.db.tables.records.ActionPlanTaskRecord;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Action Plan that ends a grant's planning phase. The grantee (the grant's own organizations,
 * and admins) drafts the narrative, the work plan and the diagram and submits; the overseer (and
 * admins) approves it, which starts the implementation phase ({@link GrantPhases}), or returns it
 * with a comment. Once approved, the grantee tracks each task's status and date done. Everyone who
 * may read the grant reads its plan. Every change and decision is audited, and each move is
 * published ({@link ActionPlanMoved}) so that the other side is notified.
 */
@Service
public class ActionPlanService {

    static final String ENTITY = "ACTION_PLAN";
    static final String TASK_ENTITY = "ACTION_PLAN_TASK";
    private static final ReviewRule<ActionPlanState> REVIEW = new ReviewRule<>("Action Plan",
            ActionPlanState.SUBMITTED, ActionPlanState.APPROVED, "approved", ActionPlanState.RETURNED);

    private final ActionPlanRepository plans;
    private final GrantAccess access;
    private final GrantPhases phases;
    private final FileStore files;
    private final UploadAllowance allowance;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlanService(ActionPlanRepository plans, GrantAccess access, GrantPhases phases, FileStore files,
                      UploadAllowance allowance, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.phases = phases;
        this.files = files;
        this.allowance = allowance;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The names and size {@link #uploadDiagram} accepts, for the upload to apply before it keeps a byte. */
    public UploadLimit uploadLimit() {
        return files.uploadLimit();
    }

    /** The grant's plan with its tasks and diagram (an empty draft when none was started), for whoever may read the grant. */
    @Transactional(readOnly = true)
    public ActionPlan plan(CurrentUser user, long grantId) {
        access.requireRead(user, grantId);
        LocalDate today = today();
        return plans.findPlan(grantId).map(r -> new ActionPlan(grantId, ActionPlanState.valueOf(r.getState()),
                        new ActionPlanNarrative(r.getCrimeDrivers(), r.getStrategies(), r.getCommunityEngagement(),
                                r.getResearch(), r.getSustainability()),
                        plans.findTasks(r.getId(), today), plans.findCurrentDiagram(r.getId()).orElse(null),
                        r.getSubmittedOn(), plans.findUserName(r.getSubmittedBy()).orElse(null),
                        plans.findUserName(r.getReviewedBy()).orElse(null), r.getReviewedAt(), r.getReviewComment(),
                        r.getApprovedOn(), r.getVersion(), false))
                .orElseGet(() -> new ActionPlan(grantId, ActionPlanState.DRAFT, ActionPlanNarrative.empty(), List.of(),
                        null, null, null, null, null, null, null, 0, plans.pastPlanning(grantId, today)));
    }

    /** The grantee keeps a draft of the narrative; any section may be blank. */
    @Transactional
    public void saveDraft(CurrentUser user, long grantId, int version, ActionPlanNarrative narrative) {
        ActionPlanRecord plan = editable(user, grantId);
        saveNarrative(user, plan, version, ActionPlanRules.checked(narrative), ActionPlanState.valueOf(plan.getState()));
    }

    /** Adds a task to the work plan of a plan the grantee may still change; returns its id. */
    @Transactional
    public long addTask(CurrentUser user, long grantId, TaskPlan task) {
        ActionPlanRecord plan = editable(user, grantId);
        TaskPlan valid = validTask(plan, task);
        long id = plans.insertTask(plan.getId(), valid);
        audit.recordAction(user, agencyOf(plan), TASK_ENTITY, id, "created", describe(valid));
        return id;
    }

    /** Changes a task of a plan the grantee may still change, if nobody changed it in between. */
    @Transactional
    public void editTask(CurrentUser user, long grantId, long taskId, int version, TaskPlan task) {
        ActionPlanRecord plan = editable(user, grantId);
        ActionPlanTaskRecord before = existingTask(plan, taskId);
        TaskPlan valid = validTask(plan, task);
        if (!plans.updateTask(taskId, version, valid)) {
            throw new EditConflictException("This task", null, clock.instant());
        }
        Long agencyId = agencyOf(plan);
        audit.recordChange(user, agencyId, TASK_ENTITY, taskId, "strategy", before.getStrategy(), valid.strategy());
        audit.recordChange(user, agencyId, TASK_ENTITY, taskId, "task", before.getTask(), valid.task());
        audit.recordChange(user, agencyId, TASK_ENTITY, taskId, "responsible_party", before.getResponsibleParty(),
                valid.responsibleParty());
        audit.recordChange(user, agencyId, TASK_ENTITY, taskId, "start_on", before.getStartOn(), valid.startOn());
        audit.recordChange(user, agencyId, TASK_ENTITY, taskId, "end_on", before.getEndOn(), valid.endOn());
    }

    /** Removes a task from a plan the grantee may still change. */
    @Transactional
    public void removeTask(CurrentUser user, long grantId, long taskId) {
        ActionPlanRecord plan = editable(user, grantId);
        ActionPlanTaskRecord before = existingTask(plan, taskId);
        if (plans.deleteTask(taskId)) {
            audit.recordAction(user, agencyOf(plan), TASK_ENTITY, taskId, "removed", before.getStrategy() + ": "
                    + before.getTask());
        }
    }

    /**
     * Stores the diagram linking strategies to crime drivers, replacing the current one; refused
     * like any upload for a wrong name, type or size, or past the upload rate or quota, leaving nothing.
     */
    @Transactional
    public long uploadDiagram(CurrentUser user, long grantId, InputStream content, String originalFilename) {
        ActionPlanRecord plan = editable(user, grantId);
        StoredFile stored = files.store(content, originalFilename);
        allowance.check(user, stored);
        long id = plans.replaceDiagram(plan.getId(), stored, user.id(), clock.instant());
        audit.recordAction(user, agencyOf(plan), ENTITY, plan.getId(), "diagram", stored.originalFilename());
        return id;
    }

    /** The current diagram's content, for whoever may read the grant. */
    @Transactional(readOnly = true)
    public InputStream openDiagram(CurrentUser user, long grantId) {
        access.requireRead(user, grantId);
        PlanDiagram diagram = plans.findPlan(grantId).flatMap(p -> plans.findCurrentDiagram(p.getId()))
                .orElseThrow(() -> new IllegalStateException("This Action Plan has no diagram yet."));
        return files.open(plans.findDiagramStorageKey(diagram.id()).orElseThrow());
    }

    /**
     * The grantee submits the plan with the narrative as typed: all five sections, at least one
     * task and the diagram. The overseer is notified.
     */
    @Transactional
    public void submit(CurrentUser user, long grantId, int version, ActionPlanNarrative narrative) {
        ActionPlanRecord plan = editable(user, grantId);
        ActionPlanNarrative checked = ActionPlanRules.checked(narrative);
        ActionPlanRules.requireComplete(checked, plans.findTasks(plan.getId(), today()).size(),
                plans.findCurrentDiagram(plan.getId()).isPresent());
        saveNarrative(user, plan, version, checked, ActionPlanState.SUBMITTED);
        plans.markSubmitted(plan.getId(), today(), user.id());
        audit.recordChange(user, agencyOf(plan), ENTITY, plan.getId(), "submitted_on", plan.getSubmittedOn(),
                plan.getSubmittedOn() == null ? today() : plan.getSubmittedOn());
        publish(plan, ActionPlanMoved.Move.SUBMITTED, null, version + 1);
    }

    /**
     * The overseer approves the submitted plan: planning ends yesterday, implementation starts
     * today and the report calendar is brought in line; the work plan's tasks are tracked from now
     * on. The grantee is notified.
     */
    @Transactional
    public void approve(CurrentUser user, long grantId, int version) {
        ActionPlanRecord plan = reviewable(user, grantId);
        decide(user, plan, version,
                REVIEW.accept(ActionPlanState.valueOf(plan.getState()), user.id(), clock.instant()), today());
        phases.startImplementation(grantId, today());
        audit.recordChange(user, agencyOf(plan), ENTITY, plan.getId(), "approved_on", null, today());
    }

    /** The overseer returns the submitted plan to the grantee with a comment saying what to change. */
    @Transactional
    public void returnToGrantee(CurrentUser user, long grantId, int version, String comment) {
        String text = ReviewRule.returnComment(comment);
        ActionPlanRecord plan = reviewable(user, grantId);
        decide(user, plan, version,
                REVIEW.returnWith(ActionPlanState.valueOf(plan.getState()), text, user.id(), clock.instant()), null);
    }

    /** The grantee records how far a task of the approved plan has come: its status and, when done, the date. */
    @Transactional
    public void recordProgress(CurrentUser user, long grantId, long taskId, int version, TaskStatus status,
                               LocalDate doneOn) {
        access.requireGrantee(user, grantId);
        ActionPlanRecord plan = existingPlan(grantId);
        if (!ActionPlanState.APPROVED.name().equals(plan.getState())) {
            throw new IllegalStateException("Tasks are tracked once the Action Plan is approved.");
        }
        ActionPlanTaskRecord before = existingTask(plan, taskId);
        LocalDate done = ActionPlanRules.validDoneOn(status, doneOn, today());
        if (!plans.updateProgress(taskId, version, status, done)) {
            throw new EditConflictException("This task", null, clock.instant());
        }
        audit.recordChange(user, agencyOf(plan), TASK_ENTITY, taskId, "status", before.getStatus(), status.name());
        audit.recordChange(user, agencyOf(plan), TASK_ENTITY, taskId, "done_on", before.getDoneOn(), done);
    }

    private ActionPlanRecord reviewable(CurrentUser user, long grantId) {
        access.requireReportReview(user, grantId);
        return existingPlan(grantId);
    }

    private void decide(CurrentUser user, ActionPlanRecord plan, int version, ReviewDecision<ActionPlanState> decision,
                        LocalDate approvedOn) {
        if (!plans.review(plan.getId(), version, decision, approvedOn)) {
            throw conflict(plan);
        }
        decision.recordIn(audit, user, agencyOf(plan), ENTITY, plan.getId(), plan.getState(), plan.getReviewComment());
        publish(plan, decision.state() == ActionPlanState.APPROVED ? ActionPlanMoved.Move.APPROVED
                : ActionPlanMoved.Move.RETURNED, decision.comment(), version + 1);
    }

    private void saveNarrative(CurrentUser user, ActionPlanRecord plan, int version, ActionPlanNarrative n,
                               ActionPlanState next) {
        if (!plans.updateNarrative(plan.getId(), version, n, next, user.id(), clock.instant())) {
            throw conflict(plan);
        }
        Long agencyId = agencyOf(plan);
        long id = plan.getId();
        audit.recordChange(user, agencyId, ENTITY, id, "crime_drivers", plan.getCrimeDrivers(), n.crimeDrivers());
        audit.recordChange(user, agencyId, ENTITY, id, "strategies", plan.getStrategies(), n.strategies());
        audit.recordChange(user, agencyId, ENTITY, id, "community_engagement", plan.getCommunityEngagement(),
                n.communityEngagement());
        audit.recordChange(user, agencyId, ENTITY, id, "research", plan.getResearch(), n.research());
        audit.recordChange(user, agencyId, ENTITY, id, "sustainability", plan.getSustainability(), n.sustainability());
        audit.recordChange(user, agencyId, ENTITY, id, "state", plan.getState(), next.name());
    }

    private TaskPlan validTask(ActionPlanRecord plan, TaskPlan task) {
        BcjiGrantRecord grant = plans.findGrant(plan.getGrantId()).orElseThrow();
        TaskPlan valid = ActionPlanRules.validTask(task == null ? TaskPlan.empty() : task, grant.getStartOn(),
                grant.getEndOn());
        if (!plans.linksExist(valid.focusAreaIds(), valid.itemIds())) {
            throw new IllegalArgumentException("Choose focus areas and pledge items from the campaign's list.");
        }
        return valid;
    }

    /**
     * The grant's plan for the grantee to change (made on first use): refused to others, once it is
     * submitted or approved, and for a grant whose implementation began without a plan in the app.
     */
    private ActionPlanRecord editable(CurrentUser user, long grantId) {
        access.requireGrantee(user, grantId);
        ActionPlanRecord plan = plans.findPlan(grantId).orElse(null);
        if (plan == null) {
            if (plans.pastPlanning(grantId, today())) {
                throw new IllegalStateException("This grant's implementation has begun: its Action Plan was approved "
                        + "outside the app.");
            }
            plan = plans.findOrCreatePlan(grantId);
        }
        if (!ActionPlanState.valueOf(plan.getState()).editable()) {
            throw new IllegalStateException(ActionPlanState.APPROVED.name().equals(plan.getState())
                    ? "This Action Plan is approved and can no longer be changed."
                    : "This Action Plan is submitted and waits for the overseer; it can be changed if it is returned.");
        }
        return plan;
    }

    /** A plan to review or track; a grant without one is refused like a missing record. */
    private ActionPlanRecord existingPlan(long grantId) {
        return plans.findPlan(grantId).orElseThrow(() -> new IllegalStateException("This grant has no Action Plan yet."));
    }

    /**
     * A task of this plan, which the caller may already read; another plan's task id is refused
     * like an unknown one, with the same words, so it tells nothing about the other plan.
     */
    private ActionPlanTaskRecord existingTask(ActionPlanRecord plan, long taskId) {
        return plans.findTask(plan.getId(), taskId)
                .orElseThrow(() -> new IllegalArgumentException("This work plan has no such task; reload the page."));
    }

    private void publish(ActionPlanRecord plan, ActionPlanMoved.Move move, String comment, int version) {
        String site = plans.findGrant(plan.getGrantId()).map(BcjiGrantRecord::getSiteName).orElse("");
        events.publishEvent(new ActionPlanMoved(plan.getGrantId(), site, move, comment, version));
    }

    private EditConflictException conflict(ActionPlanRecord plan) {
        ActionPlanRecord current = plans.findPlan(plan.getGrantId()).orElse(plan);
        return new EditConflictException("This Action Plan", plans.findUserName(current.getUpdatedBy()).orElse(null),
                current.getUpdatedAt() == null ? clock.instant() : current.getUpdatedAt());
    }

    private Long agencyOf(ActionPlanRecord plan) {
        return plans.findGrant(plan.getGrantId()).map(BcjiGrantRecord::getLeadAgencyId).orElse(null);
    }

    private static String describe(TaskPlan task) {
        return task.strategy() + ": " + task.task() + " (" + task.responsibleParty() + ", " + task.startOn() + " – "
                + task.endOn() + ")";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
