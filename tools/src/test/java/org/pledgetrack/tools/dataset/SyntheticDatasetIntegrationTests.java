package org.pledgetrack.tools.dataset;

import static org.assertj.core.api.Assertions.assertThat;

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
            jdbc.update("DELETE FROM pledge WHERE id > ?", lastPledgeBefore);
            jdbc.update("DELETE FROM bcji_grant WHERE award_number LIKE 'BENCH-11-%'");
            jdbc.update("DELETE FROM app_user WHERE username LIKE 'ta.bench.%'");
            jdbc.update("DELETE FROM organization WHERE id > ?", lastOrganizationBefore);
        }
        assertThat(count("SELECT count(*) FROM organization WHERE kind = 'AGENCY'")).isEqualTo(agenciesBefore);
    }

    private void checkGeneratedData(int agenciesBefore, int itemsBefore, int lastPledgeBefore) {
        DatasetSummary summary = dataset.generate(new DatasetSpec(11, 360, 10, 10, 3));

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
        checkTargetDatesAndPledgeStatus(summary, lastPledgeBefore);
    }

    /**
     * Each item's own target date is the one its last target change set, its dates follow from its
     * history, and a pledge's status and closing time from its last status change; every pledge was
     * entered by the end of its signing day, before any date a status job computes it for.
     */
    private void checkTargetDatesAndPledgeStatus(DatasetSummary summary, int lastPledgeBefore) {
        String items = "SELECT count(*) FROM pledge_item i WHERE i.pledge_id > " + lastPledgeBefore;
        assertThat(summary.targetChanges()).isEqualTo(count("SELECT count(*) FROM pledge_item_target_change t "
                + "JOIN pledge_item i ON i.id = t.pledge_item_id WHERE i.pledge_id > " + lastPledgeBefore));
        assertThat(count(items + " AND i.target_on IS NOT NULL")).isBetween(360 * 25 / 8, 360 * 25 / 4);
        assertThat(summary.targetChanges()).isGreaterThan(count(items + " AND i.target_on IS NOT NULL"));
        assertThat(count(items + " AND NOT i.target_on <=> (SELECT t.target_on FROM pledge_item_target_change t "
                + "WHERE t.pledge_item_id = i.id ORDER BY t.changed_at DESC, t.id DESC LIMIT 1)")).isZero();
        assertThat(count(items + " AND NOT i.submitted_at <=> (SELECT max(c.changed_at) FROM pledge_item_status_change c "
                + BY_ITEM + "WHERE c.pledge_item_id = i.id AND c.to_status = 'SUBMITTED')")).isZero();
        assertThat(count(items + " AND NOT i.verified_at <=> (SELECT max(c.changed_at) FROM pledge_item_status_change c "
                + BY_ITEM + "WHERE c.pledge_item_id = i.id AND i.status = 'VERIFIED')")).isZero();
        assertThat(count(items + " AND i.last_agency_activity_at < (SELECT max(t.changed_at) "
                + "FROM pledge_item_target_change t WHERE t.pledge_item_id = i.id)")).isZero();

        String pledges = "SELECT count(*) FROM pledge p WHERE p.id > " + lastPledgeBefore;
        assertThat(summary.pledgeStatusChanges()).isPositive()
                .isEqualTo(count(pledges + " AND p.status = 'WITHDRAWN'"));
        assertThat(count(pledges + " AND p.status <> coalesce((SELECT c.to_status FROM pledge_status_change c "
                + "WHERE c.pledge_id = p.id ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), 'ACTIVE')")).isZero();
        assertThat(count(pledges + " AND NOT p.closed_at <=> (SELECT max(c.changed_at) FROM pledge_status_change c "
                + "WHERE c.pledge_id = p.id)")).isZero();
        assertThat(count(pledges + " AND p.created_at >= p.signed_on + INTERVAL 1 DAY")).isZero();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
