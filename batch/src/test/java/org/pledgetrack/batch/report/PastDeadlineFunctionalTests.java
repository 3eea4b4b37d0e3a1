package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportFile;
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
 * Given the demo's Durham pledge (signed 2022-10-03, not complete) and Albuquerque's (signed 2024-11-04,
 * deadline 2027-11-04), when the status job computes dates around them, then each snapshot row says past
 * deadline exactly for the dates after a pledge's deadline (agency row, focus areas not complete,
 * roll-ups), a past date keeps its status when it is computed again later, and the agency status
 * report's file says it in words.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class PastDeadlineFunctionalTests {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 20);
    private static final LocalDate ALBUQUERQUE_DEADLINE = LocalDate.of(2027, 11, 4);

    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReportJobLauncher reportLauncher;
    @Autowired
    private ReportService reports;
    @Autowired
    private UserRepository users;

    @Test
    void thePledgeStatusJobWritesPastDeadlineAsOfTheDateItComputes() {
        assertThat(launcher.runNow("pledgeStatus", AS_OF, "test").status()).isEqualTo("COMPLETED");

        assertThat(status("NC0320100", AS_OF)).isEqualTo("PAST_DEADLINE");
        assertThat(status("KS0870300", AS_OF)).isNotEqualTo("PAST_DEADLINE");
        assertThat(areaStatuses("NC0320100", AS_OF)).containsOnly("PAST_DEADLINE", "COMPLETE")
                .contains("PAST_DEADLINE");
        assertThat(jdbc.queryForObject("""
                SELECT past_deadline FROM rollup_snapshot WHERE as_of = ? AND scope_type = 'NATIONAL'
                AND focus_area_position = 0""", Integer.class, AS_OF))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ? "
                        + "AND schedule_status = 'PAST_DEADLINE'", Integer.class, AS_OF))
                .isPositive();
    }

    @Test
    void aPastDatesStatusDoesNotChangeWhenItIsComputedAgainAfterTheDeadline() {
        launcher.runNow("pledgeStatus", ALBUQUERQUE_DEADLINE, "test");
        String onTheDeadline = status("NM0010100", ALBUQUERQUE_DEADLINE);

        launcher.runNow("pledgeStatus", ALBUQUERQUE_DEADLINE.plusDays(1), "test");
        launcher.runNow("pledgeStatus", ALBUQUERQUE_DEADLINE, "test");

        assertThat(onTheDeadline).isNotEqualTo("PAST_DEADLINE");
        assertThat(status("NM0010100", ALBUQUERQUE_DEADLINE)).isEqualTo(onTheDeadline);
        assertThat(status("NM0010100", ALBUQUERQUE_DEADLINE.plusDays(1))).isEqualTo("PAST_DEADLINE");
    }

    @Test
    void theAgencyStatusReportSaysPastDeadlineInWords() throws Exception {
        launcher.runNow("pledgeStatus", AS_OF, "test");
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        ReportFile file = reportLauncher.generateNow(reports.request(overseer, ReportType.AGENCY_STATUS,
                ReportFormat.CSV, AS_OF, ReportFilters.NONE));

        List<List<String>> rows;
        try (InputStream in = reports.open(overseer, file.id())) {
            rows = ReportFileReader.csv(in.readAllBytes());
        }
        int schedule = rows.getFirst().indexOf("Schedule status");
        assertThat(rows).filteredOn(row -> row.getFirst().equals("Durham Police Department")).singleElement()
                .satisfies(durham -> assertThat(durham.get(schedule)).isEqualTo("Past deadline"));
    }

    private String status(String ori, LocalDate asOf) {
        return jdbc.queryForObject("""
                SELECT s.schedule_status FROM agency_snapshot s JOIN organization o ON o.id = s.agency_id
                WHERE o.ori = ? AND s.as_of = ?""", String.class, ori, asOf);
    }

    private List<String> areaStatuses(String ori, LocalDate asOf) {
        return jdbc.queryForList("""
                SELECT s.schedule_status FROM agency_area_snapshot s JOIN organization o ON o.id = s.agency_id
                WHERE o.ori = ? AND s.as_of = ?""", String.class, ori, asOf);
    }
}
