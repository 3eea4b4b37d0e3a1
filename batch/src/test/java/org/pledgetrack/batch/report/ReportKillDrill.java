package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.pledgetrack.batch.drill.DrillAgencies;
import org.pledgetrack.batch.drill.KillDrill;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportSettings;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 drill of the report job: an agency status report of 10,000 rows, written in chunks of 50.
 * The job cannot be restarted half-way, so after the recovery the killed file must be FAILED, not
 * downloadable, with its partial bytes gone; generating the report again must give the rows of a
 * clean run and leave no file on disk that no report points to.
 */
public class ReportKillDrill implements KillDrill {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 17);
    private static final String PREFIX = "Report kill drill agency ";
    private static final int AGENCIES = 10_000;

    private final ReportJobLauncher launcher;
    private final ReportService reports;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final UserRepository users;
    /** Read from the storage itself: the test setting holds ${random.uuid}, new at each resolution. */
    private final Path directory;
    private final Set<Path> filesBefore = new HashSet<>();
    private long killedFileId;

    ReportKillDrill(ReportJobLauncher launcher, ReportService reports, JobRepository jobRepository,
                    ReportSettings settings, JdbcTemplate jdbc, UserRepository users) {
        this.launcher = launcher;
        this.reports = reports;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.users = users;
        this.directory = settings.dir();
    }

    @Override
    public String prepare() throws IOException {
        DrillAgencies.addWithPledges(jdbc, PREFIX, AGENCIES);
        jdbc.update("""
                INSERT INTO agency_snapshot (as_of, agency_id, pledge_id, state, pledge_status, items_total, not_started,
                    in_progress, submitted, returned, verified, pct_submitted, pct_verified, expected_pct, schedule_status,
                    days_since_activity, waiting_review, oldest_wait_days, computed_at)
                SELECT ?, o.id, p.id, o.state, 'ACTIVE', 25, 5, 5, 5, 5, 5, 40, 20, o.id % 100,
                       ELT(1 + o.id % 3, 'ON_TRACK', 'AT_RISK', 'BEHIND'), o.id % 60, 5, o.id % 30, NOW(6)
                FROM organization o JOIN pledge p ON p.agency_id = o.id WHERE o.name LIKE ?""", AS_OF, PREFIX + "%");
        filesBefore.addAll(filesOnDisk());
        killedFileId = requestReport().id();
        return String.valueOf(killedFileId);
    }

    @Override
    public List<String> secondJvmSettings() {
        return List.of("pledgetrack.reports.dir=" + directory, "pledgetrack.reports.chunk-size=50");
    }

    @Override
    public void runInSecondJvm(String fileId) {
        launcher.generateNow(reports.fileForDelivery(Long.parseLong(fileId)));
    }

    @Override
    public boolean halfWay() {
        return killedRun().map(ReportKillDrill::rowsWritten).orElse(0L) >= 1000;
    }

    @Override
    public void assertLeftUnfinished() {
        assertThat(reports.fileForDelivery(killedFileId).status()).isEqualTo(ReportStatus.GENERATING);
        assertThat(rowsWritten(killedRun().orElseThrow())).isLessThan(AGENCIES);
        assertThat(partialFile()).as("the half-written file").isNotEmptyFile();
    }

    @Override
    public Object finishAfterRecovery() throws IOException {
        ReportFile killed = reports.fileForDelivery(killedFileId);
        assertThat(killed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(killed.errorMessage()).isEqualTo(InterruptedReportRecovery.MESSAGE);
        assertThatThrownBy(() -> reports.open(overseer(), killedFileId)).isInstanceOf(IllegalStateException.class);
        assertThat(partialFile()).doesNotExist();

        ReportFile again = generate();

        assertThat(filesOnDisk()).as("files on disk besides those from before the drill")
                .containsExactlyInAnyOrderElementsOf(union(filesBefore, directory.resolve(again.storageKey())));
        return rowsOf(again);
    }

    @Override
    public Object uninterruptedResult() throws IOException {
        return rowsOf(generate());
    }

    @Override
    public void cleanUp() {
        DrillAgencies.remove(jdbc, PREFIX);
    }

    private ReportFile generate() {
        ReportFile file = launcher.generateNow(requestReport());
        assertThat(file.status()).isEqualTo(ReportStatus.READY);
        assertThat(file.rowCount()).isEqualTo(AGENCIES);
        return file;
    }

    private ReportFile requestReport() {
        return reports.request(overseer(), ReportType.AGENCY_STATUS, ReportFormat.CSV, AS_OF, ReportFilters.NONE);
    }

    private List<List<String>> rowsOf(ReportFile file) throws IOException {
        try (InputStream content = reports.open(overseer(), file.id())) {
            return ReportFileReader.csv(content.readAllBytes());
        }
    }

    private Path partialFile() {
        return directory.resolve(killedRun().orElseThrow().getJobParameters().getString(ReportJobConfiguration.STORAGE_KEY));
    }

    /** The second JVM's execution, with its steps; empty until it has started. */
    private Optional<JobExecution> killedRun() {
        JobExecution last = jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME,
                new JobParametersBuilder().addLong(ReportJobConfiguration.FILE_ID, killedFileId).toJobParameters());
        return Optional.ofNullable(last).map(execution -> jobRepository.getJobExecution(execution.getId()));
    }

    private static long rowsWritten(JobExecution execution) {
        return execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
    }

    private Set<Path> filesOnDisk() throws IOException {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new HashSet<>(files.toList());
        }
    }

    private static Set<Path> union(Set<Path> paths, Path more) {
        Set<Path> all = new HashSet<>(paths);
        all.add(more);
        return all;
    }

    private CurrentUser overseer() {
        return Users.signedIn(users, DemoAccounts.OVERSEER);
    }
}
