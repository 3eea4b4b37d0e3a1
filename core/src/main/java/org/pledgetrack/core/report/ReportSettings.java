package org.pledgetrack.core.report;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Generated report files: where they are kept, how long, and how the report job cuts its work.
 *
 * @param dir       {@code pledgetrack.reports.dir}: where report files are kept; when not set, a
 *                  {@code reports} folder inside the files folder ({@code pledgetrack.files.dir})
 * @param retention {@code pledgetrack.reports.retention}: how long a generated file can be downloaded
 * @param chunkSize {@code pledgetrack.reports.chunk-size}: rows the report job writes per transaction
 */
@ConfigurationProperties("pledgetrack.reports")
public record ReportSettings(Path dir,
                             @DefaultValue("P30D") Duration retention,
                             @DefaultValue("500") int chunkSize) {

    public ReportSettings {
        if (retention.isNegative() || chunkSize < 1) {
            throw new IllegalArgumentException("pledgetrack.reports: retention must not be negative and chunk-size must be at least 1, "
                    + "not " + retention + " and " + chunkSize);
        }
    }
}
