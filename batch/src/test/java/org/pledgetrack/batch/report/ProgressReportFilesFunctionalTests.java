package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.grant.MeasureCount;
import org.pledgetrack.core.grant.ProgressReport;
import org.pledgetrack.core.grant.ProgressReportService;
import org.pledgetrack.core.grant.ReportKind;
import org.pledgetrack.core.grant.ReportNarrative;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
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
    private ReportFilters wichitaGrant;
    private GeneratedReports generated;

    @BeforeAll
    void givenTheFiledReportOfTheFirstPeriod() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long grantId = grants.visibleGrants(overseer).stream()
                .filter(g -> g.awardNumber().equals("15PBJA-23-GG-04182-BCJI")).map(GrantSummary::id)
                .findFirst().orElseThrow();
        GranteeReport period = grants.reportSchedule(overseer, grantId).stream()
                .filter(r -> r.kind() == ReportKind.PROGRESS_REPORT && r.periodEnd().getYear() == 2023)
                .findFirst().orElseThrow();
        report = progressReports.report(overseer, period.id());
        wichitaGrant = new ReportFilters(null, null, grantId, null, null);
        generated = new GeneratedReports(launcher, reports, snapshots, users, jdbc, period.periodEnd());
    }

    @Test
    void thePdfHasTheGrantThePeriodTheAnswersTheMeasuresTheDeliverablesAndThePartners() throws IOException {
        String text = squeezed(ReportFileReader.pdfText(
                generated.generate(ReportType.GRANT_PROGRESS_REPORT, ReportFormat.PDF, wichitaGrant)));

        assertThat(text).contains(squeezed("15PBJA-23-GG-04182-BCJI"), squeezed("2023-10-01 to 2023-12-31"),
                squeezed(ReportNarrative.ACCOMPLISHMENTS), squeezed(report.narrative().accomplishments()),
                squeezed(report.narrative().goalsMet()), squeezed(report.narrative().problems()),
                squeezed(report.narrative().assistanceNeeded()), squeezed("Relationship-based policing course"),
                squeezed("Newman University"), squeezed("Funds at risk on 2023-12-31"));
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
                List.of("Grant", "Award number", "15PBJA-23-GG-04182-BCJI"),
                List.of("Period", "Period", "2023-10-01 to 2023-12-31"));
        for (MeasureCount count : report.counts()) {
            assertThat(rows).contains(List.of("Measures", count.label(), String.valueOf(count.count())));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("TA deliverables",
                "Relationship-based policing course"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Partners", "Newman University"));
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
