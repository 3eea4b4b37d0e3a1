package org.pledgetrack.core.report;

import java.util.List;

/** File formats of a report, with what a browser and a mail client need to know of each. */
public enum ReportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf"),
    /** An agency dossier: its summary PDF and evidence files in one archive. */
    ZIP("application/zip", "zip");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The formats a table of rows is written in, which the Reports page offers. */
    public static List<ReportFormat> tables() {
        return List.of(CSV, XLSX, PDF);
    }
}
