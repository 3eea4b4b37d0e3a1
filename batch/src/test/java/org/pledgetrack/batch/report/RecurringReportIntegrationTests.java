package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportCron;
import org.pledgetrack.core.report.ReportDefinition;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Recurring reports: the definition (created on 29 February 2028 at noon, the test clock) fires
 * when the poll's instant passes 1 March 06:00 UTC, produces its file once, and mails it to the
 * owner through an in-process SMTP server.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class RecurringReportIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    private RecurringReportRunner runner;
    @Autowired
    private ReportService reports;
    @Autowired
    private SnapshotJobLauncher snapshots;
    @Autowired
    private UserRepository users;
    @Autowired
    private JavaMailSenderImpl mailSender;
    private int configuredPort;

    @BeforeEach
    void pointMailAtGreenMail() {
        configuredPort = mailSender.getPort();
        mailSender.setPort(smtp.getSmtp().getPort());
        if (reports.latestSnapshotDate().isEmpty()) {
            snapshots.runNow("pledgeStatus", LocalDate.of(2028, 2, 27), "test");
        }
    }

    @AfterEach
    void restoreMail() {
        mailSender.setPort(configuredPort);
    }

    @Test
    void monthlyReportProducesItsFileWhenTheScheduleFiresAndMailsIt() throws Exception {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ReportDefinition monthly = reports.saveDefinition(overseer, "Monthly Kansas status", ReportType.AGENCY_STATUS,
                ReportFormat.CSV, new ReportFilters("KS", null, null, null, null), ReportCron.MONTHLY);
        assertThat(monthly.nextRunAt()).isEqualTo(Instant.parse("2028-03-01T06:00:00Z"));

        List<ReportFile> beforeThe1st = runner.runDue(Instant.parse("2028-03-01T05:59:00Z"));
        List<ReportFile> onThe1st = runner.runDue(Instant.parse("2028-03-01T06:00:30Z"));
        List<ReportFile> minuteLater = runner.runDue(Instant.parse("2028-03-01T06:01:30Z"));

        assertThat(beforeThe1st).extracting(ReportFile::definitionId).doesNotContain(monthly.id());
        assertThat(minuteLater).extracting(ReportFile::definitionId).doesNotContain(monthly.id());
        ReportFile file = onThe1st.stream().filter(f -> monthly.id() == f.definitionId()).findFirst().orElseThrow();
        assertThat(file.status()).isEqualTo(ReportStatus.READY);
        assertThat(file.asOf()).isEqualTo(reports.latestSnapshotDate().orElseThrow());
        assertThat(file.requestedBy()).isEqualTo(DemoAccounts.OVERSEER);
        assertThat(reports.files(overseer, 200)).extracting(ReportFile::id).contains(file.id());
        ReportDefinition after = reports.definitions(overseer).stream().filter(d -> d.id() == monthly.id())
                .findFirst().orElseThrow();
        assertThat(after.nextRunAt()).isEqualTo(Instant.parse("2028-04-01T06:00:00Z"));

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains("Monthly Kansas status");
        MimeMultipart parts = (MimeMultipart) mails[0].getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(file.fileName());
        assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes())).startsWith("\"Agency\",\"ORI\",\"State\"");
    }

    @Test
    void scheduleMustBeAValidCronExpression() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> reports.saveDefinition(overseer, "Broken", ReportType.AGENCY_STATUS, ReportFormat.CSV,
                ReportFilters.NONE, "every month"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("six fields");
    }

    @Test
    void onlyOverseersAndAdminsKeepRecurringReports() {
        CurrentUser taStaff = Users.signedIn(users, DemoAccounts.TA_STAFF);

        assertThatThrownBy(() -> reports.saveDefinition(taStaff, "Mine", ReportType.AGENCY_STATUS, ReportFormat.CSV,
                ReportFilters.NONE, ReportCron.MONTHLY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.definitions(taStaff)).isInstanceOf(AccessDeniedException.class);
    }
}
