package org.pledgetrack.core.generator;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.GRANT_PHASE;
import static org.pledgetrack.db.Tables.GRANT_PROVIDER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantPhase;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeSchedule;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a deterministic synthetic dataset for scale tests and benchmarks:
 * agencies with pledges at every stage, the status history behind each item, evidence links,
 * grants with TA deliverables, TA staff with assignments (and one national TA account assigned to
 * every agency), and the agency snapshot rows of the days before today. Ids are assigned here
 * (after the current maximum) so rows can reference each other without reading them back: run it
 * while nothing else writes. The dataset is written in one transaction, then the prior snapshots
 * in one transaction per day.
 */
@Service
public class SyntheticDataset {

    /** Password of the generated TA staff accounts (ta.bench.1, ta.bench.2, ..., ta.bench.national). */
    public static final String TA_STAFF_PASSWORD = "Bench-Pledge-2026";

    /** A TA staff account assigned to every generated agency: the largest portfolio there can be. */
    public static final String NATIONAL_TA_USERNAME = "ta.bench.national";

    /** When the nightly pledge status run computes a day's snapshot (its default schedule), UTC. */
    public static final int NIGHTLY_RUN_HOUR = 2;

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataset.class);

    private final DSLContext dsl;
    private final CatalogService catalog;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PriorSnapshots priorSnapshots;

    /** What the dataset transaction wrote, and the pledges the prior snapshots are derived from. */
    private record Written(DatasetSummary summary, List<GeneratedPledge> pledges) {
    }

    SyntheticDataset(DSLContext dsl, CatalogService catalog, PasswordEncoder passwordEncoder, Clock clock,
                     PlatformTransactionManager transactionManager, ScheduleRule scheduleRule) {
        this.dsl = dsl;
        this.catalog = catalog;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.priorSnapshots = new PriorSnapshots(dsl, transaction, scheduleRule);
    }

    /**
     * Writes the dataset and the agency snapshot rows of the {@code spec.snapshotDays()} days
     * before today (their roll-ups follow rules of the batch module, which adds them).
     */
    public DatasetSummary generate(DatasetSpec spec) {
        long started = System.nanoTime();
        Written written = transaction.execute(status -> writeDataset(spec));
        int[] snapshotRows = priorSnapshots.write(written.pledges(), LocalDate.now(clock), spec.snapshotDays());
        DatasetSummary summary = written.summary().withPriorSnapshots(spec.snapshotDays(), snapshotRows[0],
                snapshotRows[1], (System.nanoTime() - started) / 1_000_000);
        log.info("Synthetic dataset (seed {}): {}", spec.seed(), summary);
        return summary;
    }

    private Written writeDataset(DatasetSpec spec) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(spec.seed() ^ 0x5DEECE66DL);
        List<SyntheticAgency> agencies = new AgencyFactory(spec.seed(), today).agencies(spec.agencies());
        CatalogVersion version = catalog.currentVersion();

        long firstAgencyId = nextId(ORGANIZATION, ORGANIZATION.ID);
        RowBatch organizations = new RowBatch(dsl, ORGANIZATION, ORGANIZATION.ID, ORGANIZATION.KIND, ORGANIZATION.NAME,
                ORGANIZATION.ORI, ORGANIZATION.STATE, ORGANIZATION.CITY, ORGANIZATION.AGENCY_TYPE,
                ORGANIZATION.SWORN_OFFICERS, ORGANIZATION.POPULATION_SERVED, ORGANIZATION.CREATED_AT,
                ORGANIZATION.UPDATED_AT);
        for (int i = 0; i < agencies.size(); i++) {
            SyntheticAgency a = agencies.get(i);
            organizations.add(firstAgencyId + i, OrganizationKind.AGENCY.name(), a.name(), a.ori(), a.state(), a.city(),
                    a.type().name(), a.swornOfficers(), a.populationServed(), now, now);
        }
        long providerIds = firstAgencyId + agencies.size();
        int providers = Math.max(1, spec.agencies() / 1_500);
        for (int p = 0; p < providers; p++) {
            organizations.add(providerIds + p, OrganizationKind.TA_PROVIDER.name(), "Bench TA Provider " + (p + 1),
                    null, "DC", "Washington", null, null, null, now, now);
        }
        long granteeIds = providerIds + providers;
        for (int g = 0; g < spec.grants(); g++) {
            SyntheticAgency lead = agencies.get(g % agencies.size());
            organizations.add(granteeIds + g, OrganizationKind.PARTNER.name(), "City of " + lead.city() + " #" + g,
                    null, lead.state(), lead.city(), null, null, null, now, now);
        }
        organizations.flush();

        long firstUserId = nextId(APP_USER, APP_USER.ID);
        String hash = passwordEncoder.encode(TA_STAFF_PASSWORD);
        RowBatch users = new RowBatch(dsl, APP_USER, APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH,
                APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.ROLE, APP_USER.ORGANIZATION_ID, APP_USER.CREATED_AT,
                APP_USER.UPDATED_AT);
        for (int t = 0; t < spec.taStaff(); t++) {
            String username = "ta.bench." + (firstUserId + t);
            users.add(firstUserId + t, username, hash, "Bench TA staff " + (t + 1), username + "@example.org",
                    Role.TA_STAFF.name(), providerIds + t % providers, now, now);
        }
        Long nationalTa = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(NATIONAL_TA_USERNAME))
                .fetchOne(APP_USER.ID);
        if (nationalTa == null) {
            nationalTa = firstUserId + spec.taStaff();
            users.add(nationalTa, NATIONAL_TA_USERNAME, hash, "Bench national TA staff",
                    NATIONAL_TA_USERNAME + "@example.org", Role.TA_STAFF.name(), providerIds, now, now);
        }
        int taStaff = users.flush();
        RowBatch assignments = new RowBatch(dsl, TA_AGENCY_ASSIGNMENT, TA_AGENCY_ASSIGNMENT.USER_ID,
                TA_AGENCY_ASSIGNMENT.AGENCY_ID, TA_AGENCY_ASSIGNMENT.CREATED_AT);
        for (int i = 0; i < agencies.size(); i++) {
            assignments.add(firstUserId + i % spec.taStaff(), firstAgencyId + i, now);
            assignments.add(nationalTa, firstAgencyId + i, now);
        }
        assignments.flush();

        PledgesWritten pledges = writePledges(agencies, firstAgencyId, firstUserId, spec.taStaff(), version, random, now);
        int[] grantCounts = writeGrants(spec, agencies, firstAgencyId, granteeIds, providerIds, providers,
                firstUserId, random, now, today);
        DatasetSummary summary = new DatasetSummary(agencies.size(), pledges.items(), pledges.changes(),
                pledges.evidence(), grantCounts[0], grantCounts[1], taStaff, 0, 0, 0, 0);
        return new Written(summary, pledges.generated());
    }

    private record PledgesWritten(int items, int changes, int evidence, List<GeneratedPledge> generated) {
    }

    /**
     * Pledges, their items by progress, the status history that led there (changes by TA staff
     * are by the agency's TA staff member), evidence links for every submission.
     */
    private PledgesWritten writePledges(List<SyntheticAgency> agencies, long firstAgencyId, long firstUserId,
                                        int taStaff, CatalogVersion version, Random random, Instant now) {
        long firstPledgeId = nextId(PLEDGE, PLEDGE.ID);
        long nextItemId = nextId(PLEDGE_ITEM, PLEDGE_ITEM.ID);
        RowBatch pledges = new RowBatch(dsl, PLEDGE, PLEDGE.ID, PLEDGE.AGENCY_ID, PLEDGE.CATALOG_VERSION_ID,
                PLEDGE.SIGNED_ON, PLEDGE.TARGET_ON, PLEDGE.STATUS, PLEDGE.WITHDRAWN_REASON, PLEDGE.CLOSED_AT,
                PLEDGE.CREATED_AT, PLEDGE.UPDATED_AT);
        RowBatch items = new RowBatch(dsl, PLEDGE_ITEM, PLEDGE_ITEM.ID, PLEDGE_ITEM.PLEDGE_ID,
                PLEDGE_ITEM.CATALOG_ITEM_ID, PLEDGE_ITEM.STATUS, PLEDGE_ITEM.SUBMITTED_AT, PLEDGE_ITEM.VERIFIED_AT,
                PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT, PLEDGE_ITEM.UPDATED_BY, PLEDGE_ITEM.UPDATED_AT)
                .referencing(pledges);
        RowBatch changes = new RowBatch(dsl, PLEDGE_ITEM_STATUS_CHANGE, PLEDGE_ITEM_STATUS_CHANGE.PLEDGE_ITEM_ID,
                PLEDGE_ITEM_STATUS_CHANGE.FROM_STATUS, PLEDGE_ITEM_STATUS_CHANGE.TO_STATUS,
                PLEDGE_ITEM_STATUS_CHANGE.REASON, PLEDGE_ITEM_STATUS_CHANGE.CHANGED_BY,
                PLEDGE_ITEM_STATUS_CHANGE.CHANGED_AT).referencing(items);
        RowBatch evidence = new RowBatch(dsl, EVIDENCE, EVIDENCE.PLEDGE_ITEM_ID, EVIDENCE.KIND, EVIDENCE.URL,
                EVIDENCE.DESCRIPTION, EVIDENCE.UPLOADED_AT).referencing(items);
        List<CatalogItem> catalogItems = version.items();
        List<GeneratedPledge> generated = new ArrayList<>(agencies.size());
        for (int i = 0; i < agencies.size(); i++) {
            SyntheticAgency agency = agencies.get(i);
            long pledgeId = firstPledgeId + i;
            long taStaffId = firstUserId + i % taStaff;
            Instant signed = agency.signedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant withdrawnAt = agency.withdrawn() ? between(signed, now, random) : null;
            pledges.add(pledgeId, firstAgencyId + i, version.id(), agency.signedOn(),
                    PledgeSchedule.targetDate(agency.signedOn()),
                    agency.withdrawn() ? PledgeStatus.WITHDRAWN.name() : PledgeStatus.ACTIVE.name(),
                    agency.withdrawn() ? "Synthetic: withdrawn" : null, withdrawnAt, signed, now);
            int done = (int) Math.round(agency.progress() * catalogItems.size());
            long[] focusAreas = new long[catalogItems.size()];
            ItemHistory[] histories = new ItemHistory[catalogItems.size()];
            for (int n = 0; n < catalogItems.size(); n++) {
                CatalogItem item = catalogItems.get(n);
                ItemStatus status = statusFor(item.number(), done, random);
                ItemHistory history = ItemHistory.leadingTo(status, signed, withdrawnAt == null ? now : withdrawnAt,
                        random);
                long itemId = nextItemId++;
                Instant lastChange = history.lastChange();
                items.add(itemId, pledgeId, item.id(), status.name(), history.lastSubmissionBefore(now),
                        status == ItemStatus.VERIFIED ? lastChange : null, history.lastAgencyActivityBefore(now),
                        lastChange == null ? null : taStaffId, lastChange == null ? signed : lastChange);
                for (ItemHistory.Change change : history.changes()) {
                    changes.add(itemId, change.from().name(), change.to().name(),
                            change.to() == ItemStatus.RETURNED ? "Synthetic: please add the adopted policy" : null,
                            change.byAgency() ? null : taStaffId, change.at());
                    if (change.to() == ItemStatus.SUBMITTED) {
                        evidence.add(itemId, "LINK", "https://www.example.org/bench/" + agency.ori() + "/item-"
                                + item.number(), "Synthetic evidence", change.at());
                    }
                }
                focusAreas[n] = item.focusAreaId();
                histories[n] = history;
            }
            generated.add(new GeneratedPledge(firstAgencyId + i, pledgeId, agency.state(), agency.signedOn(),
                    withdrawnAt, focusAreas, histories));
        }
        return new PledgesWritten(items.flush(), changes.flush(), evidence.flush(), generated);
    }

    /** Items up to the agency's progress are verified or waiting; a few beyond it are under way. */
    private static ItemStatus statusFor(int number, int done, Random random) {
        if (number <= done) {
            int roll = random.nextInt(10);
            return roll < 7 ? ItemStatus.VERIFIED : roll < 9 ? ItemStatus.SUBMITTED : ItemStatus.RETURNED;
        }
        return number <= done + 3 && random.nextBoolean() ? ItemStatus.IN_PROGRESS : ItemStatus.NOT_STARTED;
    }
    private int[] writeGrants(DatasetSpec spec, List<SyntheticAgency> agencies, long firstAgencyId, long granteeIds,
                              long providerIds, int providers, long firstUserId, Random random, Instant now,
                              LocalDate today) {
        long firstGrantId = nextId(BCJI_GRANT, BCJI_GRANT.ID);
        RowBatch grants = new RowBatch(dsl, BCJI_GRANT, BCJI_GRANT.ID, BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.TITLE,
                BCJI_GRANT.GRANTEE_ORG_ID, BCJI_GRANT.LEAD_AGENCY_ID, BCJI_GRANT.SITE_NAME, BCJI_GRANT.AWARD_AMOUNT,
                BCJI_GRANT.START_ON, BCJI_GRANT.END_ON, BCJI_GRANT.CREATED_AT, BCJI_GRANT.UPDATED_AT);
        RowBatch phases = new RowBatch(dsl, GRANT_PHASE, GRANT_PHASE.GRANT_ID, GRANT_PHASE.PHASE, GRANT_PHASE.START_ON,
                GRANT_PHASE.END_ON).referencing(grants);
        RowBatch grantProviders = new RowBatch(dsl, GRANT_PROVIDER, GRANT_PROVIDER.GRANT_ID,
                GRANT_PROVIDER.PROVIDER_ORG_ID).referencing(grants);
        RowBatch grantAssignments = new RowBatch(dsl, TA_GRANT_ASSIGNMENT, TA_GRANT_ASSIGNMENT.USER_ID,
                TA_GRANT_ASSIGNMENT.GRANT_ID, TA_GRANT_ASSIGNMENT.CREATED_AT).referencing(grants);
        RowBatch deliverables = new RowBatch(dsl, TA_DELIVERABLE, TA_DELIVERABLE.GRANT_ID,
                TA_DELIVERABLE.PROVIDER_ORG_ID, TA_DELIVERABLE.TYPE, TA_DELIVERABLE.TITLE, TA_DELIVERABLE.DUE_ON,
                TA_DELIVERABLE.SCHEDULED_ON, TA_DELIVERABLE.DELIVERED_ON, TA_DELIVERABLE.STATUS, TA_DELIVERABLE.HOURS,
                TA_DELIVERABLE.ATTENDEES, TA_DELIVERABLE.RATING, TA_DELIVERABLE.CREATED_AT, TA_DELIVERABLE.UPDATED_AT)
                .referencing(grants);
        DeliverableType[] types = DeliverableType.values();
        for (int g = 0; g < spec.grants(); g++) {
            long grantId = firstGrantId + g;
            LocalDate start = today.minusDays(random.nextInt(4 * 365));
            LocalDate end = start.plusMonths(48);
            grants.add(grantId, "BENCH-" + spec.seed() + "-" + g, "Synthetic BCJI site " + g, granteeIds + g,
                    firstAgencyId + g % agencies.size(), "Synthetic site " + agencies.get(g % agencies.size()).city(),
                    new BigDecimal("1000000.00"), start, end, now, now);
            phases.add(grantId, GrantPhase.PLANNING.name(), start, start.plusMonths(12).minusDays(1));
            phases.add(grantId, GrantPhase.IMPLEMENTATION.name(), start.plusMonths(12), start.plusMonths(36).minusDays(1));
            phases.add(grantId, GrantPhase.SUSTAINABILITY.name(), start.plusMonths(36), end);
            long provider = providerIds + g % providers;
            grantProviders.add(grantId, provider);
            grantAssignments.add(firstUserId + g % spec.taStaff(), grantId, now);
            for (int d = 0; d < spec.deliverablesPerGrant(); d++) {
                LocalDate due = start.plusDays(30L + (long) d * 120 + random.nextInt(60));
                boolean past = due.isBefore(today);
                boolean delivered = past && random.nextInt(10) < 8;
                LocalDate deliveredOn = delivered ? due.minusDays(random.nextInt(20) - 5L) : null;
                DeliverableStatus status = delivered ? DeliverableStatus.ACCEPTED
                        : due.isBefore(today.plusDays(45)) ? DeliverableStatus.SCHEDULED : DeliverableStatus.PLANNED;
                deliverables.add(grantId, provider, types[d % types.length].name(), "Synthetic deliverable " + d,
                        due, status == DeliverableStatus.PLANNED ? null : due.minusDays(3), deliveredOn, status.name(),
                        delivered ? new BigDecimal(4 + random.nextInt(12)) : null,
                        delivered ? 5 + random.nextInt(40) : null,
                        delivered ? BigDecimal.valueOf(30 + random.nextInt(21), 1) : null, now, now);
            }
        }
        int grantCount = grants.flush();
        phases.flush();
        grantProviders.flush();
        grantAssignments.flush();
        return new int[] {grantCount, deliverables.flush()};
    }

    private long nextId(Table<?> table, TableField<?, Long> id) {
        Long max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    private static Instant between(Instant from, Instant to, Random random) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }
}
