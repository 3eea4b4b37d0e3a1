package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The case the kill drill cannot hit on purpose: the JVM dies after the job marked the file READY
 * but before Spring Batch recorded the execution's end. The recovery must fail the execution and
 * leave the finished file, and its bytes, alone. (The drill covers a file killed half-way.)
 */
@SpringBootTest(classes = BatchTestApplication.class)
class InterruptedReportRecoveryIntegrationTests {

    @Autowired
    private ReportJobLauncher launcher;
    @Autowired
    private ReportService reports;
    @Autowired
    private InterruptedReportRecovery recovery;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private UserRepository users;

    @Test
    void fileMarkedReadyJustBeforeTheJvmDiedStaysReadyWithItsBytes() throws Exception {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ReportFile ready = launcher.generateNow(reports.request(overseer, ReportType.GRANT_DELIVERABLES,
                ReportFormat.CSV, LocalDate.of(2028, 2, 16), ReportFilters.NONE));
        JobExecution execution = jobRepository.getJobExecution(ready.jobExecutionId());
        execution.setStatus(BatchStatus.STARTED);
        execution.setEndTime(null);
        jobRepository.update(execution);

        recovery.recover(jobRepository.getJobExecution(execution.getId()), "dead-node", "batch-tests");

        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(reports.fileForDelivery(ready.id()).status()).isEqualTo(ReportStatus.READY);
        try (InputStream content = reports.open(overseer, ready.id())) {
            assertThat((long) content.readAllBytes().length).isEqualTo(ready.sizeBytes()).isPositive();
        }
    }
}
