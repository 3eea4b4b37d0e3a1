package org.pledgetrack.core.pledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.database.RetriedOnWriteConflict;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.notification.ItemCommentedEvent;
import org.pledgetrack.core.notification.ItemReturnedEvent;
import org.pledgetrack.core.notification.ItemSubmittedEvent;
import org.pledgetrack.core.notification.ItemVerifiedEvent;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.pledgetrack.core.submission.RecentSubmissions;
import org.pledgetrack.db.tables.records.PledgeRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work on pledge items: the agency's details, the status workflow ({@link ItemWorkflow}), the
 * comment thread and the review queue. Every call checks the user's right to the item's agency.
 */
@Service
public class PledgeItemService {

    public static final String ENTITY = "PLEDGE_ITEM";
    /** Longest owner name; forms take their limits from these constants, so both refuse the same text. */
    public static final int MAX_OWNER = 200;
    /** Longest notes and comments. */
    public static final int MAX_TEXT = 4000;
    /** The width of {@code pledge_item_status_change.reason}, where a return or reopen reason is kept. */
    public static final int MAX_REASON = 2000;
    public static final String COMMENT_MISSING = "Write a comment first.";
    private static final int LATE_TARGET_YEARS = 2;

    private final ItemRepository items;
    private final PledgeRepository pledges;
    private final EvidenceRepository evidence;
    private final CommentRepository comments;
    private final ItemAccess itemAccess;
    private final AgencyService agencies;
    private final TaAssignmentChecks assignments;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final RecentSubmissions recentSubmissions;
    private final Clock clock;

    PledgeItemService(ItemRepository items, PledgeRepository pledges, EvidenceRepository evidence, CommentRepository comments,
                      ItemAccess itemAccess, AgencyService agencies, TaAssignmentChecks assignments,
                      AccessPolicy access, AuditLog audit, ApplicationEventPublisher events,
                      RecentSubmissions recentSubmissions, Clock clock) {
        this.items = items;
        this.pledges = pledges;
        this.evidence = evidence;
        this.comments = comments;
        this.itemAccess = itemAccess;
        this.agencies = agencies;
        this.assignments = assignments;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.recentSubmissions = recentSubmissions;
        this.clock = clock;
    }

    /** The item page for a user who may read the item's agency; refused (and logged) otherwise. */
    @Transactional(readOnly = true)
    public ItemDetail detail(CurrentUser user, long itemId) {
        PledgeItem item = itemAccess.readable(user, itemId);
        boolean reports = access.canReportProgress(user, item.agencyId()) && item.pledgeOpen();
        boolean reviews = access.canReview(user, item.agencyId()) && item.pledgeOpen();
        List<ItemStatus> allowed = reports ? ItemWorkflow.nextStatuses(item.status(), ItemWorkflow.Actor.AGENCY)
                : reviews ? ItemWorkflow.nextStatuses(item.status(), ItemWorkflow.Actor.REVIEWER) : List.of();
        ReturnNote returned = item.status() == ItemStatus.RETURNED ? items.findLatestReturn(itemId).orElse(null) : null;
        return new ItemDetail(item, agencies.agency(user, item.agencyId()).name(),
                pledges.findPledge(item.pledgeId()).orElseThrow().getTargetOn(), evidence.findForItem(itemId),
                comments.findForItem(itemId), audit.historyOf(ENTITY, itemId), allowed, reports,
                reports && ItemWorkflow.evidenceEditable(item.status()), reports || reviews, returned);
    }

