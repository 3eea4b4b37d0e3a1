package org.pledgetrack.ui.pledge;

import java.time.Clock;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.worklist.NeedsYouService;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * An agency's own pledge: what needs the agency, dates, schedule, IACP's recognition, its items in each
 * focus area, and its dossier to download (an agency's users may download their own).
 */
@Route("my-pledge")
@PageTitle("My pledge | pledgetrack")
@RolesAllowed("AGENCY")
public class MyPledgeView extends VerticalLayout {

    MyPledgeView(PledgeService pledges, NeedsYouService needsYou, ScheduleRule scheduleRule,
                 ReportJobLauncher reportLauncher, ReportService reports, AuthenticatedUser authenticatedUser,
                 Clock clock) {
        addClassName("my-pledge-view");
        CurrentUser user = authenticatedUser.get();
        pledges.overview(user, user.organizationId()).ifPresentOrElse(
                overview -> add(new NeedsYouList(needsYou.needsYou(user)),
                        new PledgeOverviewPanel(overview, scheduleRule.explanation(), clock),
                        new DossierPanel(reportLauncher, reports, user, user.organizationId())),
                () -> add(new EmptyState("No pledge yet",
                        user.organizationName() + " has not started a pledge. Your TA staff member or an "
                                + "administrator starts it with the date your agency signed.")));
    }
}
