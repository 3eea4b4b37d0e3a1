package org.pledgetrack.ui.dashboard;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.batch.timer.SnapshotRefreshSettings;
import org.pledgetrack.core.grant.GrantFilter;
import org.pledgetrack.core.grant.GrantService;
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
 * computed, and for all but agency users the grants whose funds are at risk today (read live).
 * Nothing else is computed on page load; while the dashboard is open it asks every
 * {@link #POLL_MILLIS} whether a newer snapshot was computed and then shows that one.
 */
@Route("dashboard")
@PageTitle("Dashboard | pledgetrack")
@PermitAll
public class DashboardView extends VerticalLayout {

    static final int TREND_DAYS = 30;
    /** Short beside the snapshot refresh's minute, so that a change shows within about a minute as promised. */
    static final int POLL_MILLIS = 20_000;

    private final SnapshotService snapshots;
    private final ScheduleRule scheduleRule;
    private final SnapshotRefreshSettings refresh;
    private final GrantService grants;
    private final CurrentUser user;
    private Optional<Instant> shownComputedAt;
    private Registration polling;

    DashboardView(SnapshotService snapshots, ScheduleRule scheduleRule, SnapshotRefreshSettings refresh,
                  GrantService grants, AuthenticatedUser authenticatedUser) {
        this.snapshots = snapshots;
        this.grants = grants;
        this.scheduleRule = scheduleRule;
        this.refresh = refresh;
        this.user = authenticatedUser.get();
        addClassName("dashboard-view");
        showLatest();
    }

    private void showLatest() {
        removeAll();
        shownComputedAt = latestComputedAt();
        if (user.is(Role.AGENCY)) {
            snapshots.agency(user, user.organizationId(), TREND_DAYS).ifPresentOrElse(
                    dashboard -> add(new AgencyDashboardPanel(dashboard, scheduleRule.explanation(),
                            new NumbersAsOf(snapshots.computedAt(dashboard.asOf()), refresh))),
                    () -> add(new EmptyState("No status snapshot for your agency yet",
                            "Numbers appear here after the nightly status job has run while your agency has an "
                                    + "active pledge. Your TA staff can also run it from Status jobs.")));
        } else {
            add(new FundsAtRiskGrantsPanel(grants.visibleGrants(user, new GrantFilter(null, null, null, false, true))));
            snapshots.portfolio(user, TREND_DAYS).ifPresentOrElse(
                    dashboard -> add(new PortfolioDashboardPanel(dashboard, user.readsEverything(),
                            new NumbersAsOf(snapshots.computedAt(dashboard.asOf()), refresh))),
                    () -> add(new EmptyState("No status snapshot yet",
                            "Run the pledge status job under Status jobs, or wait for the nightly run at 02:00 UTC.")));
        }
    }

    private Optional<Instant> latestComputedAt() {
        return snapshots.latestAsOf().flatMap(snapshots::computedAt);
    }

    private void showLatestIfRecomputed() {
        if (!latestComputedAt().equals(shownComputedAt)) {
            showLatest();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> showLatestIfRecomputed());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        polling.remove();
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
