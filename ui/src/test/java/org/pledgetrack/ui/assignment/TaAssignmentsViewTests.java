package org.pledgetrack.ui.assignment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.assignment.AssignmentPeriod;
import org.pledgetrack.core.assignment.TaStaffMember;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.pledgetrack.ui.components.EmptyState;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin assigns a new TA staff member to an agency on the TA assignments page, the agency shows
 * in that person's portfolio, and ending the assignment takes it out and keeps it in the history.
 */
class TaAssignmentsViewTests extends KaribuViewTests {

    @Autowired UserRepository users;
    @Autowired AgencyService agencies;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void adminAssignsANewTaStaffMemberWhosePortfolioShowsTheAgencyUntilTheAssignmentEnds() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long providerId = Users.signedIn(users, DemoAccounts.TA_STAFF).organizationId();
        users.insert(new NewUser("tessa.new", null, "Tessa New", "tessa.new@example.org", Role.TA_STAFF, providerId),
                "{noop}not-a-real-password", clock.instant());
        Agency dayton = agencies.visibleAgencies(admin).stream()
                .filter(a -> a.name().equals("Dayton Police Department")).findFirst().orElseThrow();

        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/ta-assignments");
        Grid<TaStaffMember> staff = _get(Grid.class, spec -> spec.withClasses("ta-staff-grid"));
        staff.select(GridKt._get(staff, rowOf(staff, "tessa.new")));

        _click(_get(Button.class, spec -> spec.withText("Assign to agency")));
        ComboBox<Agency> agencyField = _get(ComboBox.class, spec -> spec.withLabel("Agency"));
        assertThat(agencyField.isInvalid()).as("nothing chosen: refused at the field").isTrue();
        assertThat(agencyField.getErrorMessage()).isEqualTo("Choose an agency.");

        agencyField.setValue(dayton);
        _click(_get(Button.class, spec -> spec.withText("Assign to agency")));

        Grid<AssignmentPeriod> current = _get(Grid.class, spec -> spec.withClasses("current-assignments"));
        assertThat(GridKt._size(current)).isEqualTo(1);
        assertThat(GridKt._getFormatted(current, 0, "assignedTo")).isEqualTo("Agency: Dayton Police Department");
        assertThat(GridKt._getFormatted(current, 0, "started")).endsWith(" UTC by " + admin.displayName());
        assertThat(GridKt._getFormatted(staff, rowOf(staff, "tessa.new"), "agencies")).isEqualTo("1");
        assertThat(portfolioOf("tessa.new")).containsExactly("Dayton Police Department");

        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/ta-assignments");
        staff = _get(Grid.class, spec -> spec.withClasses("ta-staff-grid"));
        staff.select(GridKt._get(staff, rowOf(staff, "tessa.new")));
        current = _get(Grid.class, spec -> spec.withClasses("current-assignments"));
        _click(_get(GridKt._getCellComponent(current, 0, "end"), Button.class, spec -> spec.withText("End")));

        assertThat(current.isVisible()).as("nothing current any more").isFalse();
        Grid<AssignmentPeriod> ended = _get(Grid.class, spec -> spec.withClasses("ended-assignments"));
        assertThat(GridKt._getFormatted(ended, 0, "assignedTo")).isEqualTo("Agency: Dayton Police Department");
        assertThat(GridKt._getFormatted(ended, 0, "ended")).endsWith(" UTC by " + admin.displayName());
        assertThat(portfolioOf("tessa.new")).isEmpty();
    }

    private java.util.List<String> portfolioOf(String username) {
        signInAs(username);
        navigateTo("portfolio");
        if (_find(AgencyProgressGrid.class).isEmpty()) {
            _get(EmptyState.class); // "No agencies assigned", what the page says instead of an empty grid
            return java.util.List.of();
        }
        Grid<AgencyProgress> grid = _get(AgencyProgressGrid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).agencyName()).toList();
    }

    private static int rowOf(Grid<TaStaffMember> grid, String username) {
        return IntStream.range(0, GridKt._size(grid)).filter(row -> GridKt._get(grid, row).username().equals(username))
                .findFirst().orElseThrow();
    }
}
