package org.pledgetrack.core.actionplan;

/**
 * An Action Plan moved on: published inside the transaction that moved it, after the service
 * checked the user, so that the other side hears of it. {@code version} is the plan's version
 * after the move and tells moves apart; {@code comment} is the overseer's when returned.
 */
public record ActionPlanMoved(long grantId, String siteName, Move move, String comment, int version) {

    public enum Move {
        /** The grantee submitted it to the overseer. */
        SUBMITTED,
        /** The overseer returned it with a comment. */
        RETURNED,
        /** The overseer approved it: implementation starts. */
        APPROVED
    }
}
