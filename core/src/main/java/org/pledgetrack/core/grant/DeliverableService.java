package org.pledgetrack.core.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.submission.RecentSubmissions;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.pledgetrack.db.tables.records.TaDeliverableRecord;
import org.pledgetrack.core.locking.EditConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TA deliverables of BCJI grants: planning, scheduling, recording delivery, acceptance by the
 * grantee and cancellation. Every change is checked against the grant, versioned and audited.
 */
@Service
public class DeliverableService {

    static final String ENTITY = "TA_DELIVERABLE";
    private static final int WORKLIST_DAYS = 30;

    private final DeliverableRepository deliverables;
    private final GrantRepository grants;
    private final GrantAccess access;
    private final AccessPolicy agencyAccess;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final RecentSubmissions recentSubmissions;
    private final Clock clock;

    DeliverableService(DeliverableRepository deliverables, GrantRepository grants, GrantAccess access,
                       AccessPolicy agencyAccess, AuditLog audit, ApplicationEventPublisher events,
                       RecentSubmissions recentSubmissions, Clock clock) {
        this.deliverables = deliverables;
        this.grants = grants;
        this.access = access;
        this.agencyAccess = agencyAccess;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.recentSubmissions = recentSubmissions;
    }

    /** The grant's deliverables by due date, with overdue derived from today's date. */
    @Transactional(readOnly = true)
    public List<Deliverable> deliverablesOf(CurrentUser user, long grantId) {
        access.requireRead(user, grantId);
        return deliverables.find(DeliverableRepository.ofGrant(grantId), today());
    }

    /** One deliverable, if the user may read its grant. */
    @Transactional(readOnly = true)
    public Deliverable deliverable(CurrentUser user, long deliverableId) {
        Deliverable deliverable = deliverables.findById(deliverableId, today())
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this information."));
        access.requireRead(user, deliverable.grantId());
        return deliverable;
    }

    /**
     * TA received for a pledge item: deliverables linked to the item on grants the agency takes
     * part in. Readable by whoever may read the agency; refused (and logged) for anyone else,
     * TA staff not assigned to the agency included.
     */
    @Transactional(readOnly = true)
    public List<Deliverable> deliverablesForItem(CurrentUser user, long agencyId, long catalogItemId) {
        agencyAccess.requireReadAgency(user, agencyId);
        return deliverables.find(DeliverableRepository.supportingItemOfAgency(catalogItemId, agencyId), today()).stream()
                .filter(d -> access.canRead(user, d.grantId()))
                .toList();
    }

    /** A TA staff member's worklist across their assigned grants. */
    @Transactional(readOnly = true)
    public MyDeliverables myDeliverables(CurrentUser user) {
        if (!user.is(Role.TA_STAFF)) {
            return new MyDeliverables(List.of(), List.of(), List.of());
        }
        LocalDate today = today();
        List<Deliverable> all = deliverables.find(DeliverableRepository.assignedTo(user.id()), today);
        LocalDate horizon = today.plusDays(WORKLIST_DAYS);
        LocalDate since = today.minusDays(WORKLIST_DAYS);
        return new MyDeliverables(
                all.stream().filter(d -> DeliverableRules.isOpen(d.status()) && !d.dueOn().isBefore(today)
                        && !d.dueOn().isAfter(horizon)).toList(),
                all.stream().filter(Deliverable::overdue).toList(),
                all.stream().filter(d -> d.deliveredOn() != null && !d.deliveredOn().isBefore(since)).toList());
    }

    /** Plans a deliverable on a grant; with a scheduled date it starts out scheduled. */
    @Transactional
    public long plan(CurrentUser user, long grantId, DeliverablePlan plan) {
        return insert(user, grantId, plan, null);
    }

    /**
     * Plans the deliverable that answers a TA request; its delivery closes the request. Called by
     * the TA request triage, which has already checked the request itself.
     */
    @Transactional
    public long planForRequest(CurrentUser user, long grantId, long taRequestId, DeliverablePlan plan) {
        return insert(user, grantId, plan, taRequestId);
    }

    /** Changes the plan (and links) of an open deliverable; a scheduled date makes it scheduled. */
    @Transactional
    public void edit(CurrentUser user, long deliverableId, int version, DeliverablePlan changed) {
        TaDeliverableRecord record = manageable(user, deliverableId);
        DeliverableRules.requireStatus(status(record), "edited", DeliverableStatus.PLANNED, DeliverableStatus.SCHEDULED);
        DeliverablePlan plan = validated(record.getGrantId(), changed);
        Long agencyId = leadAgency(record.getGrantId());
        audit.recordChange(user, agencyId, ENTITY, deliverableId, "title", record.getTitle(), plan.title());
        audit.recordChange(user, agencyId, ENTITY, deliverableId, "due_on", record.getDueOn(), plan.dueOn());
        audit.recordChange(user, agencyId, ENTITY, deliverableId, "scheduled_on", record.getScheduledOn(), plan.scheduledOn());
        DeliverableStatus newStatus = DeliverableRules.statusForPlan(plan.scheduledOn());
        audit.recordChange(user, agencyId, ENTITY, deliverableId, "status", record.getStatus(), newStatus.name());
        record.setType(plan.type().name());
        record.setTitle(plan.title());
        record.setDescription(plan.description());
        record.setProviderOrgId(plan.providerOrgId());
        record.setDueOn(plan.dueOn());
        record.setScheduledOn(plan.scheduledOn());
        record.setStatus(newStatus.name());
        save(user, record, version);
        deliverables.replaceLinks(deliverableId, plan);
    }

