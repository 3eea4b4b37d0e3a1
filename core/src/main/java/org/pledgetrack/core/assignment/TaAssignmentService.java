package org.pledgetrack.core.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.notification.NotificationKind;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins assign TA staff members to agencies and to grants and end those assignments. An assignment
 * takes effect with its commit: the portfolio, the review queue, the dashboards and the API read the
 * current assignments on every request (the API's in-memory answers are keyed by the assignment
 * revision the database bumps), so nothing has to be refreshed. Every change is audited, kept as a
 * period in the history, and told to the TA staff member in the app.
 */
@Service
public class TaAssignmentService {

    static final String ENTITY = "TA_ASSIGNMENT";

    private final TaAssignmentRepository assignments;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final NotificationService notifications;
    private final Clock clock;

    TaAssignmentService(TaAssignmentRepository assignments, AccessPolicy access, AuditLog audit,
                        NotificationService notifications, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Every TA staff account with its current number of agencies and grants; admins only. */
    @Transactional(readOnly = true)
    public List<TaStaffMember> taStaff(CurrentUser actor) {
        access.requireRole(actor, Role.ADMIN);
        return assignments.findTaStaff();
    }

    /** The TA staff member's assignments, current and ended, the newest first; admins only. */
    @Transactional(readOnly = true)
    public List<AssignmentPeriod> assignmentsOf(CurrentUser actor, long taUserId) {
        access.requireRole(actor, Role.ADMIN);
        return assignments.findPeriodsOf(taUserId);
    }

    /**
     * Assigns the TA staff member to the agency; admins only. Refused (nothing changes) when the
     * account is not an enabled TA staff account, the agency does not exist or the assignment already
     * exists. Returns the new period's id.
     */
    @Transactional
    public long assignAgency(CurrentUser actor, long taUserId, long agencyId) {
        access.requireRole(actor, Role.ADMIN);
        TaAssignmentRepository.Assignee assignee = assignableTaStaff(taUserId);
        String agency = assignments.findAgencyName(agencyId)
                .orElseThrow(() -> new IllegalArgumentException("There is no agency with id " + agencyId + "."));
        if (!assignments.assignAgency(taUserId, agencyId, clock.instant())) {
            throw new IllegalArgumentException(assignee.displayName() + " is already assigned to " + agency + ".");
        }
        long periodId = assignments.recordStarter(taUserId, agencyId, null, actor.id());
        audit.recordAction(actor, agencyId, ENTITY, periodId, "ASSIGN", assignee.displayName() + " → " + agency);
        notifications.notify(taUserId, NotificationKind.TA_ASSIGNED, "You are assigned to " + agency,
                "Its pledge is in your portfolio and its submitted items in your review queue. Assigned by "
                        + actor.displayName() + ".", "agencies/" + agencyId + "/pledge", "ta-assigned:" + periodId);
        return periodId;
    }

    /** Assigns the TA staff member to the grant, with the same rules as {@link #assignAgency}. */
    @Transactional
    public long assignGrant(CurrentUser actor, long taUserId, long grantId) {
        access.requireRole(actor, Role.ADMIN);
        TaAssignmentRepository.Assignee assignee = assignableTaStaff(taUserId);
        String grant = assignments.findGrantName(grantId)
                .orElseThrow(() -> new IllegalArgumentException("There is no grant with id " + grantId + "."));
        if (!assignments.assignGrant(taUserId, grantId, clock.instant())) {
            throw new IllegalArgumentException(assignee.displayName() + " is already assigned to " + grant + ".");
        }
        long periodId = assignments.recordStarter(taUserId, null, grantId, actor.id());
        audit.recordAction(actor, null, ENTITY, periodId, "ASSIGN", assignee.displayName() + " → " + grant);
        notifications.notify(taUserId, NotificationKind.TA_ASSIGNED, "You are assigned to " + grant,
                "You can plan and record its deliverables and triage its TA requests. Assigned by "
                        + actor.displayName() + ".", "grants/" + grantId, "ta-assigned:" + periodId);
        return periodId;
    }

    /**
     * Ends a current assignment; admins only. The period stays in the history with who ended it and
     * when; the agency or grant leaves the TA staff member's portfolio, review queue and API at once.
     */
    @Transactional
    public void endAssignment(CurrentUser actor, long periodId) {
        access.requireRole(actor, Role.ADMIN);
        AssignmentPeriod period = assignments.findPeriod(periodId)
                .orElseThrow(() -> new IllegalArgumentException("There is no assignment with id " + periodId + "."));
        // An ended period must not touch the current row: it may belong to a later assignment of the same pair.
        boolean ended = period.isCurrent() && (period.isAgency()
                ? assignments.unassignAgency(period.taUserId(), period.agencyId())
                : assignments.unassignGrant(period.taUserId(), period.grantId()));
        if (!ended) {
            throw new IllegalArgumentException("The assignment to " + period.assignedTo() + " has already ended.");
        }
        Instant now = clock.instant();
        assignments.recordEnder(periodId, actor.id(), now);
        audit.recordAction(actor, period.agencyId(), ENTITY, periodId, "END", period.assignedTo());
        notifications.notify(period.taUserId(), NotificationKind.TA_ASSIGNMENT_ENDED,
                "Your assignment to " + period.assignedTo() + " has ended",
                "Ended by " + actor.displayName() + ".", null, "ta-assignment-ended:" + periodId);
    }

    private TaAssignmentRepository.Assignee assignableTaStaff(long taUserId) {
        TaAssignmentRepository.Assignee assignee = assignments.findAssignee(taUserId)
                .orElseThrow(() -> new IllegalArgumentException("There is no account with id " + taUserId + "."));
        if (assignee.role() != Role.TA_STAFF) {
            throw new IllegalArgumentException("Only TA staff can be assigned; " + assignee.displayName() + " is "
                    + assignee.role().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (!assignee.enabled()) {
            throw new IllegalArgumentException(assignee.displayName() + "'s account is disabled; enable it first.");
        }
        return assignee;
    }
}
