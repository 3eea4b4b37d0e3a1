package org.pledgetrack.tools.dataset;

import org.pledgetrack.core.demo.ItemHistory;
import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.GRANT_PHASE;
import static org.pledgetrack.db.Tables.GRANT_PROVIDER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_TARGET_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a deterministic synthetic dataset for scale tests and benchmarks:
 * agencies with pledges at every stage, the history behind each item (status changes, own target
 * dates) and each withdrawn pledge, evidence links, grants with TA deliverables, TA staff with
 * assignments (and one national TA account assigned to every agency). Ids are assigned here (after
 * the current maximum) so rows can reference each other without reading them back: run it while
 * nothing else writes. Written in one transaction. Snapshots are left to the status jobs, which
 * compute any date from that history.
 */
@Service
public class SyntheticDataset {

    /** Password of the generated TA staff accounts (ta.bench.1, ta.bench.2, ..., ta.bench.national). */
    public static final String TA_STAFF_PASSWORD = "Bench-Pledge-2026";

    /** A TA staff account assigned to every generated agency: the largest portfolio there can be. */
    public static final String NATIONAL_TA_USERNAME = "ta.bench.national";

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataset.class);

    private final DSLContext dsl;
    private final CatalogService catalog;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SyntheticDataset(DSLContext dsl, CatalogService catalog, PasswordEncoder passwordEncoder, Clock clock,
                     PlatformTransactionManager transactionManager) {
        this.dsl = dsl;
        this.catalog = catalog;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Writes the dataset in one transaction. */
    public DatasetSummary generate(DatasetSpec spec) {
        long started = System.nanoTime();
        DatasetSummary summary = transaction.execute(status -> writeDataset(spec, started));
        log.info("Synthetic dataset (seed {}): {}", spec.seed(), summary);
        return summary;
    }

    private DatasetSummary writeDataset(DatasetSpec spec, long started) {
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
        return new DatasetSummary(agencies.size(), pledges.items(), pledges.statusChanges(), pledges.targetChanges(),
                pledges.pledgeStatusChanges(), pledges.evidence(), grantCounts[0], grantCounts[1], taStaff,
                (System.nanoTime() - started) / 1_000_000);
    }

    private record PledgesWritten(int items, int statusChanges, int targetChanges, int pledgeStatusChanges,
                                  int evidence) {
    }

    /**
     * Pledges, their items by progress, the history that led there (changes by TA staff are by the
     * agency's TA staff member; about one started item in four has its own target date, one in
     * three of those moved), evidence links for every submission, and each withdrawal.
     */
    private PledgesWritten writePledges(List<SyntheticAgency> agencies, long firstAgencyId, long firstUserId,
                                        int taStaff, CatalogVersion version, Random random, Instant now) {
        long firstPledgeId = nextId(PLEDGE, PLEDGE.ID);
        long nextItemId = nextId(PLEDGE_ITEM, PLEDGE_ITEM.ID);
        RowBatch pledges = new RowBatch(dsl, PLEDGE, PLEDGE.ID, PLEDGE.AGENCY_ID, PLEDGE.CATALOG_VERSION_ID,
                PLEDGE.SIGNED_ON, PLEDGE.TARGET_ON, PLEDGE.STATUS, PLEDGE.WITHDRAWN_REASON, PLEDGE.CLOSED_AT,
                PLEDGE.CREATED_AT, PLEDGE.UPDATED_AT);
        RowBatch pledgeChanges = new RowBatch(dsl, PLEDGE_STATUS_CHANGE, PLEDGE_STATUS_CHANGE.PLEDGE_ID,
                PLEDGE_STATUS_CHANGE.FROM_STATUS, PLEDGE_STATUS_CHANGE.TO_STATUS, PLEDGE_STATUS_CHANGE.CHANGED_BY,
                PLEDGE_STATUS_CHANGE.CHANGED_AT).referencing(pledges);
        RowBatch items = new RowBatch(dsl, PLEDGE_ITEM, PLEDGE_ITEM.ID, PLEDGE_ITEM.PLEDGE_ID,
                PLEDGE_ITEM.CATALOG_ITEM_ID, PLEDGE_ITEM.STATUS, PLEDGE_ITEM.TARGET_ON, PLEDGE_ITEM.SUBMITTED_AT,
                PLEDGE_ITEM.VERIFIED_AT, PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT, PLEDGE_ITEM.UPDATED_BY,
                PLEDGE_ITEM.UPDATED_AT).referencing(pledges);
        RowBatch targetChanges = new RowBatch(dsl, PLEDGE_ITEM_TARGET_CHANGE, PLEDGE_ITEM_TARGET_CHANGE.PLEDGE_ITEM_ID,
                PLEDGE_ITEM_TARGET_CHANGE.TARGET_ON, PLEDGE_ITEM_TARGET_CHANGE.CHANGED_BY,
                PLEDGE_ITEM_TARGET_CHANGE.CHANGED_AT).referencing(items);
        RowBatch changes = new RowBatch(dsl, PLEDGE_ITEM_STATUS_CHANGE, PLEDGE_ITEM_STATUS_CHANGE.PLEDGE_ITEM_ID,
                PLEDGE_ITEM_STATUS_CHANGE.FROM_STATUS, PLEDGE_ITEM_STATUS_CHANGE.TO_STATUS,
                PLEDGE_ITEM_STATUS_CHANGE.REASON, PLEDGE_ITEM_STATUS_CHANGE.CHANGED_BY,
                PLEDGE_ITEM_STATUS_CHANGE.CHANGED_AT).referencing(items);
        RowBatch evidence = new RowBatch(dsl, EVIDENCE, EVIDENCE.PLEDGE_ITEM_ID, EVIDENCE.KIND, EVIDENCE.URL,
                EVIDENCE.DESCRIPTION, EVIDENCE.UPLOADED_AT).referencing(items);
        List<CatalogItem> catalogItems = version.items();
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
            if (withdrawnAt != null) {
                pledgeChanges.add(pledgeId, PledgeStatus.ACTIVE.name(), PledgeStatus.WITHDRAWN.name(), taStaffId,
                        withdrawnAt);
            }
            int done = (int) Math.round(agency.progress() * catalogItems.size());
            for (CatalogItem item : catalogItems) {
                ItemStatus status = statusFor(item.number(), done, random);
                ItemHistory history = ItemHistory.leadingTo(status, signed, withdrawnAt == null ? now : withdrawnAt,
                        random);
                if (random.nextInt(4) == 0) {
                    history = history.withTargetDate(random.nextInt(3) == 0);
                }
                long itemId = nextItemId++;
                Instant lastChange = history.lastChange();
                items.add(itemId, pledgeId, item.id(), status.name(), history.targetOn(), history.lastSubmission(),
                        history.verifiedAt(), history.lastAgencyActivity(), lastChange == null ? null : taStaffId,
                        lastChange == null ? signed : lastChange);
                for (ItemHistory.TargetChange change : history.targetChanges()) {
                    targetChanges.add(itemId, change.targetOn(), null, change.at());
                }
                for (ItemHistory.Change change : history.changes()) {
                    changes.add(itemId, change.from().name(), change.to().name(),
                            change.to() == ItemStatus.RETURNED ? "Synthetic: please add the adopted policy" : null,
                            change.byAgency() ? null : taStaffId, change.at());
                    if (change.to() == ItemStatus.SUBMITTED) {
                        evidence.add(itemId, "LINK", "https://www.example.org/bench/" + agency.ori() + "/item-"
                                + item.number(), "Synthetic evidence", change.at());
                    }
                }
            }
        }
        return new PledgesWritten(items.flush(), changes.flush(), targetChanges.flush(), pledgeChanges.flush(),
                evidence.flush());
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
