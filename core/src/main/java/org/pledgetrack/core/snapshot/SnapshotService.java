package org.pledgetrack.core.snapshot;

import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.pledgetrack.db.tables.records.RollupSnapshotRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards' numbers, read from the snapshots the status jobs wrote (never recomputed on a
 * page load). Overseers and admins read the national roll-ups, TA staff their own portfolio
 * (the agencies assigned to them), agencies only their own rows.
 */
@Service
public class SnapshotService {

    private final SnapshotRepository snapshots;
    private final TaAssignmentChecks assignments;
    private final CatalogService catalog;
    private final AccessPolicy access;
    private final AgencyStatusCache cache;
    private final TransactionTemplate readOnly;

    SnapshotService(SnapshotRepository snapshots, TaAssignmentChecks assignments, CatalogService catalog,
                    AccessPolicy access, AgencyStatusCache cache, PlatformTransactionManager transactionManager) {
        this.snapshots = snapshots;
        this.assignments = assignments;
        this.catalog = catalog;
        this.access = access;
        this.cache = cache;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The newest as-of date with a finished pledge status snapshot; empty before the first run. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> latestAsOf() {
        return snapshots.findLatestAsOf();
    }

    /**
     * When the numbers of {@code asOf} were computed, for every screen, report and API answer that
     * shows them ("as of Dec 7, 14:02 UTC"); empty for a date without a run. Not secret: the same
     * for every user.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> computedAt(LocalDate asOf) {
        return snapshots.findComputedAt(asOf);
    }

    /**
     * One page of the agency rows of the pledge status snapshot on {@code asOf} (the latest date when
     * null; empty before the first run), of one state when {@code state} is not null, by agency name,
     * with how many rows the list has: every agency for overseers and admins, assigned agencies for
     * TA staff, its own row for an agency. No rows for a date without a run.
     *
     * <p>The lists are kept in memory ({@link AgencyStatusCache}) per set of readable agencies
     * ({@link AccessPolicy#readableAgenciesKey}: never shared between users who may read different
     * agencies), date and state, under the snapshot generation, which is read first with one
     * primary-key query: whatever rewrites snapshot rows, in this JVM or another, bumps it in the same
     * transaction (see {@link SnapshotGeneration}), so the next request computes the list again. A
     * list found costs that one query and no transaction; a new one is read in one read-only
     * transaction.
     */
    public Optional<AgencyStatusPage> agencyStatus(CurrentUser user, LocalDate asOf, String state, int offset,
                                                   int limit) {
        String stateCode = state == null ? null : state.strip().toUpperCase(Locale.ROOT);
        Long generation = snapshots.findGeneration();
        AgencyStatusCache.AgencyStatusList list = generation == null
                // no generation row (a database changed by hand): nothing can be kept safely
                ? agencyStatusList(user, asOf, stateCode)
                : cache.get(new AgencyStatusCache.Key(generation, access.readableAgenciesKey(user), asOf, stateCode),
                        key -> agencyStatusList(user, asOf, stateCode));
        return Optional.ofNullable(list).map(rows -> rows.page(offset, limit));
    }

    private AgencyStatusCache.AgencyStatusList agencyStatusList(CurrentUser user, LocalDate asOf, String state) {
        return readOnly.execute(transaction -> {
            LocalDate date = asOf != null ? asOf : snapshots.findLatestAsOf().orElse(null);
            return date == null ? null : AgencyStatusCache.AgencyStatusList.of(date,
                    snapshots.findComputedAt(date).orElse(null), state,
                    snapshots.findAgencyRows(date, access.readableAgencies(user, AGENCY_SNAPSHOT.AGENCY_ID), state));
        });
    }

    /**
     * The national dashboard for overseers and admins, the portfolio dashboard for TA staff, from the
     * latest snapshot with the trend over the {@code trendDays} days before it; empty before the first run.
     */
    @Transactional(readOnly = true)
    public Optional<PortfolioDashboard> portfolio(CurrentUser user, int trendDays) {
        access.requireRole(user, Role.OVERSEER, Role.ADMIN, Role.TA_STAFF);
        return snapshots.findLatestAsOf().map(asOf -> {
            boolean national = user.readsEverything();
            String scopeType = national ? SnapshotRepository.NATIONAL : SnapshotRepository.STAFF;
            String scopeKey = national ? SnapshotRepository.NATIONAL_KEY : Long.toString(user.id());
            List<RollupSnapshotRecord> rollup = snapshots.findRollup(asOf, scopeType, scopeKey);
            RollupSnapshotRecord all = rollup.stream().filter(r -> r.getFocusAreaPosition() == 0).findFirst()
                    .orElse(null);
            List<AgencyStatusRow> agencies = snapshots.findAgencyRows(asOf,
                    national ? null : assignments.findAssignedAgencyIds(user.id()));
            return new PortfolioDashboard(asOf, national ? "All agencies" : "My portfolio",
                    all == null ? 0 : all.getAgencies(), all == null ? BigDecimal.ZERO : all.getPctSubmitted(),
                    all == null ? BigDecimal.ZERO : all.getPctVerified(),
                    all == null ? StatusDistribution.NONE : distribution(all),
                    areas(rollup), snapshots.findTrend(scopeType, scopeKey, asOf.minusDays(trendDays), asOf),
                    national ? states(asOf) : List.of(), agencies,
                    snapshots.findOverdueGrants(asOf, national ? null : user.id()),
                    agencies.stream().mapToInt(AgencyStatusRow::waitingReview).sum(),
                    agencies.stream().map(AgencyStatusRow::oldestWaitDays).filter(d -> d != null)
                            .max(Integer::compare).orElse(null));
        });
    }

    /**
     * One agency's dashboard (the agency itself, its TA staff, overseers, admins): its numbers on the
     * latest snapshot, its trend and the national median of agencies' verified share on the same dates.
     * Empty when the agency has no snapshot row on that date (no pledge, or a withdrawn one).
     */
    @Transactional(readOnly = true)
    public Optional<AgencyDashboard> agency(CurrentUser user, long agencyId, int trendDays) {
        access.requireReadAgency(user, agencyId);
        return snapshots.findLatestAsOf().flatMap(asOf -> snapshots.findAgencyRows(asOf, List.of(agencyId)).stream()
                .findFirst()
                .map(totals -> {
                    LocalDate from = asOf.minusDays(trendDays);
                    return new AgencyDashboard(asOf, totals, snapshots.findAgencyAreas(asOf, agencyId),
                            snapshots.findAgencyTrend(agencyId, from, asOf), nationalMedian(from, asOf));
                }));
    }

    private List<TrendPoint> nationalMedian(LocalDate from, LocalDate to) {
        return new TreeMap<>(snapshots.findAgencyPctVerifiedByDate(from, to)).entrySet().stream()
                .map(e -> new TrendPoint(e.getKey(), Medians.median(e.getValue())))
                .toList();
    }

    private List<StateRow> states(LocalDate asOf) {
        return snapshots.findRollupsOfType(asOf, SnapshotRepository.STATE).stream()
                .map(r -> new StateRow(r.getScopeKey(), r.getAgencies(), r.getPctSubmitted(), r.getPctVerified(),
                        distribution(r)))
                .toList();
    }

    private List<AreaProgress> areas(List<RollupSnapshotRecord> rollup) {
        Map<Integer, String> names = new TreeMap<>();
        for (FocusArea area : catalog.currentVersion().focusAreas()) {
            names.put(area.position(), area.name());
        }
        return rollup.stream().filter(r -> r.getFocusAreaPosition() > 0)
                .map(r -> new AreaProgress(r.getFocusAreaPosition(),
                        names.getOrDefault(r.getFocusAreaPosition(), "Focus area " + r.getFocusAreaPosition()),
                        r.getItemsTotal(), r.getSubmitted(), r.getVerified(), r.getPctSubmitted(), r.getPctVerified(),
                        distribution(r)))
                .toList();
    }

    private static StatusDistribution distribution(RollupSnapshotRecord r) {
        return new StatusDistribution(r.getOnTrack(), r.getAtRisk(), r.getBehind(), r.getComplete(), r.getPastDeadline());
    }
}
