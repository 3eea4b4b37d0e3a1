package org.pledgetrack.ui.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.batch.launch.JobChoice;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.batch.timer.SnapshotRefreshSettings;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.core.time.DurationWords;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.NumbersAsOf;
import org.pledgetrack.ui.components.ProgressPoller;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Runs the status snapshot jobs on demand: choose a job and an as-of date, watch the progress bar
 * (pushed from the server twice a second), cancel, and see the recent runs and when the dashboards'
 * numbers (the latest pledge status snapshot) were computed.
 */
@Route("jobs")
@PageTitle("Status jobs | pledgetrack")
@RolesAllowed({"OVERSEER", "TA_STAFF", "ADMIN"})
public class JobsView extends VerticalLayout {

    private static final int RECENT_RUNS = 25;

    private final SnapshotJobLauncher launcher;
    private final SnapshotService snapshots;
    private final CurrentUser user;
    private final Clock clock;
    private final Select<JobChoice> job = new Select<>();
    private final DatePicker asOf = new DatePicker("As-of date");
    private final Button run = new Button("Run now");
    private final Button cancel = new Button("Cancel run");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progressPanel = new Div();
    private final Grid<JobRun> runs = new Grid<>();
    private final NumbersAsOf numbersAsOf;
    private Long followed;
    private final ProgressPoller poller = new ProgressPoller(this, "job-progress", 500, this::refreshProgress,
            () -> followed != null && !run.isEnabled());

    JobsView(SnapshotJobLauncher launcher, SnapshotService snapshots, SnapshotRefreshSettings refresh,
             AuthenticatedUser authenticatedUser, Clock clock) {
        this.launcher = launcher;
        this.snapshots = snapshots;
        this.numbersAsOf = new NumbersAsOf(latestComputedAt(), refresh);
        this.user = authenticatedUser.get();
        this.clock = clock;
        addClassName("jobs-view");
        add(new Paragraph("Snapshots are computed every night at 02:00 UTC. Run one now to see today's numbers, "
                + "or recompute a past as-of date: its rows are replaced, never duplicated. If the node running a "
                + "job stops, another node resumes the run where it broke off; Node says where each run ran."),
                numbersAsOf);
        add(launchForm(), progressPanel(), new H3("Recent runs"), configureRuns());
        refreshRuns();
    }

    private Component launchForm() {
        job.setLabel("Job");
        job.setWidth("18rem");
        job.setItems(launcher.jobs());
        job.setItemLabelGenerator(JobChoice::label);
        job.setValue(launcher.jobs().getFirst());
        LocalDate today = LocalDate.now(clock);
        asOf.setValue(today);
        asOf.setMax(today);
        asOf.setRequired(true);
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        HorizontalLayout form = new HorizontalLayout(job, asOf, run);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Component progressPanel() {
        progress.setMin(0);
        progress.setMax(1);
        progress.setWidth("28rem");
        progress.getElement().setAttribute("aria-label", "Job progress");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> cancelRun());
        progressText.addClassName("progress-text");
        progressPanel.add(progress, new HorizontalLayout(progressText, cancel));
        progressPanel.addClassName("progress-panel");
        progressPanel.setVisible(false);
        return progressPanel;
    }

    private Grid<JobRun> configureRuns() {
        runs.addColumn(JobRun::jobLabel).setHeader("Job").setAutoWidth(true);
        runs.addColumn(r -> HumanDates.date(r.asOf())).setHeader("As-of date").setAutoWidth(true);
        runs.addColumn(JobRun::launchedBy).setHeader("Started by").setAutoWidth(true);
        runs.addComponentColumn(r -> HumanDates.relativeSpan(r.startedAt(), clock)).setHeader("Started").setAutoWidth(true);
        runs.addColumn(r -> duration(r.duration(clock.instant()))).setHeader("Duration").setAutoWidth(true);
        runs.addColumn(r -> r.read() + " / " + r.written() + " / " + r.skipped()).setHeader("Read / written / skipped").setAutoWidth(true);
        runs.addColumn(JobRun::statusLabel).setHeader("Status").setAutoWidth(true);
        runs.addColumn(JobsView::ranOn).setHeader("Node").setFlexGrow(2);
        runs.addColumn(r -> r.errorText() == null ? "" : r.errorText()).setHeader("Error").setFlexGrow(3);
        // the error and the node's resumption note wrap instead of ending in "…": they say what happened
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.setAllRowsVisible(true);
        return runs;
    }

    private void start() {
        if (asOf.getValue() == null || job.getValue() == null) {
            error("Choose a job and an as-of date.");
            return;
        }
        try {
            followed = launcher.launch(user, job.getValue().name(), asOf.getValue());
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
            return;
        }
        run.setEnabled(false);
        progressPanel.setVisible(true);
        refreshProgress();
        poller.start();
    }

    private void cancelRun() {
        try {
            launcher.stop(user, followed);
            Notification.show("Stopping after the current chunk. Run the same as-of date again to finish it.");
        } catch (IllegalStateException e) {
            error(e.getMessage());
        }
    }

    /** Shows how far the followed run has got; stops following once it has ended. */
    void refreshProgress() {
        if (followed == null) {
            return;
        }
        JobRun current = launcher.progress(user, followed);
        progress.setValue(current.fractionDone());
        progressText.setText(current.jobLabel() + " for " + HumanDates.date(current.asOf()) + ": " + current.read()
                + " of " + current.total() + " items · " + current.statusLabel());
        cancel.setEnabled(current.running());
        if (!current.running()) {
            poller.stop();
            run.setEnabled(true);
            refreshRuns();
            numbersAsOf.show(latestComputedAt());
        }
    }

    private void refreshRuns() {
        runs.setItems(launcher.recentRuns(user, RECENT_RUNS));
    }

    private Optional<Instant> latestComputedAt() {
        return snapshots.latestAsOf().flatMap(snapshots::computedAt);
    }


    private static void error(String message) {
        ActionFeedback.refused(message);
    }

    /** The node, and for a run that finished a dead node's run, which one and from where. */
    private static String ranOn(JobRun run) {
        String node = run.node() == null ? "" : run.node();
        return run.resumedFrom() == null ? node : node + " · " + run.resumptionText();
    }

    private static String duration(Duration duration) {
        return duration == null ? "" : DurationWords.of(duration);
    }
}
