package org.pledgetrack.ui.grant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.grant.TaEvent;
import org.pledgetrack.core.grant.TaEventKind;
import org.pledgetrack.core.grant.TaEventService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

/** The TA event form on the grant page: TA staff plan one event for two grants' sites with each site's attendance. */
class TaEventViewTests extends KaribuViewTests {

    @Autowired GrantService grants;
    @Autowired UserRepository users;
    @Autowired TaEventService events;

    @Test
    void taStaffPlanAnEventForTwoGrantsAndEachGrantShowsItOnceAsADeliverable() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("grants/" + grantId(DemoGrantAwards.WICHITA_CONTINUATION));
        GrantDetailView view = _get(GrantDetailView.class);

        _click(view.events.planButton);
        TaEventDialog dialog = _get(TaEventDialog.class);
        assertThat(dialog.provider.isReadOnly()).as("TA staff plan for their own provider").isTrue();
        dialog.title.setValue("Peer convening: outreach partnerships");
        dialog.kind.setValue(TaEventKind.CONVENING);
        dialog.heldOn.setValue(LocalDate.of(2027, 3, 10));
        dialog.hours.setValue(new BigDecimal("6"));
        dialog.grants.setValue(choices(dialog, DemoGrantAwards.WICHITA_CONTINUATION, "15PBJA-24-GG-03107-BCJI"));
        assertThat(dialog.attendees).hasSize(2);
        dialog.attendees.values().forEach(field -> field.setValue(20_000));
        _click(dialog.save);

        assertThat(dialog.isOpened()).as("an attendance past core's limit stays at its field").isTrue();
        assertThat(dialog.attendees.values()).allMatch(field -> field.isInvalid());
        assertThat(dialog.error.getText()).isEqualTo("Check the fields marked above.");

        dialog.attendees.values().forEach(field -> field.setValue(9));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view.events.events)).extracting(TaEvent::title).contains("Peer convening: outreach partnerships");
        assertThat(rows(view.deliverables.deliverables)).filteredOn(Deliverable::ofEvent)
                .extracting(Deliverable::title).containsOnlyOnce("Peer convening: outreach partnerships");

        TaEvent onDaytonsGrant = events.eventsOfGrant(Users.signedIn(users, DemoAccounts.OVERSEER),
                grantId("15PBJA-24-GG-03107-BCJI")).stream()
                .filter(e -> e.title().equals("Peer convening: outreach partnerships")).findFirst().orElseThrow();
        assertThat(onDaytonsGrant.sites()).hasSize(2);
        assertThat(onDaytonsGrant.totalAttendees()).isEqualTo(18);
    }

    @Test
    void overseersReadTheDemoConveningOnEachGrantItServedButDoNotPlanEvents() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("grants/" + grantId("15PBJA-24-GG-03107-BCJI"));
        GrantDetailView dayton = _get(GrantDetailView.class);

        assertThat(dayton.events.planButton.isVisible()).isFalse();
        TaEvent convening = rows(dayton.events.events).stream()
                .filter(e -> e.title().equals("National convening of new BCJI sites (demo)")).findFirst().orElseThrow();
        assertThat(convening.sites()).extracting(TaEvent.Site::name).hasSize(4)
                .contains("Columbus Division of Police");
        int row = rows(dayton.events.events).indexOf(convening);
        assertThat(GridKt._getCellComponent(dayton.events.events, row, "edit").isVisible())
                .as("no Edit for overseers").isFalse();
    }

    @Test
    void theTitleIsRequiredAtItsField() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("grants/" + grantId(DemoGrantAwards.WICHITA_CONTINUATION));
        _click(_get(GrantDetailView.class).events.planButton);
        TaEventDialog dialog = _get(TaEventDialog.class);
        dialog.heldOn.setValue(LocalDate.of(2027, 3, 10));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter a title.");
    }

    private Set<GrantDetail.Organization> choices(TaEventDialog dialog, String... awardNumbers) {
        List<GrantDetail.Organization> all = dialog.grants.getListDataView().getItems().toList();
        return Set.copyOf(all.stream().filter(g -> List.of(awardNumbers).stream().anyMatch(a -> g.name().contains(a)))
                .toList());
    }

    private long grantId(String awardNumber) {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        return grants.visibleGrants(overseer).stream().filter(g -> g.awardNumber().equals(awardNumber))
                .map(GrantSummary::id).findFirst().orElseThrow();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
