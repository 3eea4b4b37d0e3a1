package org.pledgetrack.batch.pledgestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.AgencyStatusPage;
import org.pledgetrack.core.snapshot.AgencyStatusRow;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read API's agency status answers ({@link SnapshotService#agencyStatus}) are kept in memory:
 * each user still gets exactly the agencies they may read, and a status job that rewrites the date
 * or a new TA assignment changes the answer at once.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class AgencyStatusAnswersFunctionalTests {

    // dates of their own: the test classes share one job repository
    private static final LocalDate SCOPES_DATE = LocalDate.of(2028, 2, 12);
    private static final LocalDate REWRITTEN_DATE = LocalDate.of(2028, 2, 11);
    private static final LocalDate ASSIGNMENT_DATE = LocalDate.of(2028, 2, 10);

    @Autowired
    private SnapshotService snapshots;
    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void usersWithDifferentScopesGetTheirOwnAnswersFromAWarmCache() {
        assertThat(launcher.runNow("pledgeStatus", SCOPES_DATE, "test").status()).isEqualTo("COMPLETED");
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        CurrentUser dayton = user(DemoAccounts.DAYTON_AGENCY);
        CurrentUser ta = user(DemoAccounts.TA_STAFF);

        AgencyStatusPage all = page(overseer, SCOPES_DATE);
        AgencyStatusPage own = page(wichita, SCOPES_DATE);
        AgencyStatusPage assigned = page(ta, SCOPES_DATE);

        // rows changed behind the generation's back: the answers now come from memory, each scope its own
        jdbc.update("UPDATE agency_snapshot SET waiting_review = waiting_review + 1000 WHERE as_of = ?", SCOPES_DATE);
        try {
            assertThat(page(overseer, SCOPES_DATE)).isEqualTo(all);
            assertThat(page(wichita, SCOPES_DATE)).isEqualTo(own);
            assertThat(page(ta, SCOPES_DATE)).isEqualTo(assigned);
            assertThat(agencyIds(page(dayton, SCOPES_DATE))).containsExactly(dayton.organizationId());
        } finally {
            jdbc.update("UPDATE agency_snapshot SET waiting_review = waiting_review - 1000 WHERE as_of = ?", SCOPES_DATE);
        }
        assertThat(agencyIds(own)).containsExactly(wichita.organizationId());
        assertThat(own.total()).isOne();
        assertThat(agencyIds(assigned)).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                SELECT s.agency_id FROM agency_snapshot s JOIN ta_agency_assignment a ON a.agency_id = s.agency_id
                WHERE s.as_of = ? AND a.user_id = ?""", Long.class, SCOPES_DATE, ta.id()));
        assertThat(all.total()).isGreaterThan(assigned.total()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?", Integer.class, SCOPES_DATE));
        assertThat(all.version()).isNotEqualTo(own.version()).isNotEqualTo(assigned.version());
        // pages cut the list; the latest date; the state however written
        AgencyStatusPage second = snapshots.agencyStatus(overseer, SCOPES_DATE, null, 2, 2).orElseThrow();
        assertThat(second.rows()).isEqualTo(all.rows().subList(2, 4));
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.version()).isNotEqualTo(all.version());
        assertThat(snapshots.agencyStatus(overseer, SCOPES_DATE, null, all.total(), 100)).get()
                .satisfies(beyond -> assertThat(beyond.rows()).isEmpty());
        assertThat(snapshots.agencyStatus(overseer, null, null, 0, 100)).get().extracting(AgencyStatusPage::asOf)
                .isEqualTo(snapshots.latestAsOf().orElseThrow());
        assertThat(snapshots.agencyStatus(wichita, SCOPES_DATE, " ks ", 0, 100)).get()
                .isEqualTo(snapshots.agencyStatus(wichita, SCOPES_DATE, "KS", 0, 100).orElseThrow());
        assertThat(snapshots.agencyStatus(wichita, SCOPES_DATE, "OH", 0, 100)).get()
                .satisfies(page -> assertThat(page.rows()).isEmpty());
    }

    @Test
    void aJobRewritingTheDateChangesTheAnswer() {
        assertThat(launcher.runNow("pledgeStatus", REWRITTEN_DATE, "test").status()).isEqualTo("COMPLETED");
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        long agency = user(DemoAccounts.WICHITA_AGENCY).organizationId();
        long pledge = jdbc.queryForObject("SELECT MAX(id) FROM pledge WHERE agency_id = ?", Long.class, agency);
        // an item the date saw as not verified: its status then is where its last change before the date's end went
        long item = jdbc.queryForObject("""
                SELECT MIN(pi.id) FROM pledge_item pi WHERE pi.pledge_id = ? AND COALESCE(
                    (SELECT c.to_status FROM pledge_item_status_change c WHERE c.pledge_item_id = pi.id
                       AND c.changed_at < ? ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), 'NOT_STARTED') <> 'VERIFIED'""",
                Long.class, pledge, REWRITTEN_DATE.plusDays(1).atStartOfDay());
        AgencyStatusPage before = page(overseer, REWRITTEN_DATE);
        // a verification recorded late, dated within the day: the answer stays as it was until a job runs
        jdbc.update("""
                INSERT INTO pledge_item_status_change (pledge_item_id, from_status, to_status, changed_at)
                VALUES (?, 'SUBMITTED', 'VERIFIED', ?)""", item, REWRITTEN_DATE.atTime(23, 59, 59));
        try {
            assertThat(page(overseer, REWRITTEN_DATE)).isEqualTo(before);

            assertThat(launcher.runNow("pledgeStatus", REWRITTEN_DATE, "test").status()).isEqualTo("COMPLETED");

            AgencyStatusPage after = page(overseer, REWRITTEN_DATE);
            assertThat(after.version()).isNotEqualTo(before.version());
            assertThat(row(after, agency).verified()).isEqualTo(row(before, agency).verified() + 1);
        } finally {
            // the demo item's history as it was, for the other tests of this context
            jdbc.update("DELETE FROM pledge_item_status_change WHERE pledge_item_id = ? AND changed_at = ?", item,
                    REWRITTEN_DATE.atTime(23, 59, 59));
        }
    }

    @Test
    void aNewAssignmentWidensATaStaffMembersAnswerAtOnce() {
        assertThat(launcher.runNow("pledgeStatus", ASSIGNMENT_DATE, "test").status()).isEqualTo("COMPLETED");
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        AgencyStatusPage before = page(ta, ASSIGNMENT_DATE);
        long unassigned = jdbc.queryForObject("""
                SELECT MIN(s.agency_id) FROM agency_snapshot s WHERE s.as_of = ? AND s.agency_id NOT IN
                    (SELECT agency_id FROM ta_agency_assignment WHERE user_id = ?)""", Long.class, ASSIGNMENT_DATE, ta.id());
        assertThat(agencyIds(before)).doesNotContain(unassigned);

        jdbc.update("INSERT INTO ta_agency_assignment (user_id, agency_id, created_at) VALUES (?, ?, NOW())", ta.id(),
                unassigned);
        try {
            assertThat(agencyIds(page(ta, ASSIGNMENT_DATE))).contains(unassigned).hasSize(before.rows().size() + 1);
        } finally {
            jdbc.update("DELETE FROM ta_agency_assignment WHERE user_id = ? AND agency_id = ?", ta.id(), unassigned);
        }
        assertThat(agencyIds(page(ta, ASSIGNMENT_DATE))).doesNotContain(unassigned);
    }

    private AgencyStatusPage page(CurrentUser user, LocalDate asOf) {
        return snapshots.agencyStatus(user, asOf, null, 0, 100).orElseThrow();
    }

    private static List<Long> agencyIds(AgencyStatusPage page) {
        return page.rows().stream().map(AgencyStatusRow::agencyId).toList();
    }

    private static AgencyStatusRow row(AgencyStatusPage page, long agencyId) {
        return page.rows().stream().filter(r -> r.agencyId() == agencyId).findFirst().orElseThrow();
    }

    private CurrentUser user(String username) {
        return Users.signedIn(users, username);
    }
}
