package org.pledgetrack.core.report;

/** The reports overseers can generate; each reads one kind of snapshot (or, for items, the pledge). */
public enum ReportType {
    AGENCY_STATUS("Agency pledge status"),
    FOCUS_AREA_SUMMARY("Focus-area summary (national and states)"),
    GRANT_DELIVERABLES("Grant deliverables"),
    OVERDUE_DELIVERABLES("Overdue deliverables"),
    PROVIDER_ACTIVITY("TA provider activity"),
    AGENCY_ITEMS("Item-level detail for one agency");

    private final String label;

    ReportType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only the item-level detail is about one agency, so only it may be read outside the overseers. */
    public boolean aboutOneAgency() {
        return this == AGENCY_ITEMS;
    }
}
