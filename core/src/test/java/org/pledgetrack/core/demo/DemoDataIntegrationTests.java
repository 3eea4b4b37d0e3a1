package org.pledgetrack.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserAccount;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.actionplan.ActionPlan;
import org.pledgetrack.core.actionplan.ActionPlanService;
import org.pledgetrack.core.actionplan.ActionPlanState;
import org.pledgetrack.core.actionplan.TaskStatus;
import org.pledgetrack.core.actionplan.WorkPlanTask;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationRepository;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.DemoGrants;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class DemoDataIntegrationTests {

    @Autowired CatalogService catalog;
    @Autowired OrganizationRepository organizations;
    @Autowired UserRepository userRepository;
    @Autowired GrantService grants;
    @Autowired DeliverableService deliverables;
    @Autowired DemoData demoData;
    @Autowired ActionPlanService actionPlans;
    @Autowired JdbcTemplate jdbc;

    /** When the demo data was loaded: its accounts were created then. */
    private static final String LOADED_AT = "(SELECT created_at FROM app_user WHERE username = 'admin')";
    /** When the agency last moved item i: started, submitted or took back; reviewers verify and return. */
    private static final String AGENCY_MOVE = "(SELECT max(c.changed_at) FROM pledge_item_status_change c "
            + "WHERE c.pledge_item_id = i.id AND c.to_status NOT IN ('VERIFIED', 'RETURNED'))";
    private static final String TARGET_SET = "(SELECT max(t.changed_at) FROM pledge_item_target_change t "
            + "WHERE t.pledge_item_id = i.id)";

    @Test
    void catalogHasSixFocusAreasAndTwentyFiveItems() {
        CatalogVersion version = catalog.currentVersion();
        assertThat(version.focusAreas()).extracting(a -> a.name()).containsExactly(
                "Bias-Free Policing", "Use of Force", "Leadership and Culture",
                "Recruitment, Hiring, and Retention", "Victim Services", "Community Relations");
        assertThat(version.items()).hasSize(25);
        assertThat(version.items()).extracting(i -> i.number()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
        version.focusAreas().forEach(area -> assertThat(version.itemsOf(area)).isNotEmpty());
    }

    @Test
    void demoAccountsExistOnePerRole() {
        assertThat(userRepository.findAll())
                .extracting(UserAccount::username, UserAccount::role)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.WICHITA_AGENCY, Role.AGENCY),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.DAYTON_AGENCY, Role.AGENCY),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.TA_STAFF, Role.TA_STAFF),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.OVERSEER, Role.OVERSEER),
                        org.assertj.core.groups.Tuple.tuple(DemoAccounts.ADMIN, Role.ADMIN));
        assertThat(userRepository.findByUsername(DemoAccounts.WICHITA_AGENCY).orElseThrow().organizationName())
                .isEqualTo("Wichita Police Department");
        assertThat(userRepository.findByUsername(DemoAccounts.DAYTON_AGENCY).orElseThrow().organizationName())
                .isEqualTo("Dayton Police Department");
    }

    @Test
    void agenciesGrantsAndPartnersAreLoadedWithWichitasRealAwardTrue() {
        assertThat(organizations.countByKind(OrganizationKind.AGENCY)).isEqualTo(12);
        assertThat(organizations.countByKind(OrganizationKind.TA_PROVIDER)).isEqualTo(1);
        assertThat(organizations.countByKind(OrganizationKind.OVERSEER)).isEqualTo(1);
        var overseer = Users.signedIn(userRepository, DemoAccounts.OVERSEER);
        var real = DemoGrants.byAward(grants, overseer, DemoGrantAwards.WICHITA_FY2020);
        assertThat(real.startOn()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(real.endOn()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(real.granteeName()).isEqualTo("City of Wichita Housing and Community Services Department");
        assertThat(real.leadAgencyName()).isEqualTo("Wichita Police Department");
        assertThat(real.currentPhase()).as("the award has ended").isNull();
        assertThat(grants.grant(overseer, real.id()).partners()).extracting(p -> p.name() + " / " + p.kind())
                .contains("Newman University / RESEARCH_PARTNER", "Wichita Police Department / LAW_ENFORCEMENT");
        // other tests may plan more deliverables in a shared database; the seeded ones must be there
        assertThat(deliverables.deliverablesOf(overseer, real.id())).extracting(Deliverable::title).contains(
                "Relationship-based policing course", "Planning-phase site visit", "Implementation plan review");

        var current = DemoGrants.byAward(grants, overseer, DemoGrantAwards.WICHITA_CONTINUATION);
        assertThat(current.title()).endsWith("(demo)");
        assertThat(current.siteName()).endsWith("(demo)");
        assertThat(deliverables.deliverablesOf(overseer, current.id())).extracting(Deliverable::title).contains(
                "Action Plan review", "Trauma-informed response for patrol", "Peer exchange with Dayton PD outreach unit");
        var ta = Users.signedIn(userRepository, DemoAccounts.TA_STAFF);
        assertThat(grants.visibleGrants(ta)).extracting(GrantSummary::awardNumber).contains(
                DemoGrantAwards.WICHITA_FY2020, DemoGrantAwards.WICHITA_CONTINUATION, DemoGrantAwards.SEDGWICK_PLANNING);
    }

    @Test
    void theContinuationIsImplementingItsApprovedPlanAndTheSedgwickSiteIsDraftingOne() throws Exception {
        var wichita = Users.signedIn(userRepository, DemoAccounts.WICHITA_AGENCY);
        var current = DemoGrants.byAward(grants, wichita, DemoGrantAwards.WICHITA_CONTINUATION);
        ActionPlan approved = actionPlans.plan(wichita, current.id());
        assertThat(approved.state()).isEqualTo(ActionPlanState.APPROVED);
        assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(approved.diagram().originalFilename()).isEqualTo("strategies-and-drivers.pdf");
        assertThat(actionPlans.openDiagram(wichita, current.id()).readAllBytes()).startsWith("%PDF-".getBytes());
        assertThat(approved.tasks()).extracting(WorkPlanTask::status).contains(TaskStatus.DONE, TaskStatus.IN_PROGRESS,
                TaskStatus.NOT_STARTED);

        var planning = DemoGrants.byAward(grants, wichita, DemoGrantAwards.SEDGWICK_PLANNING);
        assertThat(planning.leadAgencyName()).isEqualTo("Sedgwick County Sheriff's Office");
        ActionPlan draft = actionPlans.plan(wichita, planning.id());
        assertThat(draft.state()).isEqualTo(ActionPlanState.DRAFT);
        assertThat(draft.narrative().crimeDrivers()).isNotBlank();
        assertThat(draft.narrative().sustainability()).as("left for the grantee to write").isNull();
        assertThat(draft.tasks()).hasSize(2);
        assertThat(grants.actsAsGrantee(wichita, planning.id())).as("Wichita PD is a partner").isTrue();
    }

    /**
     * Every item the demo wrote stands where its last history row says, and its history is a chain
     * of moves in time order. Other tests in this database change demo items through the services:
     * the checks cover the items nobody has touched since the demo was loaded (most of them).
     */
    @Test
    void everyDemoItemStandsWhereItsHistoryEnds() {
        String untouched = " FROM pledge_item i WHERE i.updated_at <= " + LOADED_AT
                + " AND coalesce(i.last_agency_activity_at, i.updated_at) <= " + LOADED_AT;
        assertThat(count("SELECT count(*)" + untouched + " AND i.status <> 'NOT_STARTED'")).isGreaterThan(100);
        assertThat(count("SELECT count(*)" + untouched + " AND i.status <> coalesce((SELECT c.to_status "
                + "FROM pledge_item_status_change c WHERE c.pledge_item_id = i.id "
                + "ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), 'NOT_STARTED')")).isZero();
        assertThat(count("SELECT count(*)" + untouched + " AND NOT i.target_on <=> (SELECT t.target_on "
                + "FROM pledge_item_target_change t WHERE t.pledge_item_id = i.id "
                + "ORDER BY t.changed_at DESC, t.id DESC LIMIT 1)")).isZero();
        assertThat(count("SELECT count(*)" + untouched + " AND NOT i.submitted_at <=> (SELECT max(c.changed_at) "
                + "FROM pledge_item_status_change c WHERE c.pledge_item_id = i.id AND c.to_status = 'SUBMITTED')"))
                .isZero();
        assertThat(count("SELECT count(*)" + untouched + " AND NOT i.verified_at <=> (SELECT max(c.changed_at) "
                + "FROM pledge_item_status_change c WHERE c.pledge_item_id = i.id AND i.status = 'VERIFIED')"))
                .isZero();
        // the agency's own moves: starting, submitting, taking back, and setting its target dates
        assertThat(count("SELECT count(*)" + untouched + " AND NOT i.last_agency_activity_at <=> "
                + "greatest(coalesce(" + AGENCY_MOVE + ", " + TARGET_SET + "), coalesce(" + TARGET_SET + ", "
                + AGENCY_MOVE + "))")).isZero();
        // each move starts where the one before it ended (the first from NOT_STARTED), never earlier
        assertThat(count("SELECT count(*) FROM (SELECT c.from_status, c.changed_at, "
                + "coalesce(lag(c.to_status) OVER (PARTITION BY c.pledge_item_id ORDER BY c.id), 'NOT_STARTED') AS before_status, "
                + "lag(c.changed_at) OVER (PARTITION BY c.pledge_item_id ORDER BY c.id) AS before_at "
                + "FROM pledge_item_status_change c JOIN pledge_item i ON i.id = c.pledge_item_id "
                + "WHERE i.updated_at <= " + LOADED_AT + ") moves "
                + "WHERE from_status <> before_status OR before_at > changed_at")).isZero();
        assertThat(count("SELECT count(*) FROM pledge_item i WHERE i.status IN ('SUBMITTED', 'VERIFIED') "
                + "AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.pledge_item_id = i.id)")).isZero();
        // some own target dates were set, some moved later
        assertThat(count("SELECT count(DISTINCT pledge_item_id) FROM pledge_item_target_change")).isGreaterThan(20);
        assertThat(count("SELECT count(*) FROM (SELECT pledge_item_id FROM pledge_item_target_change "
                + "GROUP BY pledge_item_id HAVING count(*) > 1) moved")).isPositive();
    }

    @Test
    void everyDemoPledgeStandsWhereItsHistoryEndsAndWasEnteredAtSigning() {
        String untouched = " FROM pledge p WHERE p.updated_at <= " + LOADED_AT;
        assertThat(count("SELECT count(*)" + untouched)).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT count(*)" + untouched + " AND p.status <> coalesce((SELECT c.to_status "
                + "FROM pledge_status_change c WHERE c.pledge_id = p.id "
                + "ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), 'ACTIVE')")).isZero();
        assertThat(count("SELECT count(*)" + untouched + " AND NOT p.closed_at <=> (SELECT max(c.changed_at) "
                + "FROM pledge_status_change c WHERE c.pledge_id = p.id AND p.status <> 'ACTIVE')")).isZero();
        assertThat(jdbc.queryForList("SELECT concat(o.ori, ' ', c.from_status, '>', c.to_status) FROM pledge_status_change c "
                + "JOIN pledge p ON p.id = c.pledge_id JOIN organization o ON o.id = p.agency_id "
                + "WHERE p.updated_at <= " + LOADED_AT + " ORDER BY o.ori", String.class))
                .containsExactly("OHCOP0000 ACTIVE>COMPLETED", "WA0320400 ACTIVE>WITHDRAWN");
        // entered within days of signing; the items' work starts after that and ends before today
        assertThat(count("SELECT count(*)" + untouched + " AND (p.created_at < p.signed_on "
                + "OR p.created_at > p.signed_on + INTERVAL 7 DAY)")).isZero();
        assertThat(count("SELECT count(*) FROM pledge_item_status_change c JOIN pledge_item i ON i.id = c.pledge_item_id "
                + "JOIN pledge p ON p.id = i.pledge_id WHERE i.updated_at <= " + LOADED_AT + " AND (c.changed_at < "
                + "p.created_at OR c.changed_at > " + LOADED_AT + " OR c.changed_at > coalesce(p.closed_at, c.changed_at))"))
                .isZero();
    }

    @Test
    void historySpansAtLeastFifteenMonthsBeforeToday() {
        LocalDateTime loadedAt = jdbc.queryForObject("SELECT " + LOADED_AT, LocalDateTime.class);
        LocalDateTime first = jdbc.queryForObject("SELECT min(changed_at) FROM pledge_item_status_change",
                LocalDateTime.class);
        assertThat(first).isBefore(loadedAt.minusMonths(15));
        // the work goes on until recently, so the last two weeks' trend moves too
        assertThat(count("SELECT count(*) FROM pledge_item_status_change WHERE changed_at > "
                + LOADED_AT + " - INTERVAL 14 DAY")).isPositive();
    }

    @Test
    void wichitasClosedAwardHasEveryReportAcceptedTheContinuationOneReturnedAndDaytonMissedOne() {
        String wichitaDue = "SELECT count(*) FROM grantee_report r JOIN bcji_grant g ON g.id = r.grant_id"
                + " WHERE g.award_number = '" + DemoGrantAwards.WICHITA_FY2020 + "'";
        assertThat(count(wichitaDue)).as("six semi-annual reports and the final one").isEqualTo(7);
        assertThat(count(wichitaDue + " AND r.submitted_on <= r.due_on")).isGreaterThan(count(wichitaDue) / 2);
        assertThat(count(wichitaDue + " AND r.submitted_on > r.due_on")).isPositive();
        assertThat(count(wichitaDue + " AND r.state = 'ACCEPTED' AND r.accomplishments IS NOT NULL"))
                .as("the award is closed").isEqualTo(7);
        assertThat(count("SELECT count(*) FROM grantee_report WHERE submitted_on > date(" + LOADED_AT + ")")).isZero();

        String continuationDue = "SELECT count(*) FROM grantee_report r JOIN bcji_grant g ON g.id = r.grant_id"
                + " WHERE g.award_number = '" + DemoGrantAwards.WICHITA_CONTINUATION + "' AND r.due_on < date("
                + LOADED_AT + ")";
        assertThat(count(continuationDue + " AND r.submitted_on IS NULL")).isZero();
        assertThat(count(continuationDue + " AND r.state = 'RETURNED' AND r.review_comment IS NOT NULL"))
                .as("the latest is back with the grantee to submit again").isOne();

        String daytonMissed = "SELECT count(*) FROM grantee_report r JOIN bcji_grant g ON g.id = r.grant_id"
                + " WHERE g.award_number = '" + DemoGrantAwards.DAYTON + "' AND r.submitted_on IS NULL"
                + " AND r.due_on <= date(" + LOADED_AT + ") - INTERVAL 15 DAY";
        assertThat(count(daytonMissed)).isOne();
    }

    @Test
    void loadingTwiceChangesNothing() {
        assertThat(demoData.loadIfEmpty()).isFalse();
        assertThat(organizations.countByKind(OrganizationKind.AGENCY)).isEqualTo(12);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
