package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.pledge.PledgeDossierService;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * One agency's pledge for TA staff (assigned agencies, with review rights), overseers (who record
 * IACP's recognition and certificate of completion) and admins. The agency id comes from the address; core refuses ids the user may not see.
 */
@Route("agencies/:agencyId/pledge")
@PageTitle("Agency pledge | pledgetrack")
@RolesAllowed({"TA_STAFF", "OVERSEER", "ADMIN"})
public class AgencyPledgeView extends VerticalLayout implements BeforeEnterObserver {

    private final PledgeService pledges;
    private final CatalogService catalog;
    private final ScheduleRule scheduleRule;
    private final PledgeDossierService dossiers;
    private final ReportJobLauncher reportLauncher;
    private final ReportService reports;
    private final CurrentUser user;
    private final Clock clock;
    private long agencyId;

    AgencyPledgeView(PledgeService pledges, CatalogService catalog, ScheduleRule scheduleRule,
                     PledgeDossierService dossiers, ReportJobLauncher reportLauncher, ReportService reports,
                     AuthenticatedUser authenticatedUser, Clock clock) {
        this.pledges = pledges;
        this.catalog = catalog;
        this.scheduleRule = scheduleRule;
        this.dossiers = dossiers;
        this.reportLauncher = reportLauncher;
        this.reports = reports;
        this.user = authenticatedUser.get();
        this.clock = clock;
        addClassName("agency-pledge-view");
    }

    public static RouteParameters parameters(long agencyId) {
        return new RouteParameters("agencyId", String.valueOf(agencyId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        agencyId = RouteIds.require(event, "agencyId");
        refresh();
    }

    private void refresh() {
        removeAll();
        Optional<PledgeOverview> overview = pledges.overview(user, agencyId);
        overview.ifPresentOrElse(current -> add(new PledgeOverviewPanel(current, scheduleRule.explanation(), clock)),
                () -> add(new EmptyState("No pledge yet", pledges.canManage(user, agencyId)
                        ? "Start the pledge below with the date the agency signed."
                        : "This agency has not started a pledge.")));
        if (pledges.canManage(user, agencyId)) {
            add(managementForm(overview.orElse(null)));
        }
        if (pledges.canRecordRecognition(user)) {
            overview.ifPresent(current -> add(recognitionForm(current)));
        }
        if (overview.isPresent() && dossiers.canDownload(user, agencyId)) {
            add(new DossierPanel(reportLauncher, reports, user, agencyId));
        }
    }

    private RecognitionForm recognitionForm(PledgeOverview current) {
        RecognitionForm form = new RecognitionForm(current, LocalDate.now(clock));
        form.on(RecognitionForm.RecognizeEvent.class, recognize -> act(() -> pledges.recordRecognition(user,
                current.pledgeId(), current.version(), recognize.recognizedOn), "Recognition recorded."));
        form.on(RecognitionForm.CompleteEvent.class, complete -> act(() -> pledges.recordCompletion(user,
                current.pledgeId(), current.version(), complete.certificateOn), "Completion recorded."));
        return form;
    }

    private PledgeManagementForm managementForm(PledgeOverview current) {
        PledgeManagementForm form = new PledgeManagementForm(current, catalog.versions(), LocalDate.now(clock));
        form.on(PledgeManagementForm.StartEvent.class, start -> act(
                () -> pledges.startPledge(user, agencyId, start.catalogVersionId, start.signedOn), "Pledge started."));
        form.on(PledgeManagementForm.WithdrawEvent.class, withdraw -> act(
                () -> pledges.withdraw(user, current.pledgeId(), current.version(), withdraw.reason), "Pledge withdrawn."));
        return form;
    }

    private void act(Runnable action, String done) {
        if (ActionFeedback.attempt(action, this::refresh)) {
            ActionFeedback.saved(done);
            refresh();
        }
    }
}
