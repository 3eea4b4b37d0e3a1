package org.pledgetrack.core.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.request.TaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.TaRequestStatus;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's "Needs you" list: items TA staff returned, TA requests on which TA staff asked a
 * question, and items not yet verified whose own target date falls within the next
 * {@value #TARGET_DAYS_AHEAD} days. Read through the pledge and request services, so it shows exactly
 * what their own pages show this user.
 */
@Service
public class NeedsYouService {

    static final int TARGET_DAYS_AHEAD = 30;

    private final PledgeService pledges;
    private final TaRequestService requests;
    private final AccessPolicy access;
    private final Clock clock;

    NeedsYouService(PledgeService pledges, TaRequestService requests, AccessPolicy access, Clock clock) {
        this.pledges = pledges;
        this.requests = requests;
        this.access = access;
        this.clock = clock;
    }

    /** What waits for the user's own agency, returned items first, then questions, then target dates by date. */
    @Transactional(readOnly = true)
    public List<NeedsYouEntry> needsYou(CurrentUser user) {
        access.requireRole(user, Role.AGENCY);
        LocalDate today = LocalDate.now(clock);
        List<NeedsYouEntry> entries = new ArrayList<>();
        pledges.overview(user, user.organizationId()).filter(overview -> overview.status() == PledgeStatus.ACTIVE)
                .ifPresent(overview -> addItems(overview, today, entries));
        for (TaRequest request : requests.visibleRequests(user)) {
            if (request.status() == TaRequestStatus.INFO_REQUESTED) {
                entries.add(new NeedsYouEntry(NeedsYouEntry.Kind.QUESTION, "TA request: " + request.topic(),
                        request.responseNote() == null ? "TA staff asked for more information."
                                : "TA staff ask: " + request.responseNote(), "ta-requests",
                        LocalDate.ofInstant(request.firstResponseAt() == null ? request.submittedAt()
                                : request.firstResponseAt(), ZoneOffset.UTC)));
            }
        }
        entries.sort(Comparator.comparing(NeedsYouEntry::kind).thenComparing(NeedsYouEntry::day));
        return entries;
    }

    private static void addItems(PledgeOverview overview, LocalDate today, List<NeedsYouEntry> entries) {
        LocalDate horizon = today.plusDays(TARGET_DAYS_AHEAD);
        for (PledgeOverview.AreaProgress area : overview.areas()) {
            for (PledgeItem item : area.items()) {
                String title = "Item " + item.number() + ": " + item.title();
                String route = "pledge/item/" + item.id();
                if (item.status() == ItemStatus.RETURNED) {
                    entries.add(new NeedsYouEntry(NeedsYouEntry.Kind.RETURNED, title,
                            "TA staff returned it: see why on the item, then submit it again.", route,
                            LocalDate.ofInstant(item.updatedAt(), ZoneOffset.UTC)));
                } else if (item.status() != ItemStatus.VERIFIED && item.targetOn() != null
                        && !item.targetOn().isBefore(today) && !item.targetOn().isAfter(horizon)) {
                    entries.add(new NeedsYouEntry(NeedsYouEntry.Kind.TARGET_SOON, title,
                            "Its target date is coming up and it is " + item.status().label().toLowerCase(Locale.ROOT) + ".", route, item.targetOn()));
                }
            }
        }
    }
}
