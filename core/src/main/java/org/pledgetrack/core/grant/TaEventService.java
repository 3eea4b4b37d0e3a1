package org.pledgetrack.core.grant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.submission.RecentSubmissions;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.pledgetrack.db.tables.records.TaDeliverableRecord;
import org.pledgetrack.db.tables.records.TaEventRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TA events that serve several sites at once. TA staff of the event's provider (and admins) plan
 * and record them; overseers and admins read them all, and whoever may read a grant reads the
 * events that served it.
 *
 * <p>The event is the one truth about what happened. On each grant it served it has exactly one
 * deliverable, which this service writes from the event in the same transaction (and which
 * {@link DeliverableService} refuses to change on its own): so a grant's deliverable lists, reports
 * and status count the event once, and a provider's activity counts the event itself once.
 */
@Service
public class TaEventService {

    static final String ENTITY = "TA_EVENT";
    private static final Logger log = LoggerFactory.getLogger(TaEventService.class);

    private final TaEventRepository events;
    private final GrantRepository grants;
    private final GrantAccess grantAccess;
    private final AuditLog audit;
    private final RecentSubmissions recentSubmissions;
    private final Clock clock;

    TaEventService(TaEventRepository events, GrantRepository grants, GrantAccess grantAccess, AuditLog audit,
                   RecentSubmissions recentSubmissions, Clock clock) {
        this.events = events;
        this.grants = grants;
        this.grantAccess = grantAccess;
        this.audit = audit;
        this.recentSubmissions = recentSubmissions;
        this.clock = clock;
    }

    /** The events that served the grant, latest first. */
    @Transactional(readOnly = true)
    public List<TaEvent> eventsOfGrant(CurrentUser user, long grantId) {
        grantAccess.requireRead(user, grantId);
        return events.findServingGrant(grantId);
    }

    /** One event, for whoever may read it (see the class comment). */
    @Transactional(readOnly = true)
    public TaEvent event(CurrentUser user, long eventId) {
        TaEvent event = events.findById(eventId).orElseThrow(TaEventService::denied);
        if (!canRead(user, event)) {
            throw refused(user, "read TA event", eventId);
        }
        return event;
    }

    /** Whether the user may plan events at all (TA staff and admins): drives whether the button shows. */
    @Transactional(readOnly = true)
    public boolean canPlanEvents(CurrentUser user) {
        return switch (user.role()) {
            case TA_STAFF, ADMIN -> true;
            case AGENCY, OVERSEER -> false;
        };
    }

    /** Whether the user may change this event: TA staff of its provider, and admins. */
    @Transactional(readOnly = true)
    public boolean canEdit(CurrentUser user, long eventId) {
        return events.findRecord(eventId).map(e -> manages(user, e.getProviderOrgId())).orElse(false);
    }

    /**
     * What an event may serve and who may give it: TA staff plan for their own provider, admins for
     * any. The grants are those the provider gives TA to.
     */
    @Transactional(readOnly = true)
    public TaEventSiteChoices siteChoices(CurrentUser user, long providerOrgId) {
        requireManage(user, providerOrgId, "plan TA events of provider", providerOrgId);
        List<GrantDetail.Organization> providers = user.is(Role.ADMIN)
                ? events.findProviders()
                : events.findProviders().stream().filter(p -> p.id() == user.organizationId()).toList();
        return new TaEventSiteChoices(providers, events.findGrantsOfProvider(providerOrgId), events.findAgencies());
    }

    /** Plans (or records) an event; the same event sent again within seconds (a double click) returns the first. */
    @Transactional
    public long create(CurrentUser user, TaEventPlan planned) {
        Long providerOrgId = planned.providerOrgId();
        if (!canPlanEvents(user) || (providerOrgId != null && !manages(user, providerOrgId))) {
            throw refused(user, "plan a TA event of provider", providerOrgId == null ? 0 : providerOrgId);
        }
        TaEventRules.require(providerOrgId != null && events.isProvider(providerOrgId), "Choose the TA provider.");
        TaEventPlan plan = validated(planned);
        return recentSubmissions.once(user, ENTITY, () -> {
            Instant now = clock.instant();
            long id = events.insert(plan, user.id(), now);
            events.replaceSites(id, plan.sites());
            writeDeliverables(id, plan, Map.of(), user.id(), now);
            audit.recordAction(user, null, ENTITY, id, "CREATE");
            return id;
        }, plan.providerOrgId(), plan.title(), plan.kind(), plan.format(), plan.heldOn(), plan.hours(), plan.held(),
                plan.sites());
    }

