package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.batch.pledgestatus.PledgeSnapshotFixture;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The item-level report reads each item's status on the as-of date by the same definition as the
 * pledge status job, so for every agency its items add up to the agency status report's counts of
 * that date, whatever happened to the items since.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class AgencyItemsReportFunctionalTests {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 24);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private ReportQueries queries;

    private record Counts(int notStarted, int inProgress, int submitted, int returned, int verified) {
    }

    @Test
    void everyAgencysItemsAddUpToItsStatusRowOfTheSameDate() {
        PledgeSnapshotFixture fixture = PledgeSnapshotFixture.create(jdbc);
        assertThat(launcher.runNow("pledgeStatus", AS_OF, "test").status()).isEqualTo("COMPLETED");
        Map<Long, Counts> statusRows = jdbc.query("""
                SELECT agency_id, not_started, in_progress, submitted, returned, verified
                FROM agency_snapshot WHERE as_of = ?""", (rs, n) -> Map.entry(rs.getLong(1), new Counts(rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))), AS_OF)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(statusRows).containsKeys(fixture.leapDayAgency, fixture.overdueAgency, fixture.ownTargetsAgency);
        // the leap-day pledge's late submission (2028-03-02) counts in neither
        assertThat(statusRows.get(fixture.leapDayAgency)).isEqualTo(new Counts(14, 1, 3, 2, 5));
        statusRows.forEach((agencyId, counts) -> assertThat(itemCounts(agencyId)).as("agency %d", agencyId)
                .isEqualTo(counts));
        assertThat(itemStatuses(fixture.withdrawnAgency)).isEmpty();
        assertThat(itemStatuses(fixture.futurePledgeAgency)).isEmpty();
    }

    private Counts itemCounts(long agencyId) {
        Map<String, Long> byStatus = itemStatuses(agencyId).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return new Counts(count(byStatus, "NOT_STARTED"), count(byStatus, "IN_PROGRESS"), count(byStatus, "SUBMITTED"),
                count(byStatus, "RETURNED"), count(byStatus, "VERIFIED"));
    }

    /** The status column of the item-level report of the agency for the as-of date. */
    private List<String> itemStatuses(long agencyId) {
        ReportQuery query = queries.forReport(ReportType.AGENCY_ITEMS, AS_OF,
                new ReportFilters(null, null, null, null, agencyId));
        return jdbc.query(query.sql(), (rs, n) -> rs.getString(4), query.parameters().toArray());
    }

    private static int count(Map<String, Long> byStatus, String status) {
        return byStatus.getOrDefault(status, 0L).intValue();
    }
}
