package org.pledgetrack.core.grant;

import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.springframework.stereotype.Component;

/** Brings a grant's stored report calendar in line with its award dates; safe to run again. */
@Component
class ReportCalendarReconciler {

    private final GrantRepository grants;
    private final GranteeReportRepository reports;

    ReportCalendarReconciler(GrantRepository grants, GranteeReportRepository reports) {
        this.grants = grants;
        this.reports = reports;
    }

    void reconcile(long grantId) {
        BcjiGrantRecord grant = grants.findGrant(grantId).orElseThrow();
        reports.reconcile(grantId, GranteeReportCalendar.obligations(grant.getStartOn(), grant.getEndOn()));
    }
}
