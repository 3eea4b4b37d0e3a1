package org.pledgetrack.core.authorization;

import org.pledgetrack.core.request.TaRequest;

/**
 * The ids of one agency's records that the matrix's calls point at: its pledge, items, evidence,
 * grant with a deliverable, attachment and grantee report with a file, a TA request, a report file, an API
 * token, a notification of its user and a TA event that served its grant. {@link #UNKNOWN} holds ids no record has.
 */
record Target(long agencyId, long agencyUserId, long providerOrgId, long catalogVersionId, long pledgeId, int pledgeVersion,
              long openItemId, int openItemVersion, long submittedItemId, int submittedItemVersion,
              long catalogItemId, long evidenceId, long grantId, long deliverableId, int deliverableVersion,
              long attachmentId, long granteeReportId, int granteeReportVersion, long reportAttachmentId,
              TaRequest taRequest, long taRequestId, int taRequestVersion,
              long reportFileId, long reportDefinitionId, long apiTokenId, long notificationId, long eventId,
              int eventVersion) {

    private static final long NO_SUCH_ID = 999_999_999L;

    /** Ids that exist nowhere: refused exactly like another agency's, so probing tells nothing. */
    static final Target UNKNOWN = new Target(NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, 0, NO_SUCH_ID, 0, NO_SUCH_ID, 0,
            NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, 0, NO_SUCH_ID, NO_SUCH_ID, 0, NO_SUCH_ID, null, NO_SUCH_ID, 0,
            NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, NO_SUCH_ID, 0);
}