    /** Records what happened; the deliverable becomes delivered and a TA request it answers is closed. */
    @Transactional
    public void recordDelivery(CurrentUser user, long deliverableId, int version, DeliveryRecord recorded) {
        TaDeliverableRecord record = manageable(user, deliverableId);
        DeliverableRules.requireStatus(status(record), "recorded as delivered",
                DeliverableStatus.PLANNED, DeliverableStatus.SCHEDULED, DeliverableStatus.DELIVERED);
        DeliveryRecord delivery = DeliverableRules.validateDelivery(recorded, record.getScheduledOn(), today());
        Long agencyId = leadAgency(record.getGrantId());
        audit.recordChange(user, agencyId, ENTITY, deliverableId, "status", record.getStatus(),
                DeliverableStatus.DELIVERED.name());
        audit.recordChange(user, agencyId, ENTITY, deliverableId, "delivered_on", record.getDeliveredOn(),
                delivery.deliveredOn());
        record.setStatus(DeliverableStatus.DELIVERED.name());
        record.setDeliveredOn(delivery.deliveredOn());
        record.setHours(delivery.hours());
        record.setAttendees(delivery.attendees());
        record.setRating(delivery.rating());
        record.setOutcomeNote(delivery.outcomeNote());
        save(user, record, version);
        if (record.getTaRequestId() != null) {
            events.publishEvent(new DeliverableDelivered(deliverableId, record.getTaRequestId(), clock.instant()));
        }
    }

    /** The grantee confirms attendance and accepts a delivered deliverable. */
    @Transactional
    public void accept(CurrentUser user, long deliverableId, int version) {
        TaDeliverableRecord record = existing(deliverableId);
        access.requireGrantee(user, record.getGrantId());
        DeliverableRules.requireStatus(status(record), "accepted", DeliverableStatus.DELIVERED);
        audit.recordChange(user, leadAgency(record.getGrantId()), ENTITY, deliverableId, "status", record.getStatus(),
                DeliverableStatus.ACCEPTED.name());
        record.setStatus(DeliverableStatus.ACCEPTED.name());
        record.setAcceptedOn(today());
        save(user, record, version);
    }

    /** Cancels an open deliverable; the reason is required and kept. */
    @Transactional
    public void cancel(CurrentUser user, long deliverableId, int version, String reason) {
        TaDeliverableRecord record = manageable(user, deliverableId);
        DeliverableRules.requireStatus(status(record), "cancelled", DeliverableStatus.PLANNED, DeliverableStatus.SCHEDULED);
        String why = TextInput.required(reason, 1000, "The reason", "Give a reason for cancelling.");
        audit.recordChange(user, leadAgency(record.getGrantId()), ENTITY, deliverableId, "status", record.getStatus(),
                DeliverableStatus.CANCELLED.name());
        record.setStatus(DeliverableStatus.CANCELLED.name());
        record.setCancelReason(why);
        save(user, record, version);
    }

    /** Creates once: the same plan sent again within seconds (a double click) returns the first deliverable. */
    private long insert(CurrentUser user, long grantId, DeliverablePlan planned, Long taRequestId) {
        access.requireManage(user, grantId);
        DeliverablePlan plan = validated(grantId, planned);
        return recentSubmissions.once(user, ENTITY, () -> {
            long id = deliverables.insert(grantId, plan, taRequestId, user.id(), clock.instant());
            audit.recordAction(user, leadAgency(grantId), ENTITY, id, "CREATE");
            return id;
        }, grantId, taRequestId, plan.type(), plan.title(), plan.description(), plan.providerOrgId(), plan.dueOn(),
                plan.scheduledOn(), new TreeSet<>(plan.focusAreaIds()), new TreeSet<>(plan.itemIds()));
    }

    /** The plan as it is stored, once it keeps the rules and names one of the grant's providers. */
    private DeliverablePlan validated(long grantId, DeliverablePlan plan) {
        BcjiGrantRecord grant = grants.findGrant(grantId).orElseThrow();
        DeliverablePlan valid = DeliverableRules.validatePlan(plan, grant.getStartOn(), grant.getEndOn());
        if (!grants.isProviderOf(grantId, valid.providerOrgId())) {
            throw new IllegalArgumentException("Choose one of the grant's TA providers.");
        }
        return valid;
    }

    /**
     * A deliverable the user may plan and record; a TA event's deliverable is refused, since it is
     * written from its event (one truth for every grant the event served).
     */
    private TaDeliverableRecord manageable(CurrentUser user, long deliverableId) {
        TaDeliverableRecord record = existing(deliverableId);
        access.requireManage(user, record.getGrantId());
        if (record.getTaEventId() != null) {
            throw new IllegalStateException("This deliverable is a TA event's: change it on the event, which all "
                    + "the sites it served share.");
        }
        return record;
    }

    private TaDeliverableRecord existing(long deliverableId) {
        return deliverables.findRecord(deliverableId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this information."));
    }

    private void save(CurrentUser user, TaDeliverableRecord record, int version) {
        if (!deliverables.update(record, version, user.id(), clock.instant())) {
            TaDeliverableRecord current = existing(record.getId());
            throw new EditConflictException("This deliverable", deliverables.findUpdatedByName(record.getId()),
                    current.getUpdatedAt());
        }
    }

    private Long leadAgency(long grantId) {
        return grants.findGrant(grantId).map(BcjiGrantRecord::getLeadAgencyId).orElse(null);
    }

    private static DeliverableStatus status(TaDeliverableRecord record) {
        return DeliverableStatus.valueOf(record.getStatus());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
