package org.pledgetrack.core.pledge;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.audit.AuditEntry;

/**
 * Everything the item page shows, with what this user may do: the statuses the user may move
 * the item to and whether the user may edit the agency's fields or evidence.
 *
 * @param pledgeDeadline the pledge's target date, 36 months after signing
 * @param returned       while the item is returned, why (the latest return's reason); null otherwise
 */
public record ItemDetail(PledgeItem item, String agencyName, LocalDate pledgeDeadline, List<Evidence> evidence,
                         List<ItemComment> comments, List<AuditEntry> history, List<ItemStatus> allowedStatuses,
                         boolean canEditDetails, boolean canEditEvidence, boolean canComment,
                         @Nullable ReturnNote returned) {

    /**
     * Whether the item's own target date lies after the pledge's deadline: an honest plan that the
     * page points out, and that the schedule rule never lets lower what is expected.
     */
    public boolean targetAfterDeadline() {
        return item.targetOn() != null && item.targetOn().isAfter(pledgeDeadline);
    }
}
