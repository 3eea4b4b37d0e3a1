package org.pledgetrack.batch.rosterimport;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.pledgetrack.batch.rosterimport.RosterImportRepository.Outcome;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 1: reads the whole file and records every refused row. Ends with exit status
 * {@link #VALID} (go on to the insert), {@code INVALID} or {@code UNCHANGED} (a file with the same
 * content was imported before, so importing it again must change nothing).
 */
@Component
class ValidateRosterTasklet implements Tasklet {

    static final ExitStatus VALID = new ExitStatus("VALID");
    private static final int PROGRESS_EVERY = 1000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final RosterImportRepository imports;
    private final RosterImportFiles files;
    private final RosterImportProgress progress;
    private final Clock clock;
    private final RosterImportSettings settings;

    ValidateRosterTasklet(RosterImportRepository imports, RosterImportFiles files, RosterImportProgress progress,
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
        Optional<RosterImportRun> earlier = imports.findImported(imports.sha256Of(importId));
        if (earlier.isPresent()) {
            imports.finish(importId, RosterImportStatus.UNCHANGED, new Outcome(0, 0, 0, 0),
                    alreadyImported(earlier.get()), clock.instant());
            contribution.setExitStatus(new ExitStatus(RosterImportStatus.UNCHANGED.name()));
            return RepeatStatus.FINISHED;
        }
        RosterFile file = new RosterFile(files.pathOf(importId), settings);
        ErrorSink errors = new ErrorSink(imports, importId, settings.maxStoredErrors());
        int[] rows = {0};
        String message = null;
        file.encodingErrors().forEach(errors::add);
        if (errors.count() == 0) {
            RosterRowValidator validator = new RosterRowValidator(imports.existingOris(), imports.existingUsernames());
            try {
                file.read(row -> {
                    errors.addAll(validator.validate(row));
                    if (++rows[0] % PROGRESS_EVERY == 0) {
                        imports.recordRowsRead(importId, rows[0]);
                        progress.validating(importId, file);
                    }
                }, errors::add);
            } catch (RosterFileRefused refusal) {
                // The refusal is what the admin must fix first, so it is the import's message.
                errors.add(refusal.error());
                message = refusal.getMessage() + " Nothing was imported.";
            }
        }
        errors.flush();
        if (errors.count() > 0) {
            imports.finish(importId, RosterImportStatus.INVALID, new Outcome(rows[0], errors.count(), 0, 0),
                    message != null ? message : refused(errors), clock.instant());
            contribution.setExitStatus(new ExitStatus(RosterImportStatus.INVALID.name()));
        } else {
            imports.recordRowsRead(importId, rows[0]);
            imports.markImporting(importId);
            contribution.setExitStatus(VALID);
        }
        return RepeatStatus.FINISHED;
    }

    private static String alreadyImported(RosterImportRun earlier) {
        return "This file was already imported on " + WHEN.format(earlier.finishedAt()) + " (import "
                + earlier.id() + "); nothing changed.";
    }

    private static String refused(ErrorSink errors) {
        String notListed = errors.notStored() > 0
                ? " The error report lists the first " + (errors.count() - errors.notStored()) + " of them."
                : "";
        return errors.count() + (errors.count() == 1 ? " problem" : " problems") + " on " + errors.lineCount()
                + (errors.lineCount() == 1 ? " line" : " lines") + "; nothing was imported." + notListed
                + " Download the error report, correct the file and upload it again.";
    }
}
