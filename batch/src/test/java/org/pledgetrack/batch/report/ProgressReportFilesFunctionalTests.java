package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.grant.MeasureCount;
import org.pledgetrack.core.grant.ProgressReport;
import org.pledgetrack.core.grant.ProgressReportService;
import org.pledgetrack.core.grant.ReportNarrative;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grant progress report for BJA, made as a PDF and an XLSX for the Wichita demo grant's first
 * progress report (October–December 2023: the award began in October) and opened again with PDFBox
 * and POI: the grant's facts, the period, the grantee's four answers, the period's measures, the
 * course delivered in it and the partners.
 */
@SpringBootTest(classes = BatchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressReportFilesFunctionalTests {

    @Autowired private ReportJobLauncher launcher;
    @Autowired private ReportService reports;
    @Autowired private SnapshotJobLauncher snapshots;
    @Autowired private UserRepository users;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private GrantService grants;
    @Autowired private ProgressReportService progressReports;

    private ProgressReport report;
    private static final LocalDate LAST_MONTHS = LocalDate.of(2023, 9, 29);

    private GranteeReport period;
    private ReportFilters wichitaGrant;
    private GeneratedReports generated;

    @BeforeAll
    void givenTheFiledReportOfTheFirstPeriod() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long grantId = grants.visibleGrants(overseer).stream()
                .filter(g -> g.awardNumber().equals(DemoGrantAwards.WICHITA_FY2020)).map(GrantSummary::id)
                .findFirst().orElseThrow();
        // the report of the award's last months (the final report's period), answers and measures filed
        period = grants.reportSchedule(overseer, grantId).stream()
                .filter(r -> !r.periodStart().isAfter(LAST_MONTHS) && !r.periodEnd().isBefore(LAST_MONTHS))
                .findFirst().orElseThrow();
        report = progressReports.report(overseer, period.id());
        wichitaGrant = new ReportFilters(null, null, grantId, null, null);
        generated = new GeneratedReports(launcher, reports, snapshots, users, jdbc, period.periodEnd());
    }

    @Test
    void thePdfHasTheGrantThePeriodTheAnswersTheMeasuresTheDeliverablesAndThePartners() throws IOException {
        String text = squeezed(ReportFileReader.pdfText(
                generated.generate(ReportType.GRANT_PROGRESS_REPORT, ReportFormat.PDF, wichitaGrant)));

        assertThat(text).contains(squeezed(DemoGrantAwards.WICHITA_FY2020), squeezed(periodText()),
                squeezed(ReportNarrative.ACCOMPLISHMENTS), squeezed(report.narrative().accomplishments()),
                squeezed(report.narrative().goalsMet()), squeezed(report.narrative().problems()),
                squeezed(report.narrative().assistanceNeeded()), squeezed("Newman University"), squeezed("Funds at risk on " + period.periodEnd()));
        for (MeasureCount count : report.counts()) {
            assertThat(text).contains(squeezed(count.label()));
        }
    }

    @Test
    void theXlsxHasOneLinePerFactWithTheAnswersAndMeasures() throws IOException {
        List<List<String>> rows;
        try (XSSFWorkbook workbook = ReportFileReader.xlsx(
                generated.generate(ReportType.GRANT_PROGRESS_REPORT, ReportFormat.XLSX, wichitaGrant))) {
            rows = ReportFileReader.rows(workbook.getSheetAt(0), 3);
        }

        assertThat(rows).contains(List.of("Narrative", ReportNarrative.ACCOMPLISHMENTS,
                        report.narrative().accomplishments()),
                List.of("Narrative", ReportNarrative.ASSISTANCE_NEEDED, report.narrative().assistanceNeeded()),
                List.of("Grant", "Award number", DemoGrantAwards.WICHITA_FY2020),
                List.of("Period", "Period", periodText()));
        for (MeasureCount count : report.counts()) {
            assertThat(rows).contains(List.of("Measures", count.label(), String.valueOf(count.count())));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Partners", "Newman University"));
    }

    private String periodText() {
        return period.periodStart() + " to " + period.periodEnd();
    }

    @Test
    void onlyOverseersAndAdminsMakeItAndOnlyForAChosenGrant() {
        CurrentUser agency = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> reports.request(agency, ReportType.GRANT_PROGRESS_REPORT, ReportFormat.PDF,
                generated.asOf(), wichitaGrant)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.request(overseer, ReportType.GRANT_PROGRESS_REPORT, ReportFormat.PDF,
                generated.asOf(), ReportFilters.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Choose the grant");
    }

    /** PDF text wraps long answers: compare without any whitespace. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
