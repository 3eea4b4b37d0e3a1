package org.pledgetrack.core.grant;

/** The grantee's reporting obligations to the funder. */
public enum ReportKind {
    PROGRESS_REPORT("Semi-annual progress report"),
    FINAL_REPORT("Final progress report");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
