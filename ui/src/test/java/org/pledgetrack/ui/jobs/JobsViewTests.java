package org.pledgetrack.ui.jobs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.launch.JobChoice;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.lease.NodeId;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.HumanDates;
import org.springframework.beans.factory.annotation.Autowired;

class JobsViewTests extends KaribuViewTests {

    @Autowired
    private SnapshotService snapshots;
    @Autowired
    private NodeId node;

    @Test
    @SuppressWarnings("unchecked")
    void runningTheJobFromTheScreenFillsTheProgressBarAndAddsARun() throws InterruptedException {
        Instant beforeTheRun = Instant.now();
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("jobs");
        assertThat(((Select<JobChoice>) _get(Select.class)).getValue().name()).isEqualTo("pledgeStatus");

        _click(_get(Button.class, spec -> spec.withText("Run now")));

        ProgressBar progress = _get(ProgressBar.class);
        Button run = _get(Button.class, spec -> spec.withText("Run now"));
        for (int i = 0; i < 300 && !run.isEnabled(); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(run.isEnabled()).isTrue();
        assertThat(progress.getValue()).isEqualTo(1.0);
        Grid<JobRun> runs = _get(Grid.class);
        JobRun latest = runs.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(latest.launchedBy()).isEqualTo("Theo Advisor (demo)");
        assertThat(latest.status()).isEqualTo("COMPLETED");
        assertThat(latest.node()).isEqualTo(node.value());
        assertThat(GridKt._getFormattedRow(runs, 0)).contains("Completed", "Theo Advisor (demo)", node.value())
                .doesNotContain("COMPLETED", DemoAccounts.TA_STAFF);
        assertThat(_get(Span.class, spec -> spec.withClasses("progress-text")).getText()).endsWith("· Completed");
        assertThat(latest.read()).isEqualTo(latest.total()).isPositive();
        Instant computedAt = snapshots.computedAt(LocalDate.now(ZoneOffset.UTC)).orElseThrow();
        assertThat(computedAt).isAfter(beforeTheRun);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("numbers-as-of")).getText())
                .isEqualTo("Numbers as of " + HumanDates.exact(computedAt) + " · recomputed every night");
    }
}
