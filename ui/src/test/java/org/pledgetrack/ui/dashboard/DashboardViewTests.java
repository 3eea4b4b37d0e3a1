package org.pledgetrack.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.AgencyStatusRow;
import org.pledgetrack.core.snapshot.PortfolioDashboard;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.core.snapshot.StateRow;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.BarChart;
import org.pledgetrack.ui.components.DataTable;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.LineChart;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboards show the snapshot numbers the demo data's first start computed. */
class DashboardViewTests extends KaribuViewTests {

    @Autowired
    private SnapshotService snapshots;
    @Autowired
    private UserRepository users;
    @Autowired
    private SnapshotJobLauncher launcher;

    @Test
    @SuppressWarnings("unchecked")
    void overseerSeesNationalNumbersChartsAndStates() {
        PortfolioDashboard expected = snapshots.portfolio(Users.signedIn(users, DemoAccounts.OVERSEER), 30).orElseThrow();
        signInAs(DemoAccounts.OVERSEER);

        navigateTo("dashboard");

        assertThat(_get(H2.class).getText()).startsWith("National progress as of");
        assertThat(factValue("Agencies")).isEqualTo(Integer.toString(expected.agencies()));
        assertThat(_find(BarChart.class)).hasSize(2);
        assertThat(_find(LineChart.class)).hasSize(1);
        assertThat(_find(DataTable.class)).hasSize(3);
        Grid<StateRow> states = _get(Grid.class, spec -> spec.withClasses("states-grid"));
        assertThat(states.getGenericDataView().getItems().map(StateRow::state)).contains("KS", "OH");
        assertThat(expected.trend()).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void taStaffSeesTheirPortfolioAndReviewBacklog() {
        signInAs(DemoAccounts.TA_STAFF);

        navigateTo("dashboard");

        assertThat(_get(H2.class).getText()).startsWith("My portfolio as of");
        Grid<AgencyStatusRow> agencies = _get(Grid.class, spec -> spec.withClasses("agencies-grid"));
        assertThat(agencies.getGenericDataView().getItems().map(AgencyStatusRow::agencyName))
                .contains("Wichita Police Department", "Dayton Police Department").hasSize(5);
        int waiting = agencies.getGenericDataView().getItems().mapToInt(AgencyStatusRow::waitingReview).sum();
        assertThat(factValue("Waiting for review")).isEqualTo(Integer.toString(waiting));
    }

    @Test
    void agencySeesItsOwnProgressBesideTheNationalMedian() {
        signInAs(DemoAccounts.WICHITA_AGENCY);

        navigateTo("dashboard");

        assertThat(_get(H2.class).getText()).startsWith("Wichita Police Department as of");
        assertThat(_find(LineChart.class)).hasSize(1);
        assertThat(_find(DataTable.class).stream().map(t -> t.getElement().getChild(1).getChild(0).getChildren()
                .map(th -> th.getText()).toList())).contains(List.of("As-of date", "My agency", "National median"));
    }

    @Test
    void everyDashboardSaysWhenItsNumbersWereComputed() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        LocalDate latest = snapshots.latestAsOf().orElseThrow();
        LocalDate wichitasLatest = snapshots.agency(wichita, wichita.organizationId(), 30).orElseThrow().asOf();
        // the tests switch the automatic refresh off, so the nightly run is what keeps the numbers fresh
        String computed = "Numbers as of " + HumanDates.exact(snapshots.computedAt(latest).orElseThrow())
                + " · recomputed every night";

        for (String username : List.of(DemoAccounts.OVERSEER, DemoAccounts.TA_STAFF, DemoAccounts.WICHITA_AGENCY)) {
            signInAs(username);
            navigateTo("dashboard");
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("numbers-as-of")).getText()).as(username)
                    .isEqualTo(computed);
        }
        assertThat(wichitasLatest).isEqualTo(latest);
    }

    @Test
    void openDashboardShowsNumbersRecomputedWhileItIsOpen() {
        LocalDate latest = snapshots.latestAsOf().orElseThrow();
        Instant shown = snapshots.computedAt(latest).orElseThrow();
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("dashboard");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DashboardView.POLL_MILLIS);

        launcher.runNow("pledgeStatus", latest, "test");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        Instant recomputed = snapshots.computedAt(latest).orElseThrow();
        assertThat(recomputed).isAfter(shown);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("numbers-as-of")).getText())
                .startsWith("Numbers as of " + HumanDates.exact(recomputed));
        assertThat(_find(H2.class)).hasSize(1);
    }

    private static String factValue(String label) {
        Span caption = _get(Span.class, spec -> spec.withText(label).withClasses("fact-label"));
        return ((Span) caption.getParent().orElseThrow().getChildren().toList().get(1)).getText();
    }
}
