package org.pledgetrack.batch.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.locking.TaskLease;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The automatic refresh of today's pledge status snapshot (2028-02-29 on the test clock): an item
 * changed through the service shows in today's rows after the next check; no change, no run; and
 * however many checks see changes within the minimum interval (default 60 s), one run starts.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class SnapshotRefreshIntegrationTests {

    private static final LocalDate TODAY = LocalDate.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC);

    @Autowired
    private SnapshotRefresh refresh;
    @Autowired
    private PledgeItemService items;
    @Autowired
    private SnapshotService snapshots;
    @Autowired
    private TaskLease lease;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SnapshotRefreshSettings settings;
    @Autowired
    private MutableClock clock;
    private CurrentUser wichita;

    @BeforeEach
    void startFromAnUpToDateSnapshot() {
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        refresh.refreshIfChanged();
        clock.advance(settings.minInterval().plusSeconds(1));
    }

    @AfterEach
    void setTheClockAndLeaseBack() {
        clock.set(BatchTestApplication.NOW);
        lease.release(SnapshotRefresh.LEASE);
    }

    @Test
    void anItemChangedThroughTheServiceIsInTodaysNumbersAfterTheNextCheck() {
        Map<String, Object> before = todaysRow();

        startAnItem();
        JobRun run = refresh.refreshIfChanged().orElseThrow();

        assertThat(run.completed()).isTrue();
        assertThat(run.asOf()).isEqualTo(TODAY);
        assertThat(run.launchedBy()).isEqualTo(SnapshotRefresh.LAUNCHED_BY);
        Map<String, Object> after = todaysRow();
        assertThat(after.get("in_progress")).isEqualTo((Integer) before.get("in_progress") + 1);
        assertThat(after.get("not_started")).isEqualTo((Integer) before.get("not_started") - 1);
        assertThat(snapshots.computedAt(TODAY)).contains(clock.instant());
    }

    @Test
    void withoutAChangeNoRunStarts() {
        long runsBefore = todaysRuns();

        assertThat(refresh.refreshIfChanged()).isEmpty();
        clock.advance(settings.minInterval().plusSeconds(1));
        assertThat(refresh.refreshIfChanged()).isEmpty();

        assertThat(todaysRuns()).isEqualTo(runsBefore);
    }

    @Test
    void checksWithinTheMinimumIntervalStartOneRunAndTheNextTurnTakesTheRest() {
        int inProgressBefore = (Integer) todaysRow().get("in_progress");

        startAnItem();
        assertThat(refresh.refreshIfChanged()).isPresent();
        startAnItem();
        clock.advanceSeconds(30);
        assertThat(refresh.refreshIfChanged()).isEmpty();
        assertThat(todaysRow().get("in_progress")).isEqualTo(inProgressBefore + 1);

        clock.advanceSeconds(31);
        assertThat(refresh.refreshIfChanged()).isPresent();
        assertThat(todaysRow().get("in_progress")).isEqualTo(inProgressBefore + 2);
    }

    @Test
    void aRefreshOnAnotherNodeWithinTheIntervalKeepsThisNodeFromRunning() {
        startAnItem();
        assertThat(lease.tryAcquire(SnapshotRefresh.LEASE, "4242@other-node",
                settings.minInterval())).isTrue();
        long runsBefore = todaysRuns();

        assertThat(refresh.refreshIfChanged()).isEmpty();

        assertThat(todaysRuns()).isEqualTo(runsBefore);
        lease.release(SnapshotRefresh.LEASE, "4242@other-node");
    }

    /** The agency moves one of its not-started items to in progress, as on its pledge page. */
    private void startAnItem() {
        Map<String, Object> item = jdbc.queryForMap("""
                SELECT pi.id, pi.version FROM pledge_item pi JOIN pledge p ON p.id = pi.pledge_id
                WHERE p.agency_id = ? AND p.status = 'ACTIVE' AND pi.status = 'NOT_STARTED'
                ORDER BY pi.id LIMIT 1""", wichita.organizationId());
        items.changeStatus(wichita, ((Number) item.get("id")).longValue(), ((Number) item.get("version")).intValue(),
                ItemStatus.IN_PROGRESS, null);
    }

    private Map<String, Object> todaysRow() {
        return jdbc.queryForMap("SELECT not_started, in_progress FROM agency_snapshot WHERE as_of = ? AND agency_id = ?",
                TODAY, wichita.organizationId());
    }

    private long todaysRuns() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = ? AND PARAMETER_VALUE = ?""",
                Long.class, SnapshotJobParameters.AS_OF, TODAY.toString());
    }
}
