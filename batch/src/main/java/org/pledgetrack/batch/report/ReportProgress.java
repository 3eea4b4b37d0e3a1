package org.pledgetrack.batch.report;

import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportStatus;

/** How far a report file has got: rows written of the rows the query returns. */
public record ReportProgress(ReportFile file, long rowsWritten, long totalRows) {

    public boolean generating() {
        return file.status() == ReportStatus.GENERATING;
    }

    /** Share done, 0-1; 1 once the file has ended either way. */
    public double fractionDone() {
        if (!generating()) {
            return 1;
        }
        return totalRows == 0 ? 0 : Math.min(1, (double) rowsWritten / totalRows);
    }
}
