package org.pledgetrack.core.grant;

/** The grantee's recurring reporting obligations to the funder. */
public enum ReportKind {
    PERFORMANCE_MEASURES("Quarterly performance measures"),
    PROGRESS_REPORT("Semi-annual progress report"),
    FINAL_REPORT("Final report");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
