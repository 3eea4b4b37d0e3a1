package org.pledgetrack.core.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.AssignmentRepository;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.db.tables.records.PledgeRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pledges: starting one, and reading an agency's progress. */
@Service
public class PledgeService {

    static final String ENTITY = "PLEDGE";

    private final PledgeRepository pledges;
    private final AgencyService agencies;
    private final CatalogService catalog;
    private final AssignmentRepository assignments;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    PledgeService(PledgeRepository pledges, AgencyService agencies, CatalogService catalog,
                  AssignmentRepository assignments, AccessPolicy access, AuditLog audit, Clock clock) {
        this.pledges = pledges;
        this.agencies = agencies;
        this.catalog = catalog;
        this.assignments = assignments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a pledge for an agency against a catalog version; admins and the agency's TA staff
     * only. The target date is the signed date plus 36 months; every item starts NOT_STARTED.
     */
    @Transactional
    public long startPledge(CurrentUser actor, long agencyId, long catalogVersionId, LocalDate signedOn) {
        access.requireRole(actor, Role.ADMIN, Role.TA_STAFF);
        access.requireReadAgency(actor, agencyId);
        Agency agency = agencies.agency(actor, agencyId);
        CatalogVersion version = catalog.version(catalogVersionId);
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The signed date cannot be in the future.");
        }
        if (pledges.hasOpenPledge(agencyId)) {
            throw new IllegalStateException(agency.name() + " already has an open pledge.");
        }
        long pledgeId = pledges.insertPledge(agencyId, version.id(), signedOn, actor.id(), clock.instant());
        audit.recordAction(actor, agencyId, ENTITY, pledgeId, "CREATE");
        return pledgeId;
    }

    /** The agency's current pledge with progress per focus area; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<PledgeOverview> overview(CurrentUser user, long agencyId) {
        Agency agency = agencies.agency(user, agencyId);
        return pledges.findCurrentPledge(agencyId).map(pledge -> overviewOf(agency, pledge));
    }

    /** One line per agency the user may see: own agency, assigned agencies, or all. */
    @Transactional(readOnly = true)
    public List<AgencyProgress> agencyProgress(CurrentUser user) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> pledges.findAgencyProgress(null);
            case TA_STAFF -> pledges.findAgencyProgress(assignments.findAssignedAgencyIds(user.id()));
            case AGENCY -> pledges.findAgencyProgress(List.of(user.organizationId()));
        };
    }

    private PledgeOverview overviewOf(Agency agency, PledgeRecord pledge) {
        CatalogVersion version = catalog.version(pledge.getCatalogVersionId());
        Map<Long, Map<ItemStatus, Integer>> counts = pledges.countItemsByAreaAndStatus(pledge.getId());
        List<PledgeOverview.AreaProgress> areas = version.focusAreas().stream()
                .map(area -> new PledgeOverview.AreaProgress(area,
                        new StatusCounts(counts.getOrDefault(area.id(), Map.of()))))
                .toList();
        Map<ItemStatus, Integer> totals = new java.util.EnumMap<>(ItemStatus.class);
        counts.values().forEach(byStatus -> byStatus.forEach((status, n) -> totals.merge(status, n, Integer::sum)));
        LocalDate today = LocalDate.now(clock);
        return new PledgeOverview(pledge.getId(), agency.id(), agency.name(), version.title(), pledge.getSignedOn(),
                pledge.getTargetOn(), PledgeStatus.valueOf(pledge.getStatus()),
                PledgeSchedule.monthsElapsed(pledge.getSignedOn(), today),
                PledgeSchedule.expectedPercent(pledge.getSignedOn(), today), new StatusCounts(totals), areas);
    }
}
