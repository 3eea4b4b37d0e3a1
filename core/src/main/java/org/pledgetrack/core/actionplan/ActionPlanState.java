package org.pledgetrack.core.actionplan;

/**
 * Where an Action Plan stands between the grantee and the overseer: the grantee drafts and
 * submits, the overseer approves it or returns it with a comment, a returned plan is changed and
 * submitted again. Approval ends the planning phase.
 */
public enum ActionPlanState {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** Whether the grantee may still change the narrative, the work plan and the diagram. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