    /**
     * Saves owner, target date and notes for the agency. Refused with {@link EditConflictException}
     * (naming who changed it and when) if the item changed since {@code version} was read.
     */
    @Transactional
    @RetriedOnWriteConflict
    public PledgeItem updateDetails(CurrentUser user, long itemId, int version, ItemDetailsChange change) {
        PledgeItem item = itemAccess.reportable(user, itemId);
        String owner = TextInput.optional(change.ownerName(), MAX_OWNER, "The owner");
        String notes = TextInput.optional(change.notes(), MAX_TEXT, "The notes");
        requireWithinPledge(change.targetOn(), item.pledgeId());
        Instant now = clock.instant();
        if (!items.updateDetails(itemId, version, owner, change.targetOn(), notes, user.id(), now)) {
            throw conflict(item);
        }
        if (!Objects.equals(item.targetOn(), change.targetOn())) {
            items.insertTargetChange(itemId, change.targetOn(), user.id(), now);
        }
        audit.recordChange(user, item.agencyId(), ENTITY, itemId, "owner", item.ownerName(), owner);
        audit.recordChange(user, item.agencyId(), ENTITY, itemId, "targetOn", item.targetOn(), change.targetOn());
        audit.recordChange(user, item.agencyId(), ENTITY, itemId, "notes", item.notes(), notes);
        return items.findItem(itemId).orElseThrow();
    }

    /**
     * Moves the item along the workflow. Agencies may only make the agency's moves (never
     * VERIFIED); reviewers only theirs, for assigned agencies. Submitting needs evidence; returning
     * and reopening need {@code reason}, which is kept as a comment the agency sees.
     */
    @Transactional
    @RetriedOnWriteConflict
    public PledgeItem changeStatus(CurrentUser user, long itemId, int version, ItemStatus to, String reason) {
        PledgeItem item = itemAccess.readable(user, itemId);
        ItemWorkflow.Transition transition = ItemWorkflow.transition(item.status(), to).orElse(null);
        boolean byAgency = transition == null || transition.by() == ItemWorkflow.Actor.AGENCY;
        if (byAgency) {
            access.requireReportProgress(user, item.agencyId());
        } else {
            access.requireReview(user, item.agencyId());
        }
        ItemAccess.requireOpen(item);
        if (item.version() != version) {
            throw conflict(item);
        }
        String why = TextInput.optional(reason, MAX_REASON, "The comment");
        ItemWorkflow.check(item.status(), to, evidence.countActive(itemId), why);
        Instant now = clock.instant();
        if (!items.updateStatus(itemId, version, to, byAgency, user.id(), now)) {
            throw conflict(item);
        }
        items.insertStatusChange(itemId, item.status(), to, why, user.id(), now);
        audit.recordChange(user, item.agencyId(), ENTITY, itemId, "status", item.status(), to);
        if (why != null) {
            ItemComment.Kind kind = item.status() == ItemStatus.VERIFIED ? ItemComment.Kind.REOPEN_REASON
                    : to == ItemStatus.RETURNED ? ItemComment.Kind.RETURN_REASON : ItemComment.Kind.COMMENT;
            addToThread(user, item, kind, why);
        }
        if (to == ItemStatus.VERIFIED) {
            comments.resolveOpen(itemId);
        }
        announce(user, item, to, why);
        return items.findItem(itemId).orElseThrow();
    }

    /** Tells the reviewers about a submission and the agency about a return or verification (see core.notification). */
    private void announce(CurrentUser user, PledgeItem item, ItemStatus to, String why) {
        String link = "pledge/item/" + item.id();
        String title = item.number() + ". " + item.title();
        if (to == ItemStatus.SUBMITTED) {
            events.publishEvent(new ItemSubmittedEvent(item.agencyId(), agencies.agency(user, item.agencyId()).name(),
                    item.id(), title, items.countChangesTo(item.id(), ItemStatus.SUBMITTED), link));
        } else if (to == ItemStatus.RETURNED) {
            events.publishEvent(new ItemReturnedEvent(item.agencyId(), item.id(), title, why,
                    items.countChangesTo(item.id(), ItemStatus.RETURNED), link));
        } else if (to == ItemStatus.VERIFIED) {
            events.publishEvent(new ItemVerifiedEvent(item.agencyId(), item.id(), title,
                    items.countChangesTo(item.id(), ItemStatus.VERIFIED), link));
        }
    }

