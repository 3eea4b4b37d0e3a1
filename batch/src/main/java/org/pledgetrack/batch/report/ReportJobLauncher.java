package org.pledgetrack.batch.report;

import java.time.LocalDate;

import org.pledgetrack.batch.launch.JobExecutors;
import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.pledge.PledgeDossier;
import org.pledgetrack.core.pledge.PledgeDossierService;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStorage;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Generates report files with the report job: in the background for the Reports view (which
 * follows {@link #progress}), or to the end in the caller's thread for recurring reports.
 */
@Service
public class ReportJobLauncher {

    private final ReportService reports;
    private final ReportStorage storage;
    private final PledgeDossierService dossiers;
    private final FileStore files;
    private final ReportJobConfiguration configuration;
    private final JobRepository jobRepository;
    private final JobOperator synchronousOperator;
    private final TaskExecutorJobOperator asynchronousOperator;

    ReportJobLauncher(ReportService reports, ReportStorage storage, PledgeDossierService dossiers, FileStore files,
                      ReportJobConfiguration configuration, JobRepository jobRepository, JobOperator jobOperator,
                      JobExecutors executors) throws Exception {
        this.reports = reports;
        this.storage = storage;
        this.dossiers = dossiers;
        this.files = files;
        this.configuration = configuration;
        this.jobRepository = jobRepository;
        this.synchronousOperator = jobOperator;
        this.asynchronousOperator = new TaskExecutorJobOperator();
        asynchronousOperator.setJobRepository(jobRepository);
        asynchronousOperator.setJobRegistry(new MapJobRegistry());
        asynchronousOperator.setTaskExecutor(executors.forJobs("report-job-"));
        asynchronousOperator.afterPropertiesSet();
    }

    /**
     * Records the file (access checks and validation in {@link ReportService#request}) and starts
     * writing it in the background; returns at once with the file in status GENERATING.
     */
    public ReportFile generate(CurrentUser user, ReportType type, ReportFormat format, LocalDate asOf,
                               ReportFilters filters) {
        if (type == ReportType.AGENCY_DOSSIER && filters.agencyId() != null) {
            return generateDossier(user, filters.agencyId());
        }
        ReportFile file = reports.request(user, type, format, asOf, filters);
        start(asynchronousOperator, file, ReportJobConfiguration.writerFor(file.format()));
        return file;
    }

    /**
     * Starts an agency's dossier in the background: a ZIP of its summary PDF and every kept evidence file
     * of its current pledge, stored and followed like any report file ({@link #progress} counts the
     * evidence files written). Refused, before anything is recorded, for users who may not download the
     * agency's dossier and for an agency without a pledge.
     */
    public ReportFile generateDossier(CurrentUser user, long agencyId) {
        PledgeDossier dossier = dossiers.dossier(user, agencyId);
        ReportFile file = reports.request(user, ReportType.AGENCY_DOSSIER, ReportFormat.ZIP, dossier.asOf(),
                new ReportFilters(null, null, null, null, agencyId));
        start(asynchronousOperator, file, new DossierZipWriter(dossier, files));
        return file;
    }

    /** Writes an already recorded file to its end in this thread and returns its final metadata. */
    public ReportFile generateNow(ReportFile file) {
        start(synchronousOperator, file, ReportJobConfiguration.writerFor(file.format()));
        return reports.fileForDelivery(file.id());
    }

    /** The file's status and, while it is being written, how many rows are done. */
    public ReportProgress progress(CurrentUser user, long fileId) {
        ReportFile file = reports.file(user, fileId);
        if (file.jobExecutionId() == null) {
            return new ReportProgress(file, 0, 0);
        }
        JobExecution execution = jobRepository.getJobExecution(file.jobExecutionId());
        if (execution == null) {
            return new ReportProgress(file, 0, 0);
        }
        long written = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
        Long total = execution.getJobParameters().getLong(ReportJobConfiguration.TOTAL_ROWS);
        return new ReportProgress(file, written, total == null ? 0 : total);
    }

    private void start(JobOperator operator, ReportFile file, ReportWriter format) {
        ReportQuery query = configuration.queryFor(file);
        String storageKey = storage.newKey();
        JobParameters parameters = new JobParametersBuilder()
                .addLong(ReportJobConfiguration.FILE_ID, file.id())
                .addLong(ReportJobConfiguration.TOTAL_ROWS, configuration.rowCount(query), false)
                .addString(ReportJobConfiguration.STORAGE_KEY, storageKey, false)
                .toJobParameters();
        try {
            JobExecution execution = operator.start(configuration.reportJob(file, query, storageKey, format),
                    parameters);
            reports.attachJob(file.id(), execution.getId());
        } catch (Exception e) {
            reports.markFailed(file.id(), "The report job could not start: " + e.getMessage());
            throw new IllegalStateException("The report could not be started: " + e.getMessage(), e);
        }
    }
}
