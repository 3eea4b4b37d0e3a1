package org.pledgetrack.ui.dashboard;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.batch.schedule.SnapshotRefreshSettings;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.NumbersAsOf;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Status dashboards read from the latest snapshot: national for overseers and admins, the
 * portfolio for TA staff, the agency's own for agency users, each saying when its numbers were
 * computed. Nothing is computed on page load.
 */
@Route("dashboard")
@PageTitle("Dashboard | pledgetrack")
@PermitAll
public class DashboardView extends VerticalLayout {

    static final int TREND_DAYS = 30;

    DashboardView(SnapshotService snapshots, ScheduleRule scheduleRule, SnapshotRefreshSettings refresh,
                  AuthenticatedUser authenticatedUser) {
        addClassName("dashboard-view");
        CurrentUser user = authenticatedUser.get();
        if (user.is(Role.AGENCY)) {
            snapshots.agency(user, user.organizationId(), TREND_DAYS).ifPresentOrElse(
                    dashboard -> add(new AgencyDashboardPanel(dashboard, scheduleRule.explanation(),
                            new NumbersAsOf(snapshots.computedAt(dashboard.asOf()), refresh))),
                    () -> add(new EmptyState("No status snapshot for your agency yet",
                            "Numbers appear here after the nightly status job has run while your agency has an "
                                    + "active pledge. Your TA staff can also run it from Status jobs.")));
        } else {
            snapshots.portfolio(user, TREND_DAYS).ifPresentOrElse(
                    dashboard -> add(new PortfolioDashboardPanel(dashboard, user.readsEverything(),
                            new NumbersAsOf(snapshots.computedAt(dashboard.asOf()), refresh))),
                    () -> add(new EmptyState("No status snapshot yet",
                            "Run the pledge status job under Status jobs, or wait for the nightly run at 02:00 UTC.")));
        }
    }
}
