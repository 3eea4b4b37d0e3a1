package org.pledgetrack.ui.grant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

/** The progress-report calendar's files for BJA: overseers make them and download them there; grantees do not see them. */
class BjaReportFilesViewTests extends KaribuViewTests {

    @Autowired GrantService grants;
    @Autowired UserRepository users;

    @Test
    void theOverseerMakesTheFirstPeriodsPdfForBjaAndGetsItsDownloadLink() throws InterruptedException {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("grants/" + wichitaGrantId());
        GrantDetailView view = _get(GrantDetailView.class);

        BjaReportFiles files = (BjaReportFiles) GridKt._getCellComponent(view.reports.reports, 0, "bja");
        _click(files.pdf);
        // the report job writes the file in the background; the page's poller shows the link once it is ready
        for (int i = 0; i < 300 && files.state.getChildren().findAny().isEmpty(); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }

        assertThat(files.state.getChildren()).singleElement().isInstanceOfSatisfying(Anchor.class,
                link -> assertThat(link.getText()).isEqualTo("Download PDF"));
    }

    @Test
    void theGranteeHasNoFilesForBja() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("grants/" + wichitaGrantId());

        assertThat(_get(GrantDetailView.class).reports.reports.getColumnByKey("bja")).isNull();
    }

    private long wichitaGrantId() {
        return grants.visibleGrants(Users.signedIn(users, DemoAccounts.OVERSEER)).stream()
                .filter(g -> g.awardNumber().equals(DemoGrantAwards.WICHITA_FY2020)).map(GrantSummary::id)
                .findFirst().orElseThrow();
    }
}
