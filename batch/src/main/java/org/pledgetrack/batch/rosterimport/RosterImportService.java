package org.pledgetrack.batch.rosterimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pledgetrack.batch.launch.JobExecutors;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.files.FileNames;
import org.pledgetrack.core.files.UploadLimit;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency roster imports for admins: upload a CSV file of agencies and their users (the template or
 * the FBI's agency list), follow the check, see what importing it would do (new, changed, unchanged,
 * rejected rows), then import the valid rows or nothing, and download the rejected rows to correct
 * and import again. What is imported goes in as one transaction.
 */
@Service
public class RosterImportService {

    static final String NOTHING_IMPORTED = "Nothing was imported, as you chose.";
    static final String NOT_STARTED = "Nothing was imported: too many background jobs are waiting, so the import "
            + "could not start. Upload the file again in a few minutes.";

    private final RosterImportJob job;
    private final TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
    private final RosterImportRepository imports;
    private final RosterImportFiles files;
    private final RosterImportProgress progress;
    private final AccessPolicy access;
    private final Clock clock;
    private final UploadLimit limit;
    private final AuditLog audit;

    RosterImportService(RosterImportJob job, JobRepository jobRepository, RosterImportRepository imports,
                        RosterImportFiles files, RosterImportProgress progress, AccessPolicy access, Clock clock,
                        JobExecutors executors, RosterImportSettings settings, AuditLog audit) throws Exception {
        this.job = job;
        this.audit = audit;
        MapJobRegistry registry = new MapJobRegistry();
        registry.register(job.check());
        registry.register(job.importValidRows());
        operator.setJobRepository(jobRepository);
        operator.setJobRegistry(registry);
        operator.setTaskExecutor(executors.forJobs("roster-import-"));
        operator.afterPropertiesSet();
        this.imports = imports;
        this.files = files;
        this.progress = progress;
        this.access = access;
        this.clock = clock;
        this.limit = new UploadLimit(settings.maxSize().toBytes(), List.of("csv"), "CSV");
    }

    /** The names and size {@link #start} accepts, for the upload to apply before it keeps a byte. */
    public UploadLimit uploadLimit() {
        return limit;
    }

    /**
     * Keeps the file and starts its check in the background; returns the import id at once.
     * Admins only. The file is refused when its name breaks the upload rules of {@link FileNames}
     * or does not end in .csv, or it is empty or larger than the limit; it is streamed to disk and
     * counted on the way, never held whole in memory, and a refused file leaves nothing. An import the
     * job pool has no room for is returned FAILED with the reason, never left waiting.
     */
    public long start(CurrentUser admin, String originalName, InputStream content) {
        access.requireRole(admin, Role.ADMIN);
        String name = limit.checkedName(originalName);
        RosterImportFiles.Received received = files.receive(content, name, limit);
        if (received.size() == 0) {
            files.discard(received.file());
            throw new IllegalArgumentException("\"" + name + "\" is empty.");
        }
        long importId;
        try {
            importId = imports.create(received.sha256(), name, admin.username(), clock.instant());
            files.keep(received, importId);
        } catch (RuntimeException e) {
            files.discard(received.file());
            throw e;
        }
        launch(job.check(), importId);
        return importId;
    }

    /**
     * Imports the valid rows of a checked file, in one transaction, in the background: the new agencies,
     * and the changes to existing ones (same ORI) as {@link #changes} lists them. Admins only. Refused
     * unless the import waits for a decision; the import fails, importing nothing, when the database
     * changed since the check so that it would no longer do what was shown.
     */
    public void importValidRows(CurrentUser admin, long importId) {
        access.requireRole(admin, Role.ADMIN);
        if (!imports.decide(importId, RosterImportStatus.IMPORTING, admin.username(), null, clock.instant())) {
            throw new IllegalStateException(notWaiting(importId));
        }
        launch(job.importValidRows(), importId);
    }

