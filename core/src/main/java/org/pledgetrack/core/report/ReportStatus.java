package org.pledgetrack.core.report;

/** Life of a generated file: written by the job, then downloadable until the retention ends. */
public enum ReportStatus {
    GENERATING, READY, FAILED, EXPIRED
}
