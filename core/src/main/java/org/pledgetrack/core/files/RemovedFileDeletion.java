package org.pledgetrack.core.files;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.locking.TaskLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the bytes of removed evidence and attachments once their undo period
 * ({@code pledgetrack.files.removed-retention}) is over, so that removing a file really frees its space.
 * The row stays, with the file's name and SHA-256, and says when the bytes went; the audit log records it.
 * One node at a time (a lease in {@code schedule_lock}); a file restored meanwhile is left alone.
 */
@Component
public class RemovedFileDeletion {

    static final String JOB = "removed-file-deletion";
    private static final Logger log = LoggerFactory.getLogger(RemovedFileDeletion.class);
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(10);
    private static final int BATCH = 500;

    private final RemovedFileRepository removed;
    private final FileStore files;
    private final AuditLog audit;
    private final TaskLease lease;
    private final TransactionTemplate transactions;
    private final FileProperties properties;
    private final Clock clock;

    RemovedFileDeletion(RemovedFileRepository removed, FileStore files, AuditLog audit, TaskLease lease,
                        PlatformTransactionManager transactionManager, FileProperties properties, Clock clock) {
        this.removed = removed;
        this.files = files;
        this.audit = audit;
        this.lease = lease;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${pledgetrack.files.removed-deletion-cron:0 40 * * * *}", zone = "UTC")
    void scheduled() {
        if (lease.tryAcquire(JOB, LEASE_LENGTH)) {
            try {
                deleteExpired();
            } finally {
                lease.release(JOB);
            }
        }
    }

    /** Deletes the bytes of every file removed at least the undo period ago; returns how many. */
    public int deleteExpired() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.removedRetention());
        int deleted = 0;
        for (List<RemovedFile> batch = removed.findRemovedBy(cutoff, BATCH); !batch.isEmpty();
             batch = removed.findRemovedBy(cutoff, BATCH)) {
            for (RemovedFile file : batch) {
                deleted += Boolean.TRUE.equals(transactions.execute(status -> delete(file, cutoff, now))) ? 1 : 0;
            }
        }
        log.info("Removed-file deletion: {} files removed before {} deleted", deleted, cutoff);
        return deleted;
    }

    /**
     * In one transaction: the row says the bytes are gone, the audit says which file, then the bytes go, unless
     * another row still keeps the same file (evidence attached to several items): then only this row lets go.
     */
    private boolean delete(RemovedFile file, Instant cutoff, Instant now) {
        if (!removed.markDeleted(file, cutoff, now)) {
            return false;
        }
        if (removed.stillKept(file)) {
            return false;
        }
        audit.recordJobAction(JOB, file.agencyId(), file.auditEntity(), file.auditEntityId(), "FILE_DELETED",
                file.originalFilename() + " (SHA-256 " + file.sha256() + ")");
        files.delete(file.storageKey());
        return true;
    }
}
