package org.pledgetrack.core.pledge;

import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Loads an item for a user and checks the user's right to it in one place, so that every item,
 * evidence and comment operation refuses tampered ids the same way: an unknown id and another
 * agency's id get the same {@link org.pledgetrack.core.security.AccessDeniedException}.
 */
@Component
class ItemAccess {

    private final ItemRepository items;
    private final AccessPolicy access;

    ItemAccess(ItemRepository items, AccessPolicy access) {
        this.items = items;
        this.access = access;
    }

    PledgeItem readable(CurrentUser user, long itemId) {
        PledgeItem item = items.findItem(itemId).orElseThrow(() -> access.unknownRecord(user, "pledge item", itemId));
        access.requireReadAgency(user, item.agencyId());
        return item;
    }

    /** An item the user's agency reports on, of a pledge that is still active. */
    PledgeItem reportable(CurrentUser user, long itemId) {
        PledgeItem item = readable(user, itemId);
        access.requireReportProgress(user, item.agencyId());
        requireOpen(item);
        return item;
    }

    /** An item the user may review or report on: comments come from both sides. */
    PledgeItem writable(CurrentUser user, long itemId) {
        PledgeItem item = readable(user, itemId);
        if (!access.canReportProgress(user, item.agencyId())) {
            access.requireReview(user, item.agencyId());
        }
        requireOpen(item);
        return item;
    }

    static void requireOpen(PledgeItem item) {
        if (!item.pledgeOpen()) {
            throw new IllegalStateException("This pledge is " + item.pledgeStatus().name().toLowerCase()
                    + "; its items can no longer be changed.");
        }
    }
}
