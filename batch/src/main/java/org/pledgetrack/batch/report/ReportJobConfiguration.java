package org.pledgetrack.batch.report;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportSettings;
import org.pledgetrack.core.report.ReportStorage;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job ({@value #JOB_NAME}): one chunk step that streams the report's rows from the
 * database with a forward-only cursor and writes them into the file of the chosen format. One job
 * is built per report file, because its reader and writer are made for that file; the file's id
 * is the identifying job parameter. On the end of the job the file's metadata is completed (READY
 * with rows, size and SHA-256, or FAILED with the reason). The storage key the bytes are written
 * under is a job parameter too, so that {@link InterruptedReportRecovery} can delete the half-written
 * file of a run whose JVM died.
 */
@Component
class ReportJobConfiguration {

    static final String JOB_NAME = "report";
    static final String FILE_ID = "reportFileId";
    static final String TOTAL_ROWS = "totalRows";
    static final String STORAGE_KEY = "storageKey";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;
    private final ReportQueries queries;
    private final ReportStorage storage;
    private final ReportService reports;
    private final Clock clock;
    private final int chunkSize;

    ReportJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           DataSource dataSource, ReportQueries queries, ReportStorage storage, ReportService reports,
                           Clock clock, ReportSettings settings) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.queries = queries;
        this.storage = storage;
        this.reports = reports;
        this.clock = clock;
        this.chunkSize = settings.chunkSize();
    }

    ReportQuery queryFor(ReportFile file) {
        return queries.forReport(file.type(), file.asOf(), file.filters());
    }

    long rowCount(ReportQuery query) {
        return queries.count(query);
    }

    Job reportJob(ReportFile file, ReportQuery query, String storageKey) {
        return reportJob(file, query, storageKey, writerFor(file.format()));
    }

    /** The job writing {@code query}'s rows with {@code format}, which the dossier makes for its own content. */
    Job reportJob(ReportFile file, ReportQuery query, String storageKey, ReportWriter format) {
        ReportHeader header = new ReportHeader(file.type().label(), file.asOf(), file.filtersText(),
                queries.computedAt(file.type(), file.asOf()).orElse(null), clock.instant(), query.columns(),
                query.chart(), queries.summaryRows(query));
        ReportFileWriter writer = new ReportFileWriter(storage, storageKey, format, header);
        Step step = new StepBuilder("writeReport", jobRepository)
                .<List<Object>, List<Object>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader(query))
                .writer(writer)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
                            writer.markFailed();
                        }
                        return stepExecution.getExitStatus();
                    }
                })
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(step)
                .preventRestart()
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        complete(file, execution, writer);
                    }
                })
                .build();
    }

    private void complete(ReportFile file, JobExecution execution, ReportFileWriter writer) {
        if (execution.getStatus() == BatchStatus.COMPLETED && writer.result() != null) {
            reports.markReady(file.id(), writer.result());
        } else {
            String reason = execution.getAllFailureExceptions().stream().findFirst()
                    .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    .orElse("The job ended " + execution.getStatus());
            reports.markFailed(file.id(), reason);
        }
    }

    private JdbcCursorItemReader<List<Object>> reader(ReportQuery query) {
        return new JdbcCursorItemReaderBuilder<List<Object>>()
                .name("reportRowReader")
                .dataSource(dataSource)
                .sql(query.sql())
                .preparedStatementSetter(new ArgumentPreparedStatementSetter(query.parameters().toArray()))
                .rowMapper(new ReportRowMapper(query.columns()))
                // MySQL Connector/J streams row by row only with this fetch size; otherwise it
                // would load the whole result into memory.
                .fetchSize(Integer.MIN_VALUE)
                .verifyCursorPosition(false)
                .saveState(false)
                .build();
    }

    static ReportWriter writerFor(ReportFormat format) {
        return switch (format) {
            case CSV -> new CsvReportWriter();
            case XLSX -> new XlsxReportWriter();
            case PDF -> new PdfReportWriter();
            case ZIP -> throw new IllegalArgumentException("A ZIP is a dossier, written with its content by DossierZipWriter");
        };
    }
}
