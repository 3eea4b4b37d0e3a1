package org.pledgetrack.core.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jooq.impl.DSL;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.grant.DeliverableDelivered;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.GrantAccess;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.pledgetrack.core.submission.RecentSubmissions;
import org.pledgetrack.db.tables.records.TaRequestRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TA requests: an agency or grantee asks, TA staff triage (accept into a deliverable, decline
 * with a reason, or ask for information). The first answer and the delivery are time-stamped so
 * response times can be reported. Every move is published as a {@link TaRequestMoved} so that the
 * other side is notified.
 */
@Service
public class TaRequestService {

    static final String ENTITY = "TA_REQUEST";
    /** Limits of the request's fields; the forms take theirs from here. */
    public static final int MAX_TOPIC = 200;
    public static final int MAX_DESCRIPTION = 4000;
    /** Longest answer the requester adds to a question. */
    public static final int MAX_INFORMATION = 1000;
    /** Longest question or reason TA staff write. */
    public static final int MAX_RESPONSE = 2000;
    public static final String TOPIC_MISSING = "Enter a topic.";
    public static final String DESCRIPTION_MISSING = "Describe what you need.";
    public static final String URGENCY_MISSING = "Choose how urgent the request is.";

    private final TaRequestRepository requests;
    private final DeliverableService deliverables;
    private final GrantAccess grantAccess;
    private final AccessPolicy access;
    private final TaAssignmentChecks assignments;
    private final AuditLog audit;
    private final RecentSubmissions recentSubmissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaRequestService(TaRequestRepository requests, DeliverableService deliverables, GrantAccess grantAccess,
                     AccessPolicy access, TaAssignmentChecks assignments, AuditLog audit,
                     RecentSubmissions recentSubmissions, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.deliverables = deliverables;
        this.grantAccess = grantAccess;
        this.access = access;
        this.assignments = assignments;
        this.audit = audit;
        this.recentSubmissions = recentSubmissions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An agency user submits a request for their own organization; a named grant must be one of
     * theirs. The same request sent again by the same user within {@link RecentSubmissions#WINDOW}
     * (a double click) returns the first one's id and files nothing new.
     */
    @Transactional
    public long submit(CurrentUser user, NewTaRequest request) {
        access.requireRole(user, Role.AGENCY);
        if (request.grantId() != null) {
            grantAccess.requireRead(user, request.grantId());
        }
        // The repository stores both stripped, as checked here.
        String topic = TextInput.required(request.topic(), MAX_TOPIC, "The topic", TOPIC_MISSING);
        String description = TextInput.required(request.description(), MAX_DESCRIPTION, "The description",
                DESCRIPTION_MISSING);
        if (request.urgency() == null) {
            throw new IllegalArgumentException(URGENCY_MISSING);
        }
        return recentSubmissions.once(user, ENTITY, () -> {
            long id = requests.insert(user.organizationId(), request, user.id(), clock.instant());
            audit.recordAction(user, user.organizationId(), ENTITY, id, "CREATE");
            events.publishEvent(new TaRequestMoved(id, user.organizationId(), request.grantId(), topic,
                    TaRequestMoved.Move.SUBMITTED, description, 0));
            return id;
        }, request.grantId(), topic, request.focusAreaId(), request.catalogItemId(), description, request.urgency());
    }

    /** Own organization's requests for agencies; assigned agencies' and grants' for TA staff; all for overseers and admins. */
    @Transactional(readOnly = true)
    public List<TaRequest> visibleRequests(CurrentUser user) {
        return requests.find(switch (user.role()) {
            case OVERSEER, ADMIN -> DSL.trueCondition();
            case TA_STAFF -> TaRequestRepository.triagedBy(user.id());
            case AGENCY -> TaRequestRepository.fromOrganization(user.organizationId());
        });
    }

    /** One request, if the user may see it. */
    @Transactional(readOnly = true)
    public TaRequest request(CurrentUser user, long requestId) {
        TaRequest request = requests.find(TaRequestRepository.withId(requestId)).stream().findFirst()
                .orElseThrow(TaRequestService::denied);
        boolean mayRead = switch (user.role()) {
            case OVERSEER, ADMIN -> true;
            case AGENCY -> request.requestingOrgId() == user.organizationId();
            case TA_STAFF -> mayTriage(user, request.requestingOrgId(), request.grantId());
        };
        if (!mayRead) {
            throw denied();
        }
        return request;
    }

    /** Whether the user triages this request (TA staff of the agency or grant, admins). */
    @Transactional(readOnly = true)
    public boolean canTriage(CurrentUser user, TaRequest request) {
        return mayTriage(user, request.requestingOrgId(), request.grantId());
    }

    /** Accepts the request by planning the deliverable that answers it, on a grant the staff member manages. */
    @Transactional
    public long accept(CurrentUser user, long requestId, int version, long grantId, DeliverablePlan plan) {
        TaRequestRecord record = triageable(user, requestId);
        long deliverableId = deliverables.planForRequest(user, grantId, requestId, plan);
        record.setGrantId(grantId);
        answer(user, record, version, TaRequestStatus.ACCEPTED, "Accepted: " + plan.title().strip(),
                TaRequestMoved.Move.ACCEPTED);
        return deliverableId;
    }

    /** Declines with a reason the requester will read. */
    @Transactional
    public void decline(CurrentUser user, long requestId, int version, String reason) {
        TaRequestRecord record = triageable(user, requestId);
        String why = TextInput.required(reason, MAX_RESPONSE, "The reason", "Give a reason for declining.");
        answer(user, record, version, TaRequestStatus.DECLINED, why, TaRequestMoved.Move.DECLINED);
    }

    /** Asks the requester for more information before deciding. */
    @Transactional
    public void askForInformation(CurrentUser user, long requestId, int version, String question) {
        TaRequestRecord record = triageable(user, requestId);
        String asked = TextInput.required(question, MAX_RESPONSE, "The question", "Write what you need to know.");
        answer(user, record, version, TaRequestStatus.INFO_REQUESTED, asked, TaRequestMoved.Move.QUESTION_ASKED);
    }

    /** The requester answers a question; the request goes back to triage with the answer added. */
    @Transactional
    public void addInformation(CurrentUser user, long requestId, int version, String information) {
        TaRequestRecord record = requests.findRecord(requestId).orElseThrow(TaRequestService::denied);
        if (!user.is(Role.AGENCY) || record.getRequestingOrgId() != user.organizationId()) {
            throw denied();
        }
        requireStatus(record, TaRequestStatus.INFO_REQUESTED);
        String added = TextInput.required(information, MAX_INFORMATION, "The answer", "Write the information asked for.");
        String description = record.getDescription() + "\n\nAdded information: " + added;
        if (description.length() > 4000) {
            throw new IllegalArgumentException("The request has become too long; submit a new request instead.");
        }
        record.setDescription(description);
        record.setStatus(TaRequestStatus.SUBMITTED.name());
        save(user, record, version);
        audit.recordChange(user, record.getRequestingOrgId(), ENTITY, requestId, "status",
                TaRequestStatus.INFO_REQUESTED.name(), TaRequestStatus.SUBMITTED.name());
        publish(record, TaRequestMoved.Move.INFORMATION_ADDED, added);
    }

    /** The deliverable answering a request was delivered: the request is delivered too, time-stamped once. */
    @EventListener
    void closeOnDelivery(DeliverableDelivered event) {
        requests.markDelivered(event.taRequestId(), event.recordedAt());
    }

    private void answer(CurrentUser user, TaRequestRecord record, int version, TaRequestStatus status, String note,
                        TaRequestMoved.Move move) {
        String oldStatus = record.getStatus();
        Instant now = clock.instant();
        if (record.getFirstResponseAt() == null) {
            record.setFirstResponseAt(now);
        }
        record.setStatus(status.name());
        record.setResponseNote(note);
        save(user, record, version);
        audit.recordChange(user, record.getRequestingOrgId(), ENTITY, record.getId(), "status", oldStatus, status.name());
        publish(record, move, note);
    }

    /** Called after {@link #save}, which advanced the record's version. */
    private void publish(TaRequestRecord record, TaRequestMoved.Move move, String text) {
        events.publishEvent(new TaRequestMoved(record.getId(), record.getRequestingOrgId(), record.getGrantId(),
                record.getTopic(), move, text, record.getVersion()));
    }

    private TaRequestRecord triageable(CurrentUser user, long requestId) {
        TaRequestRecord record = requests.findRecord(requestId).orElseThrow(TaRequestService::denied);
        if (!mayTriage(user, record.getRequestingOrgId(), record.getGrantId())) {
            throw denied();
        }
        requireStatus(record, TaRequestStatus.SUBMITTED, TaRequestStatus.INFO_REQUESTED);
        return record;
    }

    private boolean mayTriage(CurrentUser user, long organizationId, Long grantId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case TA_STAFF -> assignments.isAssignedToAgency(user.id(), organizationId)
                    || (grantId != null && assignments.isAssignedToGrant(user.id(), grantId));
            case AGENCY, OVERSEER -> false;
        };
    }

    private void save(CurrentUser user, TaRequestRecord record, int version) {
        if (!requests.update(record, version, user.id(), clock.instant())) {
            TaRequestRecord current = requests.findRecord(record.getId()).orElseThrow();
            throw new EditConflictException("This TA request", requests.findUpdatedByName(record.getId()),
                    current.getUpdatedAt());
        }
    }

    private static void requireStatus(TaRequestRecord record, TaRequestStatus... allowed) {
        for (TaRequestStatus status : allowed) {
            if (status.name().equals(record.getStatus())) {
                return;
            }
        }
        throw new IllegalStateException("This request is already " + record.getStatus().toLowerCase().replace('_', ' ') + ".");
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("You do not have access to this information.");
    }
}
