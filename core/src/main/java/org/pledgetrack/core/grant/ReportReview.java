package org.pledgetrack.core.grant;

/**
 * Where a progress report stands between the grantee and the overseer: the grantee drafts and
 * submits, the overseer accepts or returns it with a comment, a returned report is edited and
 * submitted again.
 */
public enum ReportReview {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether the grantee may still change the answers, counts and files. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
