package org.pledgetrack.batch.rosterimport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.SignInAccounts;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The import job's step, run once an admin chose to import the valid rows of a checked file: plans
 * every row again against the database as it is now, adds the new agencies and their users in
 * multi-row statements of {@value #CHUNK} rows, updates the changed agencies, audits each changed
 * field and marks the import IMPORTED, all inside the step's single transaction (see
 * {@link RosterImportJobConfiguration}). When the plans no longer match what the check showed, it
 * throws, and nothing is imported.
 */
@Component
class ImportRosterTasklet implements Tasklet {

    static final String AUDIT_ENTITY = "ROSTER_IMPORT";
    static final String AGENCY_AUDIT_ENTITY = "AGENCY";
    static final String CHANGED_SINCE_CHECK = "the agencies, user names or file changed since the check, so the "
            + "import would no longer do what was shown. Upload the file again to check it anew.";
    private static final int CHUNK = 1000;

    private final RosterImportRepository imports;
    private final RosterWriter writer;
    private final RosterImportFiles files;
    private final RosterImportProgress progress;
    private final PasswordEncoder passwordEncoder;
    private final SignInAccounts users;
    private final AuditLog audit;
    private final Clock clock;
    private final RosterImportSettings settings;

    ImportRosterTasklet(RosterImportRepository imports, RosterWriter writer, RosterImportFiles files,
                        RosterImportProgress progress, PasswordEncoder passwordEncoder, SignInAccounts users,
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
        CurrentUser admin = users.findCredentials(run.decidedBy()).orElseThrow().user();
        RosterImportFiles.Upload upload = files.upload(importId);
        RosterFile file = new RosterFile(() -> files.open(upload), upload.size(), settings);
        Instant now = clock.instant();
        Writes writes = new Writes(importId, passwordEncoder.encode(unknowableSecret()), now, admin);
        RosterPlanner planner = new RosterPlanner(new RosterRowValidator(imports.usernameOris()),
                imports.existingAgencies());
        file.read(new RosterFile.RowHandler() {
            @Override
            public void row(RosterRow row) {
                writes.add(planner.plan(row));
                if (writes.pending() >= CHUNK) {
                    writes.flush();
                    progress.reading(importId, file);
                }
            }

            @Override
            public void malformedRow(long line, List<String> raw, RowError error) {
                planner.malformed(line, raw, error);
            }

            @Override
            public void fileError(RowError error) {
                throw new IllegalStateException(CHANGED_SINCE_CHECK);
            }
        });
        writes.flush();
        if (!planner.fingerprint().equals(imports.checkFingerprintOf(importId))) {
            throw new IllegalStateException(CHANGED_SINCE_CHECK);
        }
        imports.finishImport(importId, writes.created, writes.updated, writes.usersCreated,
                RosterMessages.imported(writes.created, writes.updated, writes.usersCreated), now);
        audit.recordAction(admin, null, AUDIT_ENTITY, importId, "IMPORT",
                RosterMessages.imported(writes.created, writes.updated, writes.usersCreated) + " From "
                        + run.originalName());
        return RepeatStatus.FINISHED;
    }

    /** A password nobody is told, so an imported account cannot be signed into even if enabled early. */
    private static String unknowableSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /** The rows to write, in chunks, and how many of each were written. */
    private final class Writes {

        private final String passwordHash;
        private final Instant now;
        private final CurrentUser admin;
        private final List<RowPlan.NewAgency> newAgencies = new ArrayList<>();
        private final List<RowPlan.ExistingAgencyRow> existing = new ArrayList<>();
        private int created;
        private int updated;
        private int usersCreated;
        private final long importId;

        Writes(long importId, String passwordHash, Instant now, CurrentUser admin) {
            this.importId = importId;
            this.passwordHash = passwordHash;
            this.now = now;
            this.admin = admin;
        }

        void add(RowPlan plan) {
            switch (plan) {
                case RowPlan.NewAgency row -> newAgencies.add(row);
                case RowPlan.ExistingAgencyRow row when row.changesAnything() -> existing.add(row);
                default -> {
                }
            }
        }

        int pending() {
            return newAgencies.size() + existing.size();
        }

        void flush() {
            if (!newAgencies.isEmpty()) {
                usersCreated += writer.insert(importId, newAgencies, passwordHash, now);
                created += newAgencies.size();
                newAgencies.clear();
            }
            if (!existing.isEmpty()) {
                List<RowPlan.ExistingAgencyRow> changed = existing.stream().filter(r -> !r.changes().isEmpty()).toList();
                writer.update(changed, now);
                updated += changed.size();
                usersCreated += writer.insertUsersOfExisting(importId, existing, passwordHash, now);
                for (RowPlan.ExistingAgencyRow row : changed) {
                    long agencyId = row.existing().id();
                    row.changes().forEach(change -> audit.recordChange(admin, agencyId, AGENCY_AUDIT_ENTITY, agencyId,
                            change.field(), change.oldValue(), change.newValue()));
                }
                existing.clear();
            }
        }
    }
}
