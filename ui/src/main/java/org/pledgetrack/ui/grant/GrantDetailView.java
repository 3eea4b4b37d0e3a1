package org.pledgetrack.ui.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.actionplan.ActionPlanService;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.grant.AttachmentService;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantPartnerService;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.TaEventService;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.actionplan.ActionPlanPanel;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * One grant, composed of panels: its people and money (with funds at risk, and the award dates for
 * the overseer to change), a timeline of phases and deliverables, the Action Plan that ends planning,
 * the deliverables with their actions, the TA events that served it with other sites, the pledge items
 * the TA supports, the partners and the progress-report calendar.
 */
@Route("grants/:grantId")
@PageTitle("Grant | pledgetrack")
@PermitAll
public class GrantDetailView extends VerticalLayout implements BeforeEnterObserver {

    final DeliverablesPanel deliverables;
    final ReportCalendarPanel reports;
    final TaEventsPanel events;
    private final SupportedItemsPanel supportedItems = new SupportedItemsPanel();
    private final Div timeline = new Div();
    private final GrantService grants;
    private final GrantPartnerService partners;
    private final ActionPlanService actionPlans;
    private final CatalogService catalog;
    private final Clock clock;
    private final CurrentUser user;
    private GrantDetail grant;

    GrantDetailView(GrantService grants, DeliverableService deliverableService, AttachmentService attachments,
                    CatalogService catalog, GrantPartnerService partners, ActionPlanService actionPlans,
                    TaEventService eventService, ReportJobLauncher reportLauncher, ReportService reportService,
                    Clock clock, AuthenticatedUser authenticatedUser) {
        this.grants = grants;
        this.partners = partners;
        this.actionPlans = actionPlans;
        this.catalog = catalog;
        this.clock = clock;
        this.user = authenticatedUser.get();
        this.deliverables = new DeliverablesPanel(grants, deliverableService, attachments, catalog, clock, user,
                this::showTimelineAndItems);
        this.reports = new ReportCalendarPanel(grants, user, user.readsEverything()
                ? report -> BjaReportFiles.forReport(reportLauncher, reportService, user, report, LocalDate.now(clock))
                : null);
        this.events = new TaEventsPanel(eventService, user, clock, () -> show(grant.summary().id()));
        timeline.addClassNames("card", "section");
        timeline.setWidthFull();
        addClassName("grant-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long grantId = event.getRouteParameters().getLong("grantId")
                .orElseThrow(() -> new NotFoundException("No such grant"));
        show(grantId);
    }

    private void show(long grantId) {
        grant = grants.grant(user, grantId);
        removeAll();
        Runnable reload = () -> show(grantId);
        add(new GrantHeaderPanel(grant), new AwardDatesAction(grants, user, grant, reload), timeline,
                new ActionPlanPanel(actionPlans, user, catalog.currentVersion(), clock, grantId,
                        grants.actsAsGrantee(user, grantId), grants.reviewsReports(user, grantId), reload),
                deliverables, events, supportedItems, new PartnersPanel(grant, partners, user, reload), reports);
        deliverables.show(grant);
        events.show(grant);
        reports.show(grant);
    }

    private void showTimelineAndItems(List<Deliverable> rows) {
        timeline.removeAll();
        timeline.add(new H3("Timeline"), new GrantTimeline(grant, rows, LocalDate.now(clock)));
        supportedItems.show(rows);
    }
}
