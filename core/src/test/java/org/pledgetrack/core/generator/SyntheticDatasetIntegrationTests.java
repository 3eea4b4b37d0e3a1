package org.pledgetrack.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds hundreds of agencies, which other tests would count: it runs in a test context of its own
 * (its own embedded database) and removes what it wrote afterwards, for the external-database run
 * where every context shares one database.
 */
@SpringBootTest(properties = "pledgetrack.test.isolated-database=generator")
class SyntheticDatasetIntegrationTests {

    /**
     * The checks below look up each item's latest status change. For "latest" MariaDB 11.4 may walk
     * the whole (item, time) index in order instead of seeking the item's few changes: seen taking
     * over ten minutes for 9,000 items. The hint keeps the seek.
     */
    private static final String BY_ITEM = "FORCE INDEX (ix_status_change_item) ";

    @Autowired SyntheticDataset dataset;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void writesAgenciesWithFullPledgesHistoryGrantsAndAssignments() {
        int agenciesBefore = count("SELECT count(*) FROM organization WHERE kind = 'AGENCY'");
        int itemsBefore = count("SELECT count(*) FROM pledge_item");
        int lastPledgeBefore = count("SELECT coalesce(max(id), 0) FROM pledge");
        int lastOrganizationBefore = count("SELECT coalesce(max(id), 0) FROM organization");
        try {
            checkGeneratedData(agenciesBefore, itemsBefore, lastPledgeBefore);
        } finally {
            // children go with their parents (ON DELETE CASCADE), in this order
            jdbc.update("DELETE FROM agency_snapshot WHERE pledge_id > ?", lastPledgeBefore);
            jdbc.update("DELETE FROM agency_area_snapshot WHERE pledge_id > ?", lastPledgeBefore);
            jdbc.update("DELETE FROM pledge WHERE id > ?", lastPledgeBefore);
            jdbc.update("DELETE FROM bcji_grant WHERE award_number LIKE 'BENCH-11-%'");
            jdbc.update("DELETE FROM app_user WHERE username LIKE 'ta.bench.%'");
            jdbc.update("DELETE FROM organization WHERE id > ?", lastOrganizationBefore);
        }
        assertThat(count("SELECT count(*) FROM organization WHERE kind = 'AGENCY'")).isEqualTo(agenciesBefore);
    }

    private void checkGeneratedData(int agenciesBefore, int itemsBefore, int lastPledgeBefore) {
        DatasetSummary summary = dataset.generate(new DatasetSpec(11, 360, 10, 10, 3, 90));

        assertThat(count("SELECT count(*) FROM organization WHERE kind = 'AGENCY'")).isEqualTo(agenciesBefore + 360);
        assertThat(count("SELECT count(*) FROM pledge_item")).isEqualTo(itemsBefore + 360 * 25);
        assertThat(summary.pledgeItems()).isEqualTo(360 * 25);
        assertThat(count("SELECT count(*) FROM bcji_grant WHERE award_number LIKE 'BENCH-11-%'")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM ta_deliverable d JOIN bcji_grant g ON g.id = d.grant_id "
                + "WHERE g.award_number LIKE 'BENCH-11-%'")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM app_user WHERE username LIKE 'ta.bench.%'")).isEqualTo(4);
        // every generated agency is assigned to one TA staff member, and all of them to the national account
        assertThat(count("SELECT count(*) FROM ta_agency_assignment a JOIN app_user u ON u.id = a.user_id "
                + "WHERE u.username LIKE 'ta.bench.%' AND u.username <> 'ta.bench.national'")).isEqualTo(360);
        assertThat(count("SELECT count(*) FROM ta_agency_assignment a JOIN app_user u ON u.id = a.user_id "
                + "JOIN pledge p ON p.agency_id = a.agency_id "
                + "WHERE u.username = 'ta.bench.national' AND p.id > " + lastPledgeBefore)).isEqualTo(360);
        // status history matches the statuses: each non-started item has at least one change
        assertThat(count("SELECT count(*) FROM pledge_item i WHERE i.pledge_id > " + lastPledgeBefore
                + " AND i.status <> 'NOT_STARTED' AND NOT EXISTS "
                + "(SELECT 1 FROM pledge_item_status_change c WHERE c.pledge_item_id = i.id)")).isZero();
        // the workflow's rule holds in generated data too: nothing submitted or verified without evidence
        assertThat(count("SELECT count(*) FROM pledge_item i WHERE i.pledge_id > " + lastPledgeBefore
                + " AND i.status IN ('SUBMITTED', 'VERIFIED') AND NOT EXISTS "
                + "(SELECT 1 FROM evidence e WHERE e.pledge_item_id = i.id)")).isZero();
        // about three status changes per item, each continuing from the status before it
        assertThat((double) summary.statusChanges() / summary.pledgeItems()).isBetween(2.5, 3.5);
        assertThat(count("SELECT count(*) FROM pledge_item_status_change c JOIN pledge_item i ON i.id = c.pledge_item_id "
                + "WHERE i.pledge_id > " + lastPledgeBefore + " AND c.from_status <> coalesce((SELECT p.to_status "
                + "FROM pledge_item_status_change p " + BY_ITEM + "WHERE p.pledge_item_id = c.pledge_item_id AND p.id < c.id "
                + "ORDER BY p.id DESC LIMIT 1), 'NOT_STARTED')")).isZero();
        // the last change leads to the item's current status
        assertThat(count("SELECT count(*) FROM pledge_item i WHERE i.pledge_id > " + lastPledgeBefore
                + " AND i.status <> coalesce((SELECT c.to_status FROM pledge_item_status_change c " + BY_ITEM
                + "WHERE c.pledge_item_id = i.id ORDER BY c.id DESC LIMIT 1), 'NOT_STARTED')")).isZero();
        checkPriorSnapshots(summary, lastPledgeBefore);
    }

    /**
     * 90 days of agency rows before today, and yesterday's counts agree with the status history
     * replayed in SQL up to yesterday's nightly run (02:00 UTC).
     */
    private void checkPriorSnapshots(DatasetSummary summary, int lastPledgeBefore) {
        String generated = " FROM agency_snapshot s WHERE s.pledge_id > " + lastPledgeBefore;
        assertThat(count("SELECT count(DISTINCT s.as_of)" + generated)).isEqualTo(90);
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        assertThat(count("SELECT datediff(?, max(s.as_of))" + generated, yesterday)).isZero();
        assertThat(summary.agencySnapshotRows()).isEqualTo(count("SELECT count(*)" + generated));
        assertThat(summary.areaSnapshotRows()).isEqualTo(count("SELECT count(*) FROM agency_area_snapshot a "
                + "WHERE a.pledge_id > " + lastPledgeBefore));
        assertThat(count("SELECT count(*) FROM agency_snapshot s WHERE s.pledge_id > " + lastPledgeBefore
                + " AND s.as_of = ? AND s.verified <> (SELECT count(*) FROM pledge_item i "
                + "WHERE i.pledge_id = s.pledge_id AND (SELECT c.to_status FROM pledge_item_status_change c " + BY_ITEM
                + "WHERE c.pledge_item_id = i.id AND c.changed_at < ? "
                + "ORDER BY c.changed_at DESC, c.id DESC LIMIT 1) = 'VERIFIED')", yesterday,
                yesterday.atTime(2, 0))).isZero();
        assertThat(count("SELECT count(*) FROM agency_snapshot s WHERE s.pledge_id > " + lastPledgeBefore
                + " AND s.as_of = ? AND s.verified > 0", yesterday)).isPositive();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
