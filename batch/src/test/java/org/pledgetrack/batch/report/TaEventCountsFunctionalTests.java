package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.KeyedInsert;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.TaEventFormat;
import org.pledgetrack.core.grant.TaEventKind;
import org.pledgetrack.core.grant.TaEventPlan;
import org.pledgetrack.core.grant.TaEventService;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A course taught to three grants' sites and one agency without a grant, by a provider of its own:
 * each grant's deliverables and its row in the grant deliverables report count it once, and the TA
 * provider activity report counts it once, with its hours once and everyone who attended.
 */
@SpringBootTest(classes = BatchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaEventCountsFunctionalTests {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 25);
    private static final LocalDateTime CREATED = LocalDateTime.of(2027, 1, 1, 0, 0);

    @Autowired
    private TaEventService events;
    @Autowired
    private DeliverableService deliverables;
    @Autowired
    private ReportJobLauncher launcher;
    @Autowired
    private ReportService reports;
    @Autowired
    private SnapshotJobLauncher snapshots;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    private long provider;
    private final long[] grants = new long[3];
    private GeneratedReports generated;

    @BeforeAll
    void givenACourseForThreeGrantsAndAnAgency() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long grantee = insert("INSERT INTO organization (kind, name, created_at, updated_at) VALUES ('PARTNER', 'Event city', ?, ?)",
                CREATED, CREATED);
        provider = insert("INSERT INTO organization (kind, name, created_at, updated_at) VALUES ('TA_PROVIDER', 'Event provider', ?, ?)",
                CREATED, CREATED);
        for (int i = 0; i < grants.length; i++) {
            grants[i] = insert("""
                    INSERT INTO bcji_grant (award_number, title, grantee_org_id, site_name, award_amount, start_on, end_on,
                        created_at, updated_at) VALUES (?, 'Event grant', ?, ?, 500000, '2026-10-01', '2029-09-30', ?, ?)""",
                    "EVENT-" + i, grantee, "Event site " + i, CREATED, CREATED);
            jdbc.update("INSERT INTO grant_provider (grant_id, provider_org_id) VALUES (?, ?)", grants[i], provider);
        }
        long agency = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY).organizationId();
        events.create(admin, new TaEventPlan(provider, "Relationship-based policing course, three cities",
                TaEventKind.COURSE, TaEventFormat.IN_PERSON, LocalDate.of(2028, 1, 20), new BigDecimal("12.00"), true,
                List.of(TaEventPlan.Site.grant(grants[0], 10), TaEventPlan.Site.grant(grants[1], 7),
                        TaEventPlan.Site.grant(grants[2], 5), TaEventPlan.Site.agency(agency, 3))));
        snapshots.runNow("deliverableStatus", AS_OF, "test");
        generated = new GeneratedReports(launcher, reports, snapshots, users, jdbc, AS_OF);
    }

    @Test
    void eachGrantHasTheEventOnceAsADeliveredDeliverableWithItsOwnAttendance() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        int[] attendance = {10, 7, 5};
        for (int i = 0; i < grants.length; i++) {
            var mine = deliverables.deliverablesOf(admin, grants[i]);
            assertThat(mine).singleElement().satisfies(d -> assertThat(d.ofEvent()).isTrue());
            assertThat(mine.getFirst().attendees()).isEqualTo(attendance[i]);
            assertThat(mine.getFirst().deliveredOn()).isEqualTo(LocalDate.of(2028, 1, 20));
        }
    }

    @Test
    void theGrantDeliverablesReportCountsTheEventOncePerGrant() throws IOException {
        List<List<String>> rows = ReportFileReader.csv(generated.generate(ReportType.GRANT_DELIVERABLES,
                ReportFormat.CSV, new ReportFilters(null, provider, null, null, null)));

        List<List<String>> grantRows = rows.stream().filter(r -> r.getFirst().startsWith("EVENT-")).toList();
        assertThat(grantRows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get(2)).as("deliverables").isEqualTo("1");
            assertThat(row.get(3)).as("delivered").isEqualTo("1");
        });
    }

    @Test
    void theProviderActivityReportCountsTheEventOnceWithEveryoneWhoAttended() throws IOException {
        List<List<String>> rows = ReportFileReader.csv(generated.generate(ReportType.PROVIDER_ACTIVITY,
                ReportFormat.CSV, new ReportFilters(null, provider, null, null, null)));

        List<String> row = rows.stream().filter(r -> r.getFirst().equals("Event provider")).findFirst().orElseThrow();
        assertThat(row.get(1)).as("deliverables").isEqualTo("1");
        assertThat(row.get(2)).as("delivered").isEqualTo("1");
        assertThat(new BigDecimal(row.get(5))).as("hours, once").isEqualByComparingTo("12");
        assertThat(row.get(6)).as("attendees of all four sites").isEqualTo("25");
    }

    private long insert(String sql, Object... args) {
        return KeyedInsert.insert(jdbc, sql, args);
    }
}
