package org.pledgetrack.batch.pledgestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.AgencyRow;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.AreaRow;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.RollupRow;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A date's status is computed from the history as it stood at the end of that date: changes made
 * later through the services (verifying, returning, submitting, own target dates, withdrawing the
 * pledge) leave a recomputed past date exactly as it was, and today's run shows what the live pages
 * show.
 */
@SpringBootTest(classes = BatchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointInTimeStatusFunctionalTests {

    private static final LocalDate TODAY = LocalDate.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private PledgeService pledges;
    @Autowired
    private PledgeItemService items;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private UserRepository users;
    @Autowired
    private ScheduleRule rule;

    private PledgeSnapshotFixture fixture;

    @BeforeAll
    void createAgencies() {
        fixture = PledgeSnapshotFixture.create(jdbc);
    }

    @Test
    void recomputingAPastDateAfterLaterChangesGivesTheSameRows() {
        LocalDate asOf = LocalDate.of(2028, 2, 25);
        assertThat(launcher.runNow("pledgeStatus", asOf, "test").status()).isEqualTo("COMPLETED");
        List<AgencyRow> agencies = SnapshotRows.agencies(jdbc, asOf);
        List<AreaRow> areas = SnapshotRows.areas(jdbc, asOf);
        List<RollupRow> rollups = SnapshotRows.rollups(jdbc, asOf);

        changeTheLeapDayPledgeToday();
        JobRun again = launcher.runNow("pledgeStatus", asOf, "test");

        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(SnapshotRows.agencies(jdbc, asOf)).containsExactlyInAnyOrderElementsOf(agencies);
        assertThat(SnapshotRows.areas(jdbc, asOf)).containsExactlyInAnyOrderElementsOf(areas);
        assertThat(SnapshotRows.rollups(jdbc, asOf)).containsExactlyInAnyOrderElementsOf(rollups);
        // the changes were made: today the pledge is withdrawn, so the agency has no status
        assertThat(launcher.runNow("pledgeStatus", TODAY, "test").status()).isEqualTo("COMPLETED");
        assertThat(SnapshotRows.agencies(jdbc, TODAY)).extracting(AgencyRow::agencyId)
                .doesNotContain(fixture.leapDayAgency);
        assertThat(SnapshotRows.agencies(jdbc, asOf)).extracting(AgencyRow::agencyId).contains(fixture.leapDayAgency);
    }

    @Test
    void todaysRowsShowWhatTheLivePagesShow() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        assertThat(launcher.runNow("pledgeStatus", TODAY, "test").status()).isEqualTo("COMPLETED");
        List<AgencyRow> rows = SnapshotRows.agencies(jdbc, TODAY);

        for (long agencyId : List.of(fixture.allVerifiedAgency, fixture.overdueAgency, fixture.ownTargetsAgency)) {
            PledgeOverview live = pledges.overview(admin, agencyId).orElseThrow();
            AgencyRow row = rows.stream().filter(r -> r.agencyId() == agencyId).findFirst().orElseThrow();
            List<PledgeItem> liveItems = live.areas().stream().flatMap(area -> area.items().stream()).toList();
            int ownTargetDue = (int) liveItems.stream().map(PledgeItem::targetOn).filter(Objects::nonNull)
                    .filter(target -> !target.isAfter(TODAY)).count();
            var expected = rule.expectedPercent(live.signedOn(), TODAY, liveItems.size(), ownTargetDue);
            int verified = live.totals().of(ItemStatus.VERIFIED);

            assertThat(List.of(row.pledgeId(), (long) row.total(), (long) row.notStarted(), (long) row.inProgress(),
                    (long) row.submitted(), (long) row.returned(), (long) row.verified()))
                    .as("agency %d", agencyId)
                    .containsExactly(live.pledgeId(), (long) live.totals().total(),
                            (long) live.totals().of(ItemStatus.NOT_STARTED), (long) live.totals().of(ItemStatus.IN_PROGRESS),
                            (long) live.totals().of(ItemStatus.SUBMITTED), (long) live.totals().of(ItemStatus.RETURNED),
                            (long) verified);
            assertThat(row.pledgeStatus()).isEqualTo(live.status().name());
            assertThat(row.expectedPct()).isEqualByComparingTo(expected);
            assertThat(row.scheduleStatus()).isEqualTo(rule.statusOf(live.signedOn(), TODAY, verified, liveItems.size(), expected).name());
        }
    }

    /** Today, through the services: one item verified, one returned, one submitted, a target date set, the pledge withdrawn. */
    private void changeTheLeapDayPledgeToday() {
        CurrentUser ta = Users.signedIn(users, fixture.username(fixture.taStaffUser));
        CurrentUser agency = Users.signedIn(users, fixture.username(fixture.addAgencyUser(fixture.leapDayAgency)));
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long pledgeId = fixture.pledgeOf(fixture.leapDayAgency);

        PledgeItem waiting = item(ta, pledgeId, 5);
        items.changeStatus(ta, waiting.id(), waiting.version(), ItemStatus.VERIFIED, null);
        PledgeItem alsoWaiting = item(ta, pledgeId, 6);
        items.changeStatus(ta, alsoWaiting.id(), alsoWaiting.version(), ItemStatus.RETURNED, "Attach the signed policy.");
        PledgeItem started = item(agency, pledgeId, 10);
        evidence.addLink(agency, started.id(), "https://www.example.org/policy", "Policy");
        items.changeStatus(agency, started.id(), started.version(), ItemStatus.SUBMITTED, null);
        PledgeItem notStarted = item(agency, pledgeId, 12);
        items.updateDetails(agency, notStarted.id(), notStarted.version(),
                new ItemDetailsChange(null, LocalDate.of(2026, 6, 1), null));
        PledgeOverview overview = pledges.overview(admin, fixture.leapDayAgency).orElseThrow();
        pledges.withdraw(admin, pledgeId, overview.version(), "New chief");
    }

    private PledgeItem item(CurrentUser user, long pledgeId, int index) {
        return items.detail(user, fixture.itemId(pledgeId, index)).item();
    }
}
