package org.pledgetrack.core.report;

/** What the report job hands back once the file is written. */
public record GeneratedReport(String storageKey, int rowCount, long sizeBytes, String sha256) {
}
