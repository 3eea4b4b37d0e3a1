package org.pledgetrack.core.report;

/** One of the ways a report can be narrowed ({@link ReportFilters} holds their values). */
public enum ReportFilter {
    STATE, PROVIDER, GRANT, SCHEDULE_STATUS, AGENCY
}
