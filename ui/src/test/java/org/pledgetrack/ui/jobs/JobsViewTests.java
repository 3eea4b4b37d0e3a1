package org.pledgetrack.ui.jobs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.launch.JobChoice;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.ui.KaribuViewTests;

class JobsViewTests extends KaribuViewTests {

    @Test
    @SuppressWarnings("unchecked")
    void runningTheJobFromTheScreenFillsTheProgressBarAndAddsARun() throws InterruptedException {
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
        assertThat(latest.launchedBy()).isEqualTo(DemoAccounts.TA_STAFF);
        assertThat(latest.status()).isEqualTo("COMPLETED");
        assertThat(latest.read()).isEqualTo(latest.total()).isPositive();
    }
}
