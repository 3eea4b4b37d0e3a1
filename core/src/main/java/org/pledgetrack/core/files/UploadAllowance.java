package org.pledgetrack.core.files;

import java.time.Clock;
import java.time.Duration;

import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.time.DurationWords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * How much may be uploaded: per organization, the files its users uploaded that are still kept may add up
 * to {@code pledgetrack.files.organization-quota}; per user, the files uploaded within
 * {@code pledgetrack.files.user-rate-period} to {@code pledgetrack.files.user-rate-bytes}. Counted from the
 * rows in the database under a lock on the organization's row, so that it holds across nodes and two
 * uploads at once cannot both take the last space.
 */
@Component
public class UploadAllowance {

    private final UploadAllowanceRepository repository;
    private final FileProperties properties;
    private final Clock clock;

    UploadAllowance(UploadAllowanceRepository repository, FileProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Refuses with a message for the user when the file just stored would pass the uploader's rate or their
     * organization's quota. Call it in the transaction that adds the file's row, after storing the file: the
     * organization stays locked until that transaction ends, and a refusal rolls it back, which deletes the file.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void check(CurrentUser uploader, StoredFile file) {
        repository.lockOrganization(uploader.organizationId());
        Duration period = properties.userRatePeriod();
        long recent = repository.bytesUploadedBy(uploader.id(), clock.instant().minus(period));
        long rate = properties.userRateBytes().toBytes();
        if (recent + file.size() > rate) {
            throw new IllegalArgumentException("You uploaded " + readable(recent) + " in the last " + DurationWords.of(period)
                    + "; with \"" + file.originalFilename() + "\" (" + readable(file.size()) + ") that would be more than "
                    + "the " + readable(rate) + " allowed per " + DurationWords.of(period) + ". Try again later.");
        }
        long kept = repository.keptBytesOfOrganization(uploader.organizationId());
        long quota = properties.organizationQuota().toBytes();
        if (kept + file.size() > quota) {
            throw new IllegalArgumentException("\"" + file.originalFilename() + "\" (" + readable(file.size())
                    + ") does not fit: the files of " + uploader.organizationName() + " take " + readable(kept) + " of its "
                    + readable(quota) + ". Remove files that are no longer needed (their space is freed when they are "
                    + "deleted, " + DurationWords.of(properties.removedRetention()) + " after removal) or ask an administrator.");
        }
    }

    /** Whole megabytes, or kilobytes below one, rounded up: a file of a few bytes is "1 KB", never "0 MB". */
    private static String readable(long bytes) {
        long megabyte = DataSize.ofMegabytes(1).toBytes();
        long kilobyte = DataSize.ofKilobytes(1).toBytes();
        return bytes >= megabyte ? String.format("%,d MB", (bytes + megabyte - 1) / megabyte)
                : String.format("%,d KB", (bytes + kilobyte - 1) / kilobyte);
    }
}
