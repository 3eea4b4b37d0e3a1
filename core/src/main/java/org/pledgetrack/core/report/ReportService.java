package org.pledgetrack.core.report;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report files and recurring report definitions: who may generate which report, the metadata of
 * every file, downloads and retention. Overseers and admins generate every report and see every
 * file; anyone else only the item-level detail of an agency they may read, and only their own files.
 * The files themselves are written by the report job in {@code batch}.
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    private static final int SNAPSHOT_DATES = 60;

    private final ReportRepository reports;
    private final ReportStorage storage;
    private final TaAssignmentChecks assignments;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration retention;

    ReportService(ReportRepository reports, ReportStorage storage, TaAssignmentChecks assignments,
                  AccessPolicy access, AuditLog audit, Clock clock,
                  ReportSettings settings) {
        this.reports = reports;
        this.storage = storage;
        this.assignments = assignments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.retention = settings.retention();
    }

    /** The report types this user may generate on the Reports page (the dossier starts from a pledge page). */
    public List<ReportType> typesFor(CurrentUser user) {
        return user.readsEverything()
                ? Arrays.stream(ReportType.values()).filter(type -> type != ReportType.AGENCY_DOSSIER).toList()
                : List.of(ReportType.AGENCY_ITEMS);
    }

    /**
     * Snapshot dates (newest first) and filter values; agencies limited to those the user may read.
     * Grants only for overseers and admins: the item-level detail, the one report others generate,
     * has no grant filter, and listing every grant would show an agency other agencies' grants.
     */
    @Transactional(readOnly = true)
    public FilterChoices choices(CurrentUser user) {
        List<Long> agencies = switch (user.role()) {
            case OVERSEER, ADMIN -> null;
            case TA_STAFF -> assignments.findAssignedAgencyIds(user.id());
            case AGENCY -> List.of(user.organizationId());
        };
        return new FilterChoices(reports.findSnapshotDates(SNAPSHOT_DATES), reports.findAgencyStates(),
                reports.findOrganizations("TA_PROVIDER", null),
                user.readsEverything() ? reports.findGrants() : List.of(),
                reports.findOrganizations("AGENCY", agencies));
    }

    /**
     * Records a new file in status GENERATING, to be written by the report job. Refuses a report
     * type the user may not generate, an item-level report without an agency or of an agency the
     * user may not read, and an as-of date in the future.
     */
    @Transactional
    public ReportFile request(CurrentUser user, ReportType type, ReportFormat format, LocalDate asOf,
                              ReportFilters filters) {
        requireGenerate(user, type, filters);
        validate(type, format, asOf);
        ReportFile file = insert(null, user.id(), type, format, asOf, filters);
        audit.recordAction(user, filters.agencyId(), "report_file", file.id(), "GENERATE",
                type.label() + " (" + format + ") as of " + asOf);
        return file;
    }

    /** The file a recurring definition produces when it fires, on behalf of its owner. */
    @Transactional
    public ReportFile requestScheduled(ReportDefinition definition, LocalDate asOf) {
        return insert(definition.id(), definition.ownerId(), definition.type(), definition.format(), asOf,
                definition.filters());
    }

    private ReportFile insert(Long definitionId, long requestedBy, ReportType type, ReportFormat format,
                              LocalDate asOf, ReportFilters filters) {
        Instant now = clock.instant();
        long id = reports.insertFile(definitionId, requestedBy, type, format, filters.keptFor(type), asOf, now,
                now.plus(retention));
        return reports.findFile(id).orElseThrow();
    }

    /** Links the file to the job execution writing it, for the progress bar. */
    @Transactional
    public void attachJob(long fileId, long jobExecutionId) {
        reports.setJobExecution(fileId, jobExecutionId);
    }

    /** Called by the job when the file is complete. */
    @Transactional
    public void markReady(long fileId, GeneratedReport generated) {
        reports.markReady(fileId, generated);
    }

    /**
     * Called when writing failed; the message is shown in the Reports view. Only a file still being
     * generated changes: returns false for one that had already ended, which a recovery after a crash
     * must then leave alone (its job may have died just after completing it).
     */
    @Transactional
    public boolean markFailed(long fileId, String message) {
        return reports.markFailed(fileId, message);
    }

    /** The newest files the user may see: all for overseers and admins, their own for others. */
    @Transactional(readOnly = true)
    public List<ReportFile> files(CurrentUser user, int limit) {
        return reports.findFiles(user.readsEverything() ? null : user.id(), limit);
    }

    /**
     * One file's metadata, when the user may see it: overseers and admins every file, others their own; a
     * dossier only its requester and overseers, while they may download the agency's dossier.
     */
    @Transactional(readOnly = true)
    public ReportFile file(CurrentUser user, long fileId) {
        ReportFile file = reports.findFile(fileId).orElseThrow(() -> access.unknownRecord(user, "report file", fileId));
        boolean own = user.username().equals(file.requestedBy());
        // a dossier holds an agency's evidence files: only for who may still prepare it (not admins)
        boolean allowed = file.type() == ReportType.AGENCY_DOSSIER
                ? access.canDownloadDossier(user, file.filters().agencyId()) && (own || user.is(Role.OVERSEER))
                : user.readsEverything() || own;
        if (!allowed) {
            throw access.unknownRecord(user, "report file", fileId);
        }
        return file;
    }

    /** The content of a ready file, after the same check as {@link #file}; the caller closes it. */
    public InputStream open(CurrentUser user, long fileId) {
        ReportFile file = file(user, fileId);
        if (!file.ready()) {
            throw new IllegalStateException("This report is " + file.status().name().toLowerCase() + ", not ready to download.");
        }
        return storage.open(file.storageKey());
    }

    /** Internal read for the mailer and the job, with no user: the caller is the scheduler. */
    public InputStream openForDelivery(ReportFile file) {
        return storage.open(file.storageKey());
    }

    /** The file's metadata for the scheduler, with no user. */
    @Transactional(readOnly = true)
    public ReportFile fileForDelivery(long fileId) {
        return reports.findFile(fileId).orElseThrow();
    }

    /** Deletes the files whose retention has ended and marks them EXPIRED; returns how many. */
    @Transactional
    public int expireOld() {
        List<ReportFile> expired = reports.findExpired(clock.instant());
        for (ReportFile file : expired) {
            if (file.storageKey() != null) {
                storage.delete(file.storageKey());
            }
            reports.markExpired(file.id());
        }
        if (!expired.isEmpty()) {
            log.info("Expired {} report files", expired.size());
        }
        return expired.size();
    }

    /** The newest snapshot date, which recurring reports use as their as-of date. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> latestSnapshotDate() {
        return reports.findSnapshotDates(1).stream().findFirst();
    }

    /**
     * Saves a recurring report for an overseer or admin. The name is required and the schedule must
     * be a valid cron expression (the message says how to write one).
     */
    @Transactional
    public ReportDefinition saveDefinition(CurrentUser user, String name, ReportType type, ReportFormat format,
                                           ReportFilters filters, String cron) {
        access.requireRole(user, Role.OVERSEER, Role.ADMIN);
        String reportName = TextInput.required(name, 200, "The name", "Give the recurring report a name.");
        // A missing or blank schedule is refused by ReportCron.parse below, with how to write one.
        String schedule = TextInput.optional(cron, 100, "The schedule");
        validate(type, format, LocalDate.now(clock));
        requireGenerate(user, type, filters);
        if (ReportCron.parse(cron).nextAfter(clock.instant()).equals(Instant.MAX)) {
            throw new IllegalArgumentException("\"" + cron + "\" never fires: choose a day that exists.");
        }
        long id = reports.insertDefinition(user.id(), reportName, type, format, filters.keptFor(type), schedule,
                clock.instant());
        audit.recordAction(user, null, "report_definition", id, "CREATE", reportName);
        return reports.findDefinition(id).orElseThrow();
    }

    /** Deletes a recurring report; its generated files stay until they expire. */
    @Transactional
    public void deleteDefinition(CurrentUser user, long definitionId) {
        access.requireRole(user, Role.OVERSEER, Role.ADMIN);
        if (!reports.deleteDefinition(definitionId)) {
            throw access.unknownRecord(user, "report definition", definitionId);
        }
        audit.recordAction(user, null, "report_definition", definitionId, "DELETE");
    }

    /** All recurring reports (overseers and admins share them). */
    @Transactional(readOnly = true)
    public List<ReportDefinition> definitions(CurrentUser user) {
        access.requireRole(user, Role.OVERSEER, Role.ADMIN);
        return reports.findDefinitions(null);
    }

    /** The enabled definitions whose next fire time is not after {@code now}. */
    @Transactional(readOnly = true)
    public List<ReportDefinition> dueDefinitions(Instant now) {
        return reports.findEnabledDefinitions().stream().filter(d -> d.dueAt(now)).toList();
    }

    /**
     * Claims one firing of a definition by moving its last run to {@code now}; false when another
     * node (or an earlier poll) claimed it first, in which case the caller must not run it.
     */
    @Transactional
    public boolean claimRun(ReportDefinition definition, Instant now) {
        return reports.claimRun(definition.id(), definition.lastRunAt(), now);
    }

    private void requireGenerate(CurrentUser user, ReportType type, ReportFilters filters) {
        if (type == null) {
            throw new IllegalArgumentException("Choose a report type.");
        }
        if (type.aboutOneAgency()) {
            if (filters.agencyId() == null) {
                throw new IllegalArgumentException("Choose the agency whose items the report lists.");
            }
            if (type == ReportType.AGENCY_DOSSIER) {
                access.requireDossier(user, filters.agencyId());
            } else {
                access.requireReadAgency(user, filters.agencyId());
            }
        } else {
            access.requireRole(user, Role.OVERSEER, Role.ADMIN);
            if (type.aboutOneGrant() && filters.grantId() == null) {
                throw new IllegalArgumentException("Choose the grant whose progress report to make.");
            }
        }
    }

    private void validate(ReportType type, ReportFormat format, LocalDate asOf) {
        if (format == null || !type.formats().contains(format)) {
            throw new IllegalArgumentException("Choose a format: " + type.formats().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
        if (asOf == null) {
            throw new IllegalArgumentException("Choose an as-of date.");
        }
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The as-of date cannot be in the future.");
        }
    }
}
