package org.pledgetrack.core.grant;

/**
 * A progress report moved on between the grantee and the overseer: published inside the
 * transaction that moved it, after the service checked the user, so that the other side hears of
 * it. {@code version} is the report's version after the move and tells moves apart; {@code comment}
 * is the overseer's when returned.
 */
public record ProgressReportMoved(long reportId, long grantId, String siteName, ReportKind kind, Move move,
                                  String comment, int version) {

    public enum Move {
        /** The grantee submitted it to the overseer. */
        SUBMITTED,
        /** The overseer returned it with a comment. */
        RETURNED,
        /** The overseer accepted it. */
        ACCEPTED
    }
}