    /**
     * Adds a comment to the item's thread; for the agency and its reviewers, not for read-only users.
     * The same comment sent again by the same user within {@link RecentSubmissions#WINDOW} is added once.
     */
    @Transactional
    @RetriedOnWriteConflict
    public void addComment(CurrentUser user, long itemId, String body) {
        PledgeItem item = itemAccess.writable(user, itemId);
        String text = TextInput.required(body, MAX_TEXT, "The comment", COMMENT_MISSING);
        recentSubmissions.once(user, "ITEM_COMMENT", () -> {
            long commentId = addToThread(user, item, ItemComment.Kind.COMMENT, text);
            events.publishEvent(new ItemCommentedEvent(item.agencyId(), item.id(), item.number() + ". " + item.title(),
                    commentId, user.id(), user.displayName(), access.canReportProgress(user, item.agencyId()), text,
                    "pledge/item/" + item.id()));
            return commentId;
        }, itemId, text);
    }

    /** Refuses, as every item call does, an item the user may not read. */
    @Transactional(readOnly = true)
    public void requireReadable(CurrentUser user, long itemId) {
        itemAccess.readable(user, itemId);
    }

    /**
     * Submitted items waiting for review that match the filter, longest waiting first: of assigned
     * agencies for TA staff, of all agencies for admins and (read-only) overseers. A filter naming an
     * agency outside the user's ones gives an empty queue.
     */
    @Transactional(readOnly = true)
    public List<ReviewEntry> reviewQueue(CurrentUser user, ReviewQueueFilter filter) {
        access.requireRole(user, Role.TA_STAFF, Role.ADMIN, Role.OVERSEER);
        Instant submittedBefore = filter.minDaysWaiting() == 0 ? null
                : DayCount.waitedAtLeastIfBefore(filter.minDaysWaiting(), clock);
        List<PledgeItem> waiting = items.findSubmittedItems(
                user.is(Role.TA_STAFF) ? assignments.findAssignedAgencyIds(user.id()) : null, filter, submittedBefore);
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Evidence>> evidenceByItem = evidence.findActiveForItems(
                        waiting.stream().map(PledgeItem::id).toList()).stream()
                .collect(Collectors.groupingBy(Evidence::pledgeItemId));
        Map<Long, String> agencyNames = agencies.visibleAgencies(user).stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.name()));
        return waiting.stream().map(item -> new ReviewEntry(item, agencyNames.get(item.agencyId()),
                        item.submittedAt() == null ? 0 : DayCount.untilToday(item.submittedAt(), clock),
                        evidenceByItem.getOrDefault(item.id(), List.of())))
                .toList();
    }

    private long addToThread(CurrentUser user, PledgeItem item, ItemComment.Kind kind, String text) {
        long commentId = comments.insert(item.id(), kind, text, user.id(), clock.instant());
        audit.recordAction(user, item.agencyId(), ENTITY, item.id(), kind.name(), text);
        if (access.canReportProgress(user, item.agencyId())) {
            items.touchAgencyActivity(item.id(), clock.instant());
        }
        return commentId;
    }

    /**
     * An item's target date falls on or after the pledge's signed date and at most two years after
     * the pledge's own target date: an agency running late may say so honestly (the item page marks
     * such a date, and the schedule rule never lets it lower what is expected), while a typo such as
     * 2207 is refused.
     */
    private void requireWithinPledge(LocalDate targetOn, long pledgeId) {
        if (targetOn == null) {
            return;
        }
        PledgeRecord pledge = pledges.findPledge(pledgeId).orElseThrow();
        LocalDate latest = pledge.getTargetOn().plusYears(LATE_TARGET_YEARS);
        if (targetOn.isBefore(pledge.getSignedOn()) || targetOn.isAfter(latest)) {
            throw new IllegalArgumentException("The target date must fall between the pledge's signing ("
                    + pledge.getSignedOn() + ") and two years after its target date (" + latest + ").");
        }
    }

    /** Names who saved last and when; the caller has already checked that the user may read the item. */
    private EditConflictException conflict(PledgeItem item) {
        ItemRepository.LastChange last = items.findLastChange(item.id());
        return new EditConflictException("Item " + item.number(), last.byName(), last.at());
    }
}
