package org.pledgetrack.core.report;

import static org.pledgetrack.core.report.ReportFilter.AGENCY;
import static org.pledgetrack.core.report.ReportFilter.GRANT;
import static org.pledgetrack.core.report.ReportFilter.PROVIDER;
import static org.pledgetrack.core.report.ReportFilter.SCHEDULE_STATUS;
import static org.pledgetrack.core.report.ReportFilter.STATE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The reports overseers can generate; each reads one kind of snapshot (or, for items, the pledge),
 * narrowed by the filters it names: the only ones the form offers for it and a file records.
 */
public enum ReportType {
    AGENCY_STATUS("Agency pledge status", STATE, PROVIDER, GRANT, SCHEDULE_STATUS),
    FOCUS_AREA_SUMMARY("Focus-area summary (national and states)", STATE),
    GRANT_DELIVERABLES("Grant deliverables", STATE, PROVIDER, GRANT),
    OVERDUE_DELIVERABLES("Overdue deliverables", STATE, PROVIDER, GRANT),
    PROVIDER_ACTIVITY("TA provider activity", PROVIDER),
    AGENCY_ITEMS("Item-level detail for one agency", AGENCY),
    /** One grant's progress report for the period that includes the as-of date, as an overseer sends it to BJA. */
    GRANT_PROGRESS_REPORT("Grant progress report for BJA", GRANT),
    /**
     * One agency's pledge as a ZIP: a summary PDF and every evidence file, by item. Started from the
     * agency's pledge page, not the Reports page, and only as {@link ReportFormat#ZIP}.
     */
    AGENCY_DOSSIER("Agency dossier (summary and evidence files)", AGENCY);

    private final String label;
    private final Set<ReportFilter> filters;

    ReportType(String label, ReportFilter first, ReportFilter... rest) {
        this.label = label;
        this.filters = EnumSet.of(first, rest);
    }

    public String label() {
        return label;
    }

    /** The filters this report applies. */
    public Set<ReportFilter> filters() {
        return EnumSet.copyOf(filters);
    }

    /** The grant progress report is about one grant, which must be chosen. */
    public boolean aboutOneGrant() {
        return this == GRANT_PROGRESS_REPORT;
    }

    /** Only the item-level detail and the dossier are about one agency, so only they may be read outside the overseers. */
    public boolean aboutOneAgency() {
        return this == AGENCY_ITEMS || this == AGENCY_DOSSIER;
    }

    /** The formats this report is written in. */
    public List<ReportFormat> formats() {
        return this == AGENCY_DOSSIER ? List.of(ReportFormat.ZIP) : ReportFormat.tables();
    }
}
