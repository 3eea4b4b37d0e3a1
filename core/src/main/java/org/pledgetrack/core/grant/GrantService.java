package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.BCJI_GRANT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.pledgetrack.db.tables.records.GranteeReportRecord;
import org.pledgetrack.core.locking.EditConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** BCJI grants, limited to what the user may see, and their grantee report schedules. */
@Service
public class GrantService {

    static final String REPORT_ENTITY = "GRANTEE_REPORT";

    private final GrantRepository grants;
    private final GranteeReportRepository reports;
    private final GrantAccess access;
    private final AuditLog audit;
    private final Clock clock;

    GrantService(GrantRepository grants, GranteeReportRepository reports, GrantAccess access, AuditLog audit,
                 Clock clock) {
        this.grants = grants;
        this.reports = reports;
        this.access = access;
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
                grants.findTaStaffNames(grantId));
    }

    /** Whether the user may plan and record deliverables on the grant (drives which buttons show). */
    @Transactional(readOnly = true)
    public boolean canManageDeliverables(CurrentUser user, long grantId) {
        return access.canManage(user, grantId);
    }

    /** Whether the user acts for the grantee: accepts deliverables and submits reports. */
    @Transactional(readOnly = true)
    public boolean actsAsGrantee(CurrentUser user, long grantId) {
        return access.canActAsGrantee(user, grantId);
    }

    /**
     * The grantee's report schedule, generated from the grant dates the first time it is asked
     * for (and kept: submissions are stored against it), with each report's status as of today.
     */
    @Transactional
    public List<GranteeReport> reportSchedule(CurrentUser user, long grantId) {
        access.requireRead(user, grantId);
        ensureReportSchedule(grantId);
        return reports.findForGrant(grantId, today());
    }

    /** Generates the stored report schedule of every grant; safe to run again. For the reminder job. */
    @Transactional
    public void ensureAllReportSchedules() {
        grants.findAllGrantIds().forEach(this::ensureReportSchedule);
    }

    /** The grantee records that a report was submitted to the funder on a date. */
    @Transactional
    public void markReportSubmitted(CurrentUser user, long reportId, int version, LocalDate submittedOn) {
        GranteeReportRecord report = reports.findRecord(reportId)
                .orElseThrow(() -> new AccessDeniedException(
                        "You do not have access to this information."));
        access.requireGrantee(user, report.getGrantId());
        if (submittedOn == null) {
            throw new IllegalArgumentException("Enter the date the report was submitted.");
        }
        if (submittedOn.isAfter(today())) {
            throw new IllegalArgumentException("The submitted date cannot be in the future.");
        }
        if (submittedOn.isBefore(report.getPeriodEnd())) {
            throw new IllegalArgumentException("A report cannot be submitted before its period ends ("
                    + report.getPeriodEnd() + ").");
        }
        Instant now = clock.instant();
        if (!reports.markSubmitted(reportId, version, submittedOn, user.id(), now)) {
            GranteeReportRecord current = reports.findRecord(reportId).orElseThrow();
            throw new EditConflictException("This report", reports.findUpdatedByName(reportId),
                    current.getUpdatedAt() == null ? now : current.getUpdatedAt());
        }
        Long agencyId = grants.findGrant(report.getGrantId()).map(BcjiGrantRecord::getLeadAgencyId).orElse(null);
        audit.recordChange(user, agencyId, REPORT_ENTITY, reportId, "submitted_on", report.getSubmittedOn(), submittedOn);
    }

    private void ensureReportSchedule(long grantId) {
        BcjiGrantRecord grant = grants.findGrant(grantId).orElseThrow();
        reports.insertMissing(grantId, GranteeReportSchedule.obligations(grant.getStartOn(), grant.getEndOn()));
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
