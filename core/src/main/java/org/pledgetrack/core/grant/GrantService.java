package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.BCJI_GRANT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** BCJI grants, limited to what the user may see, and their grantee report schedules. */
@Service
public class GrantService {

    static final int MAX_AWARD_YEARS = 10;

    private final GrantRepository grants;
    private final GranteeReportRepository reports;
    private final GrantAccess access;
    private final ReportCalendarReconciler calendar;
    private final GrantPhases phases;
    private final AuditLog audit;
    private final Clock clock;

    GrantService(GrantRepository grants, GranteeReportRepository reports, GrantAccess access,
                 ReportCalendarReconciler calendar, GrantPhases phases, AuditLog audit, Clock clock) {
        this.grants = grants;
        this.reports = reports;
        this.access = access;
        this.calendar = calendar;
        this.phases = phases;
        this.audit = audit;
        this.clock = clock;
    }

    /** All grants for overseers and admins; assigned grants for TA staff; own grants for agencies. */
    @Transactional(readOnly = true)
    public List<GrantSummary> visibleGrants(CurrentUser user) {
        return visibleGrants(user, GrantFilter.none());
    }

    /** The visible grants narrowed by state, today's phase, TA provider and "has overdue deliverables". */
    @Transactional(readOnly = true)
    public List<GrantSummary> visibleGrants(CurrentUser user, GrantFilter filter) {
        LocalDate today = today();
        return grants.findGrants(visibleTo(user).and(GrantRepository.matching(filter, today)), today);
    }

    /** TA providers of the grants the user may see, to filter by. */
    @Transactional(readOnly = true)
    public List<GrantDetail.Organization> visibleProviders(CurrentUser user) {
        return grants.findProviders(visibleTo(user));
    }

    /** One grant with phases, partners, providers and TA staff; refused unless the user may read it. */
    @Transactional(readOnly = true)
    public GrantDetail grant(CurrentUser user, long grantId) {
        access.requireRead(user, grantId);
        LocalDate today = today();
        GrantSummary summary = grants.findGrants(BCJI_GRANT.ID.eq(grantId), today).getFirst();
        BcjiGrantRecord record = grants.findGrant(grantId).orElseThrow();
        return new GrantDetail(summary, record.getProgram(),
                grants.findOrganizationName(record.getOverseerOrgId()).orElse(null), grants.findPhases(grantId),
                grants.findPartners(grantId),
                grants.findProviders(BCJI_GRANT.ID.eq(grantId)),
                grants.findTaStaffNames(grantId), record.getVersion());
    }

    /** Whether the user may plan and record deliverables on the grant (drives which buttons show). */
    @Transactional(readOnly = true)
    public boolean canManageDeliverables(CurrentUser user, long grantId) {
        return access.canManage(user, grantId);
    }

    /** Whether the user accepts and returns the grantee's progress reports (drives which buttons show). */
    @Transactional(readOnly = true)
    public boolean reviewsReports(CurrentUser user, long grantId) {
        return access.canReviewReports(user, grantId);
    }

    /** Whether the user acts for the grantee: accepts deliverables and submits reports. */
    @Transactional(readOnly = true)
    public boolean actsAsGrantee(CurrentUser user, long grantId) {
        return access.canActAsGrantee(user, grantId);
    }

    /** Whether the user may change the award's start and end dates (drives which buttons show). */
    @Transactional(readOnly = true)
    public boolean changesAwardDates(CurrentUser user, long grantId) {
        return access.canChangeAward(user, grantId);
    }

    /**
     * Overseers and admins change the award's start and end dates (a no-cost extension, a shortened
     * award). The phases follow ({@link GrantPhases}) and the report calendar is regenerated at once:
     * unsubmitted reports move or go, submitted reports keep their content and period, and a
     * submitted one whose period the award no longer has stays listed (see
     * {@link GranteeReportCalendar#inCalendar}). Refused for an end before the start, an award
     * longer than {@value #MAX_AWARD_YEARS} years, or when someone changed the grant in between. Audited.
     */
    @Transactional
    public void changeAwardDates(CurrentUser user, long grantId, int version, LocalDate startOn, LocalDate endOn) {
        access.requireAwardChange(user, grantId);
        if (startOn == null || endOn == null) {
            throw new IllegalArgumentException("Enter the award's start and end dates.");
        }
        if (!endOn.isAfter(startOn)) {
            throw new IllegalArgumentException("The award must end after it starts.");
        }
        if (endOn.isAfter(startOn.plusYears(MAX_AWARD_YEARS))) {
            throw new IllegalArgumentException("An award can last at most " + MAX_AWARD_YEARS + " years.");
        }
        BcjiGrantRecord before = grants.findGrant(grantId).orElseThrow();
        if (!grants.updateAwardDates(grantId, version, startOn, endOn, clock.instant())) {
            throw new EditConflictException("This grant", null, before.getUpdatedAt());
        }
        phases.fitToAward(grantId, before.getStartOn(), before.getEndOn(), startOn, endOn);
        calendar.reconcile(grantId);
        audit.recordChange(user, before.getLeadAgencyId(), GrantPartnerService.ENTITY, grantId, "start_on",
                before.getStartOn(), startOn);
        audit.recordChange(user, before.getLeadAgencyId(), GrantPartnerService.ENTITY, grantId, "end_on",
                before.getEndOn(), endOn);
    }

    /**
     * The grantee's report calendar, brought in line with the award dates whenever it is asked for
     * (stored: report content is kept against it), with each report's status as of today.
     */
    @Transactional
    public List<GranteeReport> reportSchedule(CurrentUser user, long grantId) {
        access.requireRead(user, grantId);
        ensureReportCalendar(grantId);
        return reports.findForGrant(grantId, today());
    }

    /** Brings the stored report calendar of every grant in line with its award dates; safe to run again. */
    @Transactional
    public void ensureAllReportSchedules() {
        grants.findAllGrantIds().forEach(this::ensureReportCalendar);
    }

    private void ensureReportCalendar(long grantId) {
        calendar.reconcile(grantId);
    }

    private static Condition visibleTo(CurrentUser user) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> DSL.trueCondition();
            case TA_STAFF -> GrantRepository.assignedTo(user.id());
            case AGENCY -> GrantRepository.involving(user.organizationId());
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
