package org.pledgetrack.ui.pledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.pledgetrack.ui.components.HumanDates;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IACP's recognition on the pledge pages (the overseer records it, the agency sees it), the dossier
 * button for those who may download it, and past deadline in the agency list.
 */
class RecognitionViewTests extends KaribuViewTests {

    @Autowired UserRepository users;

    @Test
    void theOverseerRecognizesWichitaAndWichitaSeesItOnMyPledge() {
        long wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId();
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("agencies/" + wichita + "/pledge");
        DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("Date of recognition"));
        var recognizedOn = date.getValue().minusDays(2);
        date.setValue(recognizedOn);
        assertThat(_get(Button.class, spec -> spec.withText("Record completion")).isEnabled())
                .as("Wichita's items are not all verified").isFalse();

        _click(_get(Button.class, spec -> spec.withText("Record recognition")));

        _assertNone(Button.class, spec -> spec.withText("Record recognition"));
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("my-pledge");
        assertThat(_get(Span.class, spec -> spec.withText("Recognized on " + HumanDates.date(recognizedOn))))
                .isNotNull();
    }

    @Test
    void taStaffNoLongerRecordRecognitionButPrepareTheDossier() {
        CurrentUser wichitaUser = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("agencies/" + wichitaUser.organizationId() + "/pledge");

        _assertNone(Button.class, spec -> spec.withText("Record recognition"));
        _assertNone(Button.class, spec -> spec.withText("Mark complete"));
        _get(Button.class, spec -> spec.withText("Prepare dossier (ZIP)"));
    }

    @Test
    void adminsAreNotOfferedTheDossier() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("agencies/" + Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId() + "/pledge");

        _assertNone(Button.class, spec -> spec.withText("Prepare dossier (ZIP)"));
        _get(Button.class, spec -> spec.withText("Withdraw pledge"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgencyListShowsDurhamPastItsDeadline() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("agencies");
        AgencyProgressGrid grid = _get(AgencyProgressGrid.class);

        _get(Select.class, spec -> spec.withLabel("Schedule")).setValue(ScheduleStatus.PAST_DEADLINE);

        List<AgencyProgress> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).extracting(AgencyProgress::agencyName).contains("Durham Police Department");
        assertThat(rows).allSatisfy(row -> assertThat(row.scheduleStatus()).isEqualTo(ScheduleStatus.PAST_DEADLINE));
    }
}
