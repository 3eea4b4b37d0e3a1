package org.pledgetrack.core.pledge;

import java.util.List;

import org.pledgetrack.core.audit.AuditEntry;

/**
 * Everything the item page shows, with what this user may do: the statuses the user may move
 * the item to and whether the user may edit the agency's fields or evidence.
 */
public record ItemDetail(PledgeItem item, String agencyName, List<Evidence> evidence,
                         List<ItemComment> comments, List<AuditEntry> history, List<ItemStatus> allowedStatuses,
                         boolean canEditDetails, boolean canEditEvidence, boolean canComment) {
}
