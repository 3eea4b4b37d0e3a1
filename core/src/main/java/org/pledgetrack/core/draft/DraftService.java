package org.pledgetrack.core.draft;

import java.time.Clock;
import java.util.Optional;

import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the text a user is typing, saved while they type, so that a closed tab or an expired
 * session loses nothing. A draft belongs to the user who typed it: every call is keyed by the
 * acting user, so no one reads or replaces another user's draft, and a user may keep a draft
 * only where they may read the record it is for. Drafts are scratch text, not records, so they are
 * not written to the audit log; the record saved from them is.
 */
@Service
public class DraftService {

    /** Well above every free-text field's own limit, so a draft is never refused while its field accepts the text. */
    public static final int MAX_TEXT = 10_000;

    private final DraftRepository drafts;
    private final PledgeItemService items;
    private final TaRequestService requests;
    private final AccessPolicy access;
    private final Clock clock;

    DraftService(DraftRepository drafts, PledgeItemService items, TaRequestService requests, AccessPolicy access,
                 Clock clock) {
        this.drafts = drafts;
        this.items = items;
        this.requests = requests;
        this.access = access;
        this.clock = clock;
    }

    /** Keeps {@code text} as the user's draft for the place; blank text discards the draft. */
    @Transactional
    public void save(CurrentUser user, DraftPlace place, String text) {
        requireAccess(user, place);
        if (text == null || text.isBlank()) {
            drafts.delete(user.id(), place.key());
            return;
        }
        drafts.upsert(user.id(), place.key(), TextInput.optional(text, MAX_TEXT, "A draft"), clock.instant());
    }

    /** The user's own draft for the place, if they left one. */
    @Transactional(readOnly = true)
    public Optional<Draft> find(CurrentUser user, DraftPlace place) {
        requireAccess(user, place);
        return drafts.find(user.id(), place.key());
    }

    /** Drops the user's draft for the place, after the text was saved or the user chose not to keep it. */
    @Transactional
    public void discard(CurrentUser user, DraftPlace place) {
        requireAccess(user, place);
        drafts.delete(user.id(), place.key());
    }

    private void requireAccess(CurrentUser user, DraftPlace place) {
        switch (place.kind()) {
            case ITEM_NOTES, ITEM_COMMENT -> items.requireReadable(user, place.targetId());
            case TA_REQUEST_MESSAGE -> requests.request(user, place.targetId());
            case NEW_TA_REQUEST -> {
                access.requireRole(user, Role.AGENCY);
                if (place.targetId() != user.organizationId()) {
                    throw access.unknownRecord(user, "organization", place.targetId());
                }
            }
        }
    }
}
