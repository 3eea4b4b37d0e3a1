package org.pledgetrack.batch.rosterimport;

import java.time.Clock;
import java.util.List;

import org.pledgetrack.batch.rosterimport.RosterImportRepository.CheckOutcome;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The check job's step: reads the whole file and records what importing it would do: new agencies,
 * changed ones (field by field, old → new), unchanged ones, and every rejected row with its values
 * and reason. Ends CHECKED (an admin decides), INVALID (the file itself is wrong, or no row can be
 * imported) or UNCHANGED (nothing to do). It writes nothing but the import's own records.
 */
@Component
class CheckRosterTasklet implements Tasklet {

    private static final int PROGRESS_EVERY = 1000;

    private final RosterImportRepository imports;
    private final RosterImportFiles files;
    private final RosterImportProgress progress;
    private final Clock clock;
    private final RosterImportSettings settings;

    CheckRosterTasklet(RosterImportRepository imports, RosterImportFiles files, RosterImportProgress progress,
                       Clock clock, RosterImportSettings settings) {
        this.imports = imports;
        this.files = files;
        this.progress = progress;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long importId = RosterImportJobConfiguration.importId(chunkContext);
        RosterImportFiles.Upload upload = files.upload(importId);
        RosterFile file = new RosterFile(() -> files.open(upload), upload.size(), settings);
        Tally tally = new Tally(importId);
        String refusal = null;
        file.encodingErrors().forEach(tally::fileError);
        if (!tally.fileRefused) {
            RosterPlanner planner = new RosterPlanner(new RosterRowValidator(imports.usernameOris()),
                    imports.existingAgencies());
            try {
                file.read(new RosterFile.RowHandler() {
                    @Override
                    public void row(RosterRow row) {
                        tally.add(planner.plan(row));
                        tally.rowRead(file);
                    }

                    @Override
                    public void malformedRow(long line, List<String> raw, RowError error) {
                        tally.add(planner.malformed(line, raw, error));
                        tally.rowRead(file);
                    }

                    @Override
                    public void fileError(RowError error) {
                        tally.fileError(error);
                    }
                });
            } catch (RosterFileRefused refused) {
                // The refusal is what the admin must fix first, so it is the import's message.
                tally.fileError(refused.error());
                refusal = refused.getMessage() + " Nothing was imported.";
            }
            tally.fingerprint = planner.fingerprint();
        }
        tally.flush();
        RosterImportStatus status = tally.status();
        imports.finishCheck(importId, status, tally.outcome(), CsvLines.format(file.header()), tally.fingerprint,
                refusal != null ? refusal : message(status, tally), clock.instant());
        contribution.setExitStatus(new ExitStatus(status.name()));
        return RepeatStatus.FINISHED;
    }

    private static String message(RosterImportStatus status, Tally tally) {
        return switch (status) {
            case CHECKED -> RosterMessages.checked(tally.outcome());
            case UNCHANGED -> RosterMessages.nothingToImport(tally.unchanged);
            default -> RosterMessages.refused(tally.errors);
        };
    }

    /** What the check has found so far, written in batches as it goes. */
    private final class Tally {

        private final long importId;
        private final ErrorSink errors;
        private final BatchedWrites<RowPlan.Rejected> rejected;
        private final BatchedWrites<AgencyFieldChange> changes;
        private int rows;
        private int added;
        private int changed;
        private int unchanged;
        private boolean fileRefused;
        private String fingerprint;

        Tally(long importId) {
            this.importId = importId;
            this.errors = new ErrorSink(imports, importId, settings.maxStoredErrors());
            this.rejected = new BatchedWrites<>(batch -> imports.addRejectedRows(importId, batch));
            this.changes = new BatchedWrites<>(batch -> imports.addChanges(importId, batch));
        }

        void add(RowPlan plan) {
            switch (plan) {
                case RowPlan.Rejected row -> {
                    errors.addAll(row.errors());
                    rejected.add(row);
                }
                case RowPlan.NewAgency ignored -> added++;
                case RowPlan.ExistingAgencyRow row when row.changesAnything() -> {
                    changed++;
                    row.changes().forEach(change -> changes.add(new AgencyFieldChange(row.line(),
                            row.agency().ori(), row.existing().name(), change.field(), change.oldValue(),
                            change.newValue())));
                    if (row.createsUser()) {
                        changes.add(new AgencyFieldChange(row.line(), row.agency().ori(), row.existing().name(),
                                RosterColumn.USER_USERNAME.header(), null, row.agency().username()));
                    }
                }
                case RowPlan.ExistingAgencyRow ignored -> unchanged++;
            }
        }

        void rowRead(RosterFile file) {
            if (++rows % PROGRESS_EVERY == 0) {
                imports.recordRowsRead(importId, rows);
                progress.reading(importId, file);
            }
        }

        void fileError(RowError error) {
            errors.add(error);
            fileRefused = true;
        }

        void flush() {
            errors.flush();
            rejected.flush();
            changes.flush();
        }

        RosterImportStatus status() {
            if (fileRefused || (added + changed == 0 && rejected.count() > 0)) {
                return RosterImportStatus.INVALID;
            }
            return added + changed == 0 ? RosterImportStatus.UNCHANGED : RosterImportStatus.CHECKED;
        }

        CheckOutcome outcome() {
            return new CheckOutcome(rows, errors.count(), added, changed, unchanged, rejected.count());
        }
    }
}
