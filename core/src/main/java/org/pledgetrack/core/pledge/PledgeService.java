package org.pledgetrack.core.pledge;

import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.db.tables.records.PledgeRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledges: starting and withdrawing one, recording IACP's recognition and certificate of completion,
 * and reading agencies' progress.
 */
@Service
public class PledgeService {

    static final String ENTITY = "PLEDGE";
    /** The width of {@code pledge.withdrawn_reason}. */
    private static final int MAX_WITHDRAWN_REASON = 1000;

    private final PledgeRepository pledges;
    private final ItemRepository items;
    private final AgencyService agencies;
    private final CatalogService catalog;
    private final ScheduleRule scheduleRule;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    PledgeService(PledgeRepository pledges, ItemRepository items, AgencyService agencies, CatalogService catalog,
                  ScheduleRule scheduleRule, AccessPolicy access, AuditLog audit, Clock clock) {
        this.pledges = pledges;
        this.items = items;
        this.agencies = agencies;
        this.catalog = catalog;
        this.scheduleRule = scheduleRule;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a pledge for an agency against a catalog version; admins and the agency's TA staff
     * only. The target date is the signed date plus 36 months; every item starts NOT_STARTED. The
     * signed date is not in the future nor before the agency's previous pledge, so the new pledge is
     * its current one ({@link CurrentPledge}).
     */
    @Transactional
    public long startPledge(CurrentUser actor, long agencyId, long catalogVersionId, LocalDate signedOn) {
        access.requireRole(actor, Role.ADMIN, Role.TA_STAFF);
        access.requireReadAgency(actor, agencyId);
        Agency agency = agencies.agency(actor, agencyId);
        CatalogVersion version = catalog.version(catalogVersionId);
        if (!version.published()) {
            throw new IllegalArgumentException("A pledge is made against a published catalog version, not a draft.");
        }
        if (signedOn == null) {
            throw new IllegalArgumentException("Enter the date the pledge was signed.");
        }
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The signed date cannot be in the future.");
        }
        if (signedOn.isBefore(version.publishedOn())) {
            throw new IllegalArgumentException("The signed date cannot be before the campaign edition was published ("
                    + version.publishedOn() + ").");
        }
        if (pledges.hasOpenPledge(agencyId)) {
            throw new IllegalStateException(agency.name() + " already has an open pledge.");
        }
        LocalDate previousSignedOn = pledges.findCurrentPledge(agencyId, LocalDate.now(clock))
                .map(PledgeRecord::getSignedOn).orElse(null);
        if (previousSignedOn != null && signedOn.isBefore(previousSignedOn)) {
            throw new IllegalArgumentException("The signed date cannot be before " + previousSignedOn
                    + ", when the agency signed its previous pledge.");
        }
        long pledgeId = pledges.insertPledge(agencyId, version.id(), signedOn, actor.id(), clock.instant());
        audit.recordAction(actor, agencyId, ENTITY, pledgeId, "CREATE");
        return pledgeId;
    }

    /** Whether the user may start and withdraw the agency's pledges: admins and its TA staff. */
    public boolean canManage(CurrentUser user, long agencyId) {
        return (user.is(Role.ADMIN) || user.is(Role.TA_STAFF)) && access.canReview(user, agencyId);
    }

    /**
     * The agency's current pledge ({@link CurrentPledge}, as of today) with progress per focus area and
     * its schedule status by the {@link ScheduleRule}; empty when it has none.
     */
    @Transactional(readOnly = true)
    public Optional<PledgeOverview> overview(CurrentUser user, long agencyId) {
        Agency agency = agencies.agency(user, agencyId);
        return pledges.findCurrentPledge(agencyId, LocalDate.now(clock)).map(pledge -> overviewOf(agency, pledge));
    }

    /** One line per agency the user may see: own agency, assigned agencies, or all. */
    @Transactional(readOnly = true)
    public List<AgencyProgress> agencyProgress(CurrentUser user) {
        return agencyProgress(user, PortfolioQuery.all());
    }

    /**
     * One page of the agencies the user may see (own agency, assigned agencies, or all), with
     * schedule and per-focus-area progress, filtered and sorted in the database.
     */
    @Transactional(readOnly = true)
    public List<AgencyProgress> agencyProgress(CurrentUser user, PortfolioQuery query) {
        return pledges.findAgencyProgress(readableAgencies(user), query, LocalDate.now(clock));
    }

