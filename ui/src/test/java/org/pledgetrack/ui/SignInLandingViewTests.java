package org.pledgetrack.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgetrack.core.account.ManagedAccount;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.ui.admin.UsersView;
import org.pledgetrack.ui.agency.AgenciesView;
import org.pledgetrack.ui.pledge.MyPledgeView;
import org.pledgetrack.ui.portfolio.PortfolioView;
import org.pledgetrack.ui.security.LoginView;

class SignInLandingViewTests extends KaribuViewTests {

    @Test
    void anonymousVisitorIsSentToTheLoginView() {
        navigateTo("");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void agencyUserLandsOnTheirPledgeWithRealNumbers() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("");
        assertThat(currentView()).isInstanceOf(MyPledgeView.class);
        assertThat(_get(H2.class, spec -> spec.withText("Wichita Police Department"))).isNotNull();
        assertThat(navLabels()).containsExactly("My pledge", "Grants and TA", "TA requests", "Dashboard", "Reports",
                "API tokens");
    }

    @Test
    void daytonAgencyUserSeesDaytonNotWichita() {
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("");
        assertThat(currentView()).isInstanceOf(MyPledgeView.class);
        assertThat(_get(H2.class, spec -> spec.withText("Dayton Police Department"))).isNotNull();
        _assertNone(H2.class, spec -> spec.withText("Wichita Police Department"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void taStaffLandsOnTheirPortfolioOfAssignedAgencies() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("");
        assertThat(currentView()).isInstanceOf(PortfolioView.class);
        Grid<AgencyProgress> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().map(AgencyProgress::agencyName))
                .contains("Wichita Police Department", "Dayton Police Department").hasSize(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void overseerLandsOnAllAgencies() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("");
        assertThat(currentView()).isInstanceOf(AgenciesView.class);
        Grid<AgencyProgress> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminLandsOnAccounts() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("");
        assertThat(currentView()).isInstanceOf(UsersView.class);
        Grid<ManagedAccount> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().map(row -> row.account().username()))
                .contains(DemoAccounts.WICHITA_AGENCY, DemoAccounts.ADMIN);
        assertThat(navLabels()).contains("Portfolio", "Agencies", "Accounts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin/accounts", "portfolio", "agencies", "jobs"})
    void agencyUserIsRefusedAdminAndStaffRoutes(String route) {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        assertThatThrownBy(() -> navigateTo(route))
                .isInstanceOf(MockAccessDeniedException.class)
                .hasMessageContaining("denied by annotations");
        _assertNone(Grid.class);
    }

    private static Component currentView() {
        return UI.getCurrent().getCurrentView();
    }

    private static java.util.List<String> navLabels() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream()
                .map(SideNavItem::getLabel).toList();
    }
}
