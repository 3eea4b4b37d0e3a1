package org.pledgetrack.core.generator;

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
        assertThat(count("SELECT count(*) FROM app_user WHERE username LIKE 'ta.bench.%'")).isEqualTo(3);
        // every generated agency is assigned to one TA staff member
        assertThat(count("SELECT count(*) FROM ta_agency_assignment a JOIN app_user u ON u.id = a.user_id "
                + "WHERE u.username LIKE 'ta.bench.%'")).isEqualTo(360);
        // status history matches the statuses: each non-started item has at least one change
        assertThat(count("SELECT count(*) FROM pledge_item i WHERE i.pledge_id > " + lastPledgeBefore
                + " AND i.status <> 'NOT_STARTED' AND NOT EXISTS "
                + "(SELECT 1 FROM pledge_item_status_change c WHERE c.pledge_item_id = i.id)")).isZero();
        // the workflow's rule holds in generated data too: nothing submitted or verified without evidence
        assertThat(count("SELECT count(*) FROM pledge_item i WHERE i.pledge_id > " + lastPledgeBefore
                + " AND i.status IN ('SUBMITTED', 'VERIFIED') AND NOT EXISTS "
                + "(SELECT 1 FROM evidence e WHERE e.pledge_item_id = i.id)")).isZero();
        assertThat(summary.statusChanges()).isGreaterThan(summary.pledgeItems() / 2);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