    /** Ends a checked import without importing anything, and deletes the uploaded file. Admins only. */
    @Transactional
    public void importNothing(CurrentUser admin, long importId) {
        access.requireRole(admin, Role.ADMIN);
        if (!imports.decide(importId, RosterImportStatus.DISCARDED, admin.username(), NOTHING_IMPORTED,
                clock.instant())) {
            throw new IllegalStateException(notWaiting(importId));
        }
        files.delete(importId);
        audit.recordAction(admin, null, ImportRosterTasklet.AUDIT_ENTITY, importId, "DISCARD");
    }

    private String notWaiting(long importId) {
        return imports.find(importId)
                .map(run -> "This import does not wait for a decision any more (" + run.status().label() + ").")
                .orElse("There is no roster import " + importId + ".");
    }

    private void launch(Job jobToStart, long importId) {
        JobExecution execution;
        try {
            execution = operator.start(jobToStart, new JobParametersBuilder()
                    .addLong(RosterImportJobConfiguration.IMPORT_ID, importId).toJobParameters());
        } catch (Exception e) {
            imports.failIfUnfinished(importId, RosterImportListener.failure(e), clock.instant());
            files.delete(importId);
            throw new IllegalStateException("The import could not start: " + e.getMessage(), e);
        }
        // A start the full job pool refuses does not throw: the operator returns it FAILED, no listener
        // runs, and the import would say "Checking rows" forever.
        if (execution.getStatus() == BatchStatus.FAILED) {
            imports.failIfUnfinished(importId, NOT_STARTED, clock.instant());
            files.delete(importId);
        }
    }

    /** The import with its outcome, or how far it has got while it runs; admins only. */
    public RosterImportRun find(CurrentUser admin, long importId) {
        access.requireRole(admin, Role.ADMIN);
        return imports.find(importId)
                .map(run -> run.withProgress(progress.of(importId)))
                .orElseThrow(() -> new IllegalArgumentException("There is no roster import " + importId + "."));
    }

    /**
     * Writes the refused rows as CSV (line, column, problem), in file order; admins only. Cells
     * that a spreadsheet would run as a formula are prefixed with an apostrophe. When more errors were
     * found than stored, a last row without a line says how many more there are.
     */
    public void writeErrorReport(CurrentUser admin, long importId, Appendable out) {
        RosterImportRun run = find(admin, importId);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("line", "column", "problem").get())) {
            int[] written = {0};
            imports.forEachError(importId, error -> {
                try {
                    printer.printRecord(error.line(), inert(error.field()), inert(error.message()));
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (run.errorCount() > written[0]) {
                printer.printRecord("", "", RosterMessages.moreErrorsNotListed(run.errorCount() - written[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the error report of import " + importId, e);
        }
    }

    /** The changes the checked file makes to existing agencies, field by field in file order; admins only. */
    public List<AgencyFieldChange> changes(CurrentUser admin, long importId, int offset, int limit) {
        access.requireRole(admin, Role.ADMIN);
        return imports.findChanges(importId, offset, limit);
    }

    /** How many field changes {@link #changes} lists; admins only. */
    public int countChanges(CurrentUser admin, long importId) {
        access.requireRole(admin, Role.ADMIN);
        return imports.countChanges(importId);
    }

    /**
     * Writes every rejected row as CSV, in file order: the file's own header and the row's values as
     * read (a row with too few values padded with empty cells), then a {@value RosterColumn#REASON}
     * column saying what is wrong. Correct the rows and import the file again: the reason column is
     * ignored. Unlike the error report, it is never cut short. Admins only. Reasons that a spreadsheet
     * would run as a formula are prefixed with an apostrophe; the values are the file's own.
     */
    public void writeRejectedRows(CurrentUser admin, long importId, Appendable out) {
        find(admin, importId);
        List<String> header = imports.headerLineOf(importId).filter(line -> !line.isEmpty())
                .map(CsvLines::parse).orElse(List.of());
        List<String> headerWithReason = new ArrayList<>(header);
        headerWithReason.add(RosterColumn.REASON);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(headerWithReason.toArray(String[]::new)).get())) {
            imports.forEachRejectedRow(importId, (values, reason) -> {
                List<String> row = new ArrayList<>(values);
                while (row.size() < header.size()) {
                    row.add("");
                }
                row.add(inert(reason));
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the rejected rows of import " + importId, e);
        }
    }

    private static String inert(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