    /**
     * Changes the event and its sites and rewrites its deliverables: a grant no longer served loses
     * the event's deliverable (refused once that grant accepted it or filed something on it); a held
     * event stays held. The provider does not change.
     */
    @Transactional
    public void update(CurrentUser user, long eventId, int version, TaEventPlan changed) {
        TaEventRecord record = events.findRecord(eventId).orElseThrow(TaEventService::denied);
        requireManage(user, record.getProviderOrgId(), "change TA event", eventId);
        TaEventPlan plan = validated(new TaEventPlan(record.getProviderOrgId(), changed.title(), changed.kind(),
                changed.format(), changed.heldOn(), changed.hours(), changed.held(), changed.sites()));
        TaEventRules.requireNotUnheld(TaEventStatus.valueOf(record.getStatus()), plan);
        Instant now = clock.instant();
        if (!events.update(eventId, version, plan, user.id(), now)) {
            throw new EditConflictException("This event", events.findUpdatedByName(eventId), record.getUpdatedAt());
        }
        Map<Long, TaDeliverableRecord> existing = new HashMap<>(events.findDeliverables(eventId));
        plan.sites().stream().map(TaEventPlan.Site::grantId).filter(Objects::nonNull).forEach(existing::remove);
        for (TaDeliverableRecord dropped : existing.values()) {
            TaEventRules.require(!DeliverableStatus.ACCEPTED.name().equals(dropped.getStatus())
                            && !events.hasAttachments(dropped.getId()),
                    "The event's deliverable on " + grantName(dropped.getGrantId())
                            + " was accepted or has files: that grant stays served.");
            events.deleteDeliverable(dropped.getId());
        }
        events.replaceSites(eventId, plan.sites());
        writeDeliverables(eventId, plan, events.findDeliverables(eventId), user.id(), now);
        audit.recordChange(user, null, ENTITY, eventId, "title", record.getTitle(), plan.title());
        audit.recordChange(user, null, ENTITY, eventId, "held_on", record.getHeldOn(), plan.heldOn());
        audit.recordChange(user, null, ENTITY, eventId, "status", record.getStatus(),
                (plan.held() ? TaEventStatus.HELD : TaEventStatus.PLANNED).name());
    }

    /** The plan as stored, once each grant it serves takes TA from the provider and has the date in its period. */
    private TaEventPlan validated(TaEventPlan planned) {
        TaEventPlan plan = TaEventRules.validate(planned, LocalDate.now(clock));
        for (TaEventPlan.Site site : plan.sites()) {
            if (site.grantId() != null) {
                BcjiGrantRecord grant = grants.findGrant(site.grantId())
                        .orElseThrow(() -> new IllegalArgumentException("Choose the grants from the list."));
                TaEventRules.require(grants.isProviderOf(grant.getId(), plan.providerOrgId()),
                        grant.getSiteName() + " does not take TA from this provider.");
                TaEventRules.require(!plan.heldOn().isBefore(grant.getStartOn()) && !plan.heldOn().isAfter(grant.getEndOn()),
                        "The date must fall within the period of " + grant.getSiteName() + " (" + grant.getStartOn()
                                + " to " + grant.getEndOn() + ").");
            } else {
                TaEventRules.require(events.isAgency(site.organizationId()), "Choose the agencies from the list.");
            }
        }
        return plan;
    }

    private void writeDeliverables(long eventId, TaEventPlan plan, Map<Long, TaDeliverableRecord> existing, long userId,
                                   Instant now) {
        for (TaEventPlan.Site site : plan.sites()) {
            if (site.grantId() != null) {
                events.writeDeliverable(eventId, site.grantId(), plan, site.attendees(), existing.get(site.grantId()),
                        userId, now);
            }
        }
    }

    private boolean canRead(CurrentUser user, TaEvent event) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> true;
            case TA_STAFF -> user.organizationId() == event.providerOrgId()
                    || event.sites().stream().anyMatch(s -> s.grantId() != null && grantAccess.canRead(user, s.grantId()));
            case AGENCY -> events.servesGrantInvolving(event.id(), user.organizationId());
        };
    }

    private static boolean manages(CurrentUser user, long providerOrgId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case TA_STAFF -> user.organizationId() == providerOrgId;
            case AGENCY, OVERSEER -> false;
        };
    }

    private void requireManage(CurrentUser user, long providerOrgId, String action, long id) {
        if (!manages(user, providerOrgId)) {
            throw refused(user, action, id);
        }
    }

    private String grantName(long grantId) {
        return grants.findGrant(grantId).map(BcjiGrantRecord::getSiteName).orElse("a grant");
    }

    private static AccessDeniedException refused(CurrentUser user, String action, long id) {
        log.warn("ACCESS DENIED: user '{}' (id {}, role {}) tried to {} {}", user.username(), user.id(), user.role(),
                action, id);
        return denied();
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("You do not have access to this information.");
    }
}
