package org.pledgetrack.core.draft;

/**
 * Where a draft is typed: a kind of free-text field and the record it belongs to. A user has at
 * most one draft per place.
 *
 * @param targetId the item or TA request; for a new TA request, the user's organization
 */
public record DraftPlace(Kind kind, long targetId) {

    public enum Kind {
        /** The agency's notes on a pledge item. */
        ITEM_NOTES,
        /** A new comment on a pledge item's thread. */
        ITEM_COMMENT,
        /** The description of a TA request not yet submitted. */
        NEW_TA_REQUEST,
        /** A message on a TA request: the requester's added information or TA staff's question or reason. */
        TA_REQUEST_MESSAGE
    }

    public static DraftPlace itemNotes(long itemId) {
        return new DraftPlace(Kind.ITEM_NOTES, itemId);
    }

    public static DraftPlace itemComment(long itemId) {
        return new DraftPlace(Kind.ITEM_COMMENT, itemId);
    }

    public static DraftPlace newTaRequest(long organizationId) {
        return new DraftPlace(Kind.NEW_TA_REQUEST, organizationId);
    }

    public static DraftPlace taRequestMessage(long requestId) {
        return new DraftPlace(Kind.TA_REQUEST_MESSAGE, requestId);
    }

    String key() {
        return kind.name() + ":" + targetId;
    }
}