    /** Whether the user may see any agency at all (a TA staff member may have none assigned yet). */
    @Transactional(readOnly = true)
    public boolean seesAnyAgency(CurrentUser user) {
        return pledges.existsAgency(readableAgencies(user));
    }

    /** How many agencies {@link #agencyProgress(CurrentUser, PortfolioQuery)} lists without paging. */
    @Transactional(readOnly = true)
    public int countAgencies(CurrentUser user, PortfolioQuery query) {
        return pledges.countAgencies(readableAgencies(user), query, LocalDate.now(clock));
    }

    /**
     * Withdraws an active pledge with the agency's reason; admins and the agency's TA staff only.
     * Refused with {@link EditConflictException} if the pledge changed since {@code version} was read.
     */
    @Transactional
    public void withdraw(CurrentUser actor, long pledgeId, int version, String reason) {
        PledgeRecord pledge = pledgeToManage(actor, pledgeId);
        String why = TextInput.required(reason, MAX_WITHDRAWN_REASON, "The reason",
                "Give the reason the agency withdraws its pledge.");
        changeStatus(actor, pledge, version, PledgeStatus.ACTIVE, PledgeStatus.WITHDRAWN, why);
    }

    /** Whether the user records IACP's recognition and certificates of completion: overseers (IACP) only. */
    public boolean canRecordRecognition(CurrentUser user) {
        return user.is(Role.OVERSEER);
    }

    /**
     * Records that IACP publicly recognized the pledge's agency on {@code recognizedOn}; overseers only,
     * once per pledge, when {@link CampaignRecognition} allows it (committed in every focus area, a date
     * between signing and today). Audited. Refused with {@link EditConflictException} if the pledge
     * changed since {@code version} was read.
     */
    @Transactional
    public void recordRecognition(CurrentUser actor, long pledgeId, int version, LocalDate recognizedOn) {
        PledgeRecord pledge = pledgeForIacp(actor, pledgeId);
        CatalogVersion catalogVersion = catalog.version(pledge.getCatalogVersionId());
        CampaignRecognition.requireRecognizable(PledgeStatus.valueOf(pledge.getStatus()),
                pledges.countItemsByAreaAndStatus(pledgeId).size(), catalogVersion.focusAreas().size(),
                pledge.getRecognizedOn(), pledge.getSignedOn(), recognizedOn, LocalDate.now(clock));
        if (pledge.getVersion() != version
                || !pledges.recordRecognition(pledgeId, version, recognizedOn, actor.id(), clock.instant())) {
            throw conflict(pledge);
        }
        audit.recordChange(actor, pledge.getAgencyId(), ENTITY, pledgeId, "recognizedOn", null, recognizedOn);
    }

    /**
     * Records IACP's certificate of completion dated {@code certificateOn}: the pledge becomes COMPLETED
     * (a pledge completed before certificates were recorded keeps its status and gains the date).
     * Overseers only, when every item is verified ({@link CampaignRecognition}). Audited.
     */
    @Transactional
    public void recordCompletion(CurrentUser actor, long pledgeId, int version, LocalDate certificateOn) {
        PledgeRecord pledge = pledgeForIacp(actor, pledgeId);
        PledgeStatus status = PledgeStatus.valueOf(pledge.getStatus());
        CampaignRecognition.requireCompletable(status, totals(pledges.countItemsByAreaAndStatus(pledgeId)),
                pledge.getCertificateOn(), pledge.getSignedOn(), certificateOn, LocalDate.now(clock));
        if (status == PledgeStatus.ACTIVE) {
            changeStatus(actor, pledge, version, PledgeStatus.ACTIVE, PledgeStatus.COMPLETED, null);
        } else if (pledge.getVersion() != version) {
            throw conflict(pledge);
        }
        pledges.recordCertificate(pledgeId, certificateOn, actor.id(), clock.instant());
        audit.recordChange(actor, pledge.getAgencyId(), ENTITY, pledgeId, "certificateOn", null, certificateOn);
    }

