package org.pledgetrack.batch.rosterimport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.pledgetrack.batch.rosterimport.RosterImportRepository.Outcome;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.UserRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Step 2, run only for a file without errors: inserts its agencies and users in multi-row
 * statements of {@value #CHUNK} rows, and marks the import IMPORTED, all inside the step's single
 * transaction (see {@link RosterImportJobConfiguration} for why one transaction).
 */
@Component
class InsertRosterTasklet implements Tasklet {

    static final String AUDIT_ENTITY = "ROSTER_IMPORT";
    private static final int CHUNK = 1000;

    private final RosterImportRepository imports;
    private final RosterWriter writer;
    private final RosterImportFiles files;
    private final RosterImportProgress progress;
    private final PasswordEncoder passwordEncoder;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final RosterImportSettings settings;

    InsertRosterTasklet(RosterImportRepository imports, RosterWriter writer, RosterImportFiles files,
                        RosterImportProgress progress, PasswordEncoder passwordEncoder, UserRepository users,
                        AuditLog audit, Clock clock, RosterImportSettings settings) {
        this.imports = imports;
        this.writer = writer;
        this.files = files;
        this.progress = progress;
        this.passwordEncoder = passwordEncoder;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long importId = RosterImportJobConfiguration.importId(chunkContext);
        RosterImportRun run = imports.find(importId).orElseThrow();
        RosterFile file = new RosterFile(files.pathOf(importId), settings);
        Instant now = clock.instant();
        String passwordHash = passwordEncoder.encode(unknowableSecret());
        List<RosterRow> chunk = new ArrayList<>(CHUNK);
        int[] counts = {0, 0};
        Runnable flush = () -> {
            counts[0] += chunk.size();
            counts[1] += writer.insert(importId, chunk, passwordHash, now);
            chunk.clear();
            progress.inserting(importId, file);
        };
        file.read(row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                flush.run();
            }
        }, error -> {
            throw new IllegalStateException("The file changed after it was checked: line " + error.line() + ": "
                    + error.message());
        });
        if (!chunk.isEmpty()) {
            flush.run();
        }
        imports.finish(importId, RosterImportStatus.IMPORTED, new Outcome(counts[0], 0, counts[0], counts[1]),
                "Imported " + count(counts[0], "agency", "agencies") + " and " + count(counts[1], "user", "users")
                        + ". The users are disabled until an admin gives them a password.", now);
        audit.recordAction(users.findCredentials(run.createdBy()).orElseThrow().user(), null, AUDIT_ENTITY,
                importId, "IMPORT", count(counts[0], "agency", "agencies") + " and " + count(counts[1], "user", "users")
                        + " from " + run.originalName());
        return RepeatStatus.FINISHED;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A password nobody is told, so an imported account cannot be signed into even if enabled early. */
    private static String unknowableSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
