package org.pledgetrack.core.request;

/**
 * A TA request moved on: published inside the transaction that moved it, after the service checked
 * the user, so that the other side hears of it. {@code version} is the request's version after the
 * move and tells moves of one request apart; {@code text} is the question, answer or reason given.
 */
public record TaRequestMoved(long requestId, long requestingOrgId, Long grantId, String topic, Move move, String text,
                             int version) {

    public enum Move {
        /** The agency filed the request. */
        SUBMITTED,
        /** TA staff asked the agency for more information. */
        QUESTION_ASKED,
        /** The agency answered the question. */
        INFORMATION_ADDED,
        /** TA staff accepted it and planned the deliverable that answers it. */
        ACCEPTED,
        /** TA staff declined it with a reason. */
        DECLINED
    }
}