    private PledgeRecord pledgeForIacp(CurrentUser actor, long pledgeId) {
        access.requireRole(actor, Role.OVERSEER);
        return pledges.findPledge(pledgeId).orElseThrow(() -> access.unknownRecord(actor, "pledge", pledgeId));
    }

    private PledgeRecord pledgeToManage(CurrentUser actor, long pledgeId) {
        PledgeRecord pledge = pledges.findPledge(pledgeId)
                .orElseThrow(() -> access.unknownRecord(actor, "pledge", pledgeId));
        access.requireRole(actor, Role.ADMIN, Role.TA_STAFF);
        access.requireReview(actor, pledge.getAgencyId());
        return pledge;
    }

    private void changeStatus(CurrentUser actor, PledgeRecord pledge, int version, PledgeStatus from,
                              PledgeStatus to, String reason) {
        if (pledge.getVersion() != version) {
            throw conflict(pledge);
        }
        if (!PledgeStatus.valueOf(pledge.getStatus()).equals(from)) {
            throw new IllegalStateException("The pledge is " + pledge.getStatus().toLowerCase()
                    + "; it cannot become " + to.name().toLowerCase() + ".");
        }
        if (!pledges.updateStatus(pledge.getId(), version, to, reason, actor.id(), clock.instant())) {
            throw conflict(pledge);
        }
        audit.recordChange(actor, pledge.getAgencyId(), ENTITY, pledge.getId(), "status", from, to);
        if (reason != null) {
            audit.recordChange(actor, pledge.getAgencyId(), ENTITY, pledge.getId(), "withdrawnReason", null, reason);
        }
    }

    private EditConflictException conflict(PledgeRecord pledge) {
        AuditEntry last = audit.lastChangeOf(ENTITY, pledge.getId()).orElse(null);
        return new EditConflictException("The pledge", last == null ? null : last.actorName(),
                last == null ? pledges.findPledge(pledge.getId()).orElseThrow().getUpdatedAt() : last.occurredAt());
    }

    private Condition readableAgencies(CurrentUser user) {
        return access.readableAgencies(user, ORGANIZATION.ID);
    }

    private PledgeOverview overviewOf(Agency agency, PledgeRecord pledge) {
        CatalogVersion version = catalog.version(pledge.getCatalogVersionId());
        Map<Long, Map<ItemStatus, Integer>> counts = pledges.countItemsByAreaAndStatus(pledge.getId());
        List<PledgeItem> pledgeItems = items.findItems(pledge.getId());
        List<PledgeOverview.AreaProgress> areas = version.focusAreas().stream()
                .map(area -> new PledgeOverview.AreaProgress(area,
                        new StatusCounts(counts.getOrDefault(area.id(), Map.of())),
                        pledgeItems.stream().filter(item -> item.focusAreaId() == area.id()).toList()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        int ownTargetDue = (int) pledgeItems.stream()
                .filter(item -> item.targetOn() != null && !item.targetOn().isAfter(today)).count();
        BigDecimal expected = scheduleRule.expectedPercent(pledge.getSignedOn(), today, pledgeItems.size(), ownTargetDue);
        StatusCounts totals = totals(counts);
        PledgeStatus status = PledgeStatus.valueOf(pledge.getStatus());
        return new PledgeOverview(pledge.getId(), pledge.getVersion(), agency.id(), agency.name(), version.title(),
                pledge.getSignedOn(), pledge.getTargetOn(), status, pledge.getWithdrawnReason(),
                PledgeSchedule.monthsElapsed(pledge.getSignedOn(), today), expected,
                scheduleRule.statusOf(status, pledge.getSignedOn(), today, totals.of(ItemStatus.VERIFIED), totals.total(),
                        expected), totals, areas, pledge.getRecognizedOn(), pledge.getCertificateOn(),
                CampaignRecognition.committedInEveryArea(status, counts.size(), version.focusAreas().size()));
    }

    private static StatusCounts totals(Map<Long, Map<ItemStatus, Integer>> counts) {
        Map<ItemStatus, Integer> totals = new java.util.EnumMap<>(ItemStatus.class);
        counts.values().forEach(byStatus -> byStatus.forEach((status, n) -> totals.merge(status, n, Integer::sum)));
        return new StatusCounts(totals);
    }
}
