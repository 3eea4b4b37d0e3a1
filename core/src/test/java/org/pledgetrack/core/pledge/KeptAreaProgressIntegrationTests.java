package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triggers of migration V78: {@code pledge_area_progress} (the counts the pledge status job
 * reads) follows every insert, update and delete of an item, and {@code pledge.progress_revision}
 * (what the incremental run compares) moves with every change of an item that can change a
 * snapshot, whoever makes it. Each test is rolled back, so the demo pledge stays as it was.
 */
@SpringBootTest
@Transactional
class KeptAreaProgressIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;

    private long pledgeId;
    private long itemId;

    @BeforeEach
    void daytonsPledge() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        pledgeId = pledges.overview(dayton, dayton.organizationId()).orElseThrow().pledgeId();
        itemId = jdbc.queryForObject("SELECT MIN(id) FROM pledge_item WHERE pledge_id = ? AND status <> 'SUBMITTED'",
                Long.class, pledgeId);
    }

    @Test
    void keptAreaCountsFollowEveryInsertUpdateAndDeleteOfAnItem() {
        assertThat(kept()).isEqualTo(counted());

        jdbc.update("""
                UPDATE pledge_item SET status = 'SUBMITTED', submitted_at = '2098-05-01',
                    last_agency_activity_at = '2099-01-01' WHERE id = ?""", itemId);
        assertThat(kept()).isEqualTo(counted());
        assertThat(kept().toString()).contains("2099-01-01").contains("2098-05-01");

        jdbc.update("UPDATE pledge_item SET status = 'VERIFIED', last_agency_activity_at = NULL WHERE id = ?", itemId);
        assertThat(kept()).isEqualTo(counted());
        assertThat(kept().toString()).doesNotContain("2099-01-01").doesNotContain("2098-05-01");

        jdbc.update("UPDATE pledge_item SET status = 'RETURNED' WHERE id = ?", itemId);
        assertThat(kept()).isEqualTo(counted());

        long catalogItem = jdbc.queryForObject("SELECT catalog_item_id FROM pledge_item WHERE id = ?", Long.class, itemId);
        jdbc.update("DELETE FROM pledge_item WHERE id = ?", itemId);
        assertThat(kept()).isEqualTo(counted());

        jdbc.update("""
                INSERT INTO pledge_item (pledge_id, catalog_item_id, status, submitted_at, updated_at)
                VALUES (?, ?, 'SUBMITTED', '2097-03-03', NOW(6))""", pledgeId, catalogItem);
        assertThat(kept()).isEqualTo(counted());
        assertThat(kept().toString()).contains("2097-03-03");
    }

    @Test
    void theProgressRevisionMovesWithSnapshotChangesOnly() {
        long before = revision();

        jdbc.update("UPDATE pledge_item SET notes = 'Only words changed' WHERE id = ?", itemId);
        assertThat(revision()).as("a note changes no snapshot").isEqualTo(before);

        jdbc.update("UPDATE pledge_item SET status = 'IN_PROGRESS', last_agency_activity_at = NOW(6) WHERE id = ?",
                itemId);
        assertThat(revision()).isEqualTo(before + 1);

        jdbc.update("UPDATE pledge_item SET last_agency_activity_at = '2099-02-02' WHERE id = ?", itemId);
        assertThat(revision()).isEqualTo(before + 2);
    }

    private long revision() {
        return jdbc.queryForObject("SELECT progress_revision FROM pledge WHERE id = ?", Long.class, pledgeId);
    }

    private List<Map<String, String>> kept() {
        return asText(jdbc.queryForList("""
                SELECT focus_area_id, items_total, not_started, in_progress, submitted, returned, verified,
                       last_agency_activity_at, oldest_submitted_at
                FROM pledge_area_progress WHERE pledge_id = ? AND items_total > 0 ORDER BY focus_area_id""", pledgeId));
    }

    private List<Map<String, String>> counted() {
        return asText(jdbc.queryForList("""
                SELECT ci.focus_area_id, COUNT(*) AS items_total, SUM(pi.status = 'NOT_STARTED') AS not_started,
                       SUM(pi.status = 'IN_PROGRESS') AS in_progress, SUM(pi.status = 'SUBMITTED') AS submitted,
                       SUM(pi.status = 'RETURNED') AS returned, SUM(pi.status = 'VERIFIED') AS verified,
                       MAX(pi.last_agency_activity_at) AS last_agency_activity_at,
                       MIN(CASE WHEN pi.status = 'SUBMITTED' THEN pi.submitted_at END) AS oldest_submitted_at
                FROM pledge_item pi JOIN catalog_item ci ON ci.id = pi.catalog_item_id
                WHERE pi.pledge_id = ? GROUP BY ci.focus_area_id ORDER BY ci.focus_area_id""", pledgeId));
    }

    /** Column values as text: counts come back as INT from the table and as BIGINT or DECIMAL when counted. */
    private static List<Map<String, String>> asText(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, String> text = new TreeMap<>();
            row.forEach((column, value) -> text.put(column.toLowerCase(java.util.Locale.ROOT), String.valueOf(value)));
            return text;
        }).toList();
    }
}
