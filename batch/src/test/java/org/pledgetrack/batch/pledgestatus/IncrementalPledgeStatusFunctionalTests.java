package org.pledgetrack.batch.pledgestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incremental run ({@code changedOnly}) after changes made through the core services must leave
 * exactly the rows a full run writes for the same as-of date — agency, focus-area and roll-up rows —
 * while recomputing only the agencies that changed.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class IncrementalPledgeStatusFunctionalTests {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 24);
    private static final LocalDateTime COMPUTED_AT = LocalDateTime.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private PledgeItemService items;
    @Autowired
    private PledgeService pledges;
    @Autowired
    private UserRepository users;

    @Test
    void incrementalRunAfterChangesEqualsAFullRunAndRecomputesOnlyTheChangedAgencies() {
        PledgeSnapshotFixture fixture = PledgeSnapshotFixture.create(jdbc);
        CurrentUser ta = Users.signedIn(users, jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?",
                String.class, fixture.taStaffUser));
        JobRun first = launcher.runNow("pledgeStatus", AS_OF, "test");
        assertThat(first.status()).isEqualTo("COMPLETED");

        // one agency: a submission verified, a verified item reopened (statuses, waiting, activity)
        changeFirstItem(ta, fixture.leapDayAgency, ItemStatus.SUBMITTED, ItemStatus.VERIFIED, null);
        changeFirstItem(ta, fixture.leapDayAgency, ItemStatus.VERIFIED, ItemStatus.RETURNED, "Policy not adopted");
        // another: its TA staff withdraws the pledge, so its rows must go
        jdbc.update("INSERT INTO ta_agency_assignment (user_id, agency_id, created_at) VALUES (?, ?, ?)",
                fixture.taStaffUser, fixture.overdueAgency, PledgeSnapshotFixture.CREATED);
        long overduePledge = currentPledge(fixture.overdueAgency);
        pledges.withdraw(ta, overduePledge, jdbc.queryForObject("SELECT version FROM pledge WHERE id = ?",
                Integer.class, overduePledge), "Agency left the campaign");

        JobRun incremental = launcher.runNow("pledgeStatus", AS_OF, "test", true);

        assertThat(incremental.status()).isEqualTo("COMPLETED");
        assertThat(incremental.read()).isEqualTo(1);
        Rows afterIncremental = Rows.of(jdbc, AS_OF);
        assertThat(afterIncremental.agencies()).extracting(ExpectedPledgeSnapshot.AgencyRow::agencyId)
                .contains(fixture.leapDayAgency).doesNotContain(fixture.overdueAgency);

        JobRun full = launcher.runNow("pledgeStatus", AS_OF, "test");

        assertThat(full.read()).isGreaterThan(incremental.read());
        Rows afterFull = Rows.of(jdbc, AS_OF);
        assertThat(afterIncremental.agencies()).containsExactlyInAnyOrderElementsOf(afterFull.agencies());
        assertThat(afterIncremental.areas()).containsExactlyInAnyOrderElementsOf(afterFull.areas());
        assertThat(afterIncremental.rollups()).containsExactlyInAnyOrderElementsOf(afterFull.rollups());
        ExpectedPledgeSnapshot expected = new ExpectedPledgeSnapshot(jdbc, AS_OF, COMPUTED_AT);
        assertThat(afterIncremental.agencies()).containsExactlyInAnyOrderElementsOf(expected.agencies);
        assertThat(afterIncremental.rollups()).containsExactlyInAnyOrderElementsOf(expected.rollups);
    }

    @Test
    void incrementalRunWithoutChangesRecomputesNothing() {
        // a date of its own: the test classes share one job repository, and 2028-02-23 is another test's
        LocalDate asOf = LocalDate.of(2028, 2, 22);
        launcher.runNow("pledgeStatus", asOf, "test");
        Rows before = Rows.of(jdbc, asOf);

        JobRun incremental = launcher.runNow("pledgeStatus", asOf, "test", true);

        assertThat(incremental.status()).isEqualTo("COMPLETED");
        assertThat(incremental.read()).isZero();
        Rows after = Rows.of(jdbc, asOf);
        assertThat(after.agencies()).containsExactlyInAnyOrderElementsOf(before.agencies());
        assertThat(after.rollups()).containsExactlyInAnyOrderElementsOf(before.rollups());
    }

    private void changeFirstItem(CurrentUser user, long agencyId, ItemStatus from, ItemStatus to, String reason) {
        long itemId = jdbc.queryForObject("SELECT MIN(id) FROM pledge_item WHERE pledge_id = ? AND status = ?",
                Long.class, currentPledge(agencyId), from.name());
        items.changeStatus(user, itemId, items.detail(user, itemId).item().version(), to, reason);
    }

    private long currentPledge(long agencyId) {
        return jdbc.queryForObject("SELECT MAX(id) FROM pledge WHERE agency_id = ?", Long.class, agencyId);
    }

    /** The as-of date's rows of the three snapshot tables. */
    private record Rows(List<ExpectedPledgeSnapshot.AgencyRow> agencies, List<ExpectedPledgeSnapshot.AreaRow> areas,
                        List<ExpectedPledgeSnapshot.RollupRow> rollups) {

        static Rows of(JdbcTemplate jdbc, LocalDate asOf) {
            return new Rows(SnapshotRows.agencies(jdbc, asOf), SnapshotRows.areas(jdbc, asOf),
                    SnapshotRows.rollups(jdbc, asOf));
        }
    }
}
