package org.pledgetrack.core.files;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence and attachment files: where they are kept and how much a user and an organization may upload.
 *
 * @param store              {@code local}: in {@code dir} on this node's disk (one node only); {@code database}:
 *                           in the database, where every node of a cluster reads them
 * @param dir                where files are kept, under random keys, with the local store; with the database
 *                           store only uploads being checked pass through it
 * @param maxSize            the largest file accepted
 * @param organizationQuota  what the kept files uploaded by one organization's users may add up to
 * @param userRateBytes      what one user may upload within {@code userRatePeriod}
 * @param userRatePeriod     the window of the upload rate
 * @param removedRetention   how long the bytes of removed evidence and attachments are kept (the undo period)
 */
@ConfigurationProperties("pledgetrack.files")
public record FileProperties(@DefaultValue("local") Store store,
                             @DefaultValue("data-files") Path dir,
                             @DefaultValue("20MB") DataSize maxSize,
                             @DefaultValue("2GB") DataSize organizationQuota,
                             @DefaultValue("50MB") DataSize userRateBytes,
                             @DefaultValue("PT10M") Duration userRatePeriod,
                             @DefaultValue("P30D") Duration removedRetention) {

    /** Where the bytes of kept files live. */
    public enum Store { LOCAL, DATABASE }

    public FileProperties {
        if (maxSize.toBytes() <= 0 || organizationQuota.compareTo(maxSize) < 0 || userRateBytes.compareTo(maxSize) < 0
                || userRatePeriod.isNegative() || userRatePeriod.isZero() || removedRetention.isNegative()) {
            throw new IllegalArgumentException("pledgetrack.files: max-size must be positive, organization-quota and "
                    + "user-rate-bytes at least max-size, user-rate-period positive and removed-retention not negative; "
                    + "not " + maxSize + ", " + organizationQuota + ", " + userRateBytes + ", " + userRatePeriod + " and "
                    + removedRetention);
        }
    }
}
