package org.pledgetrack.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.ReviewEntry;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.springframework.beans.factory.annotation.Autowired;

/** The TA review desk and the lazy portfolio grid. */
class ReviewAndPortfolioViewTests extends KaribuViewTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired UserRepository users;

    @Test
    @SuppressWarnings("unchecked")
    void reviewerReturnsAnItemOnlyWithAComment() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        long itemId = Items.item(pledges, dayton, dayton.organizationId(), 18).id();
        Grid<ReviewEntry> grid = reviewQueueAs(DemoAccounts.TA_STAFF);
        int row = rowOf(grid, itemId);
        assertThat(GridKt._get(grid, row).agencyName()).isEqualTo("Dayton Police Department");
        _click(_get(GridKt._getCellComponent(grid, row, "review"), Button.class, spec -> spec.withText("Return…")));
        _click(_get(Button.class, spec -> spec.withText("Return to agency")));
        NotificationsKt.expectNotifications("Write a comment telling the agency what is missing.");
        assertThat(_get(Dialog.class).isOpened()).isTrue();

        _get(TextArea.class, spec -> spec.withLabel("What is missing?")).setValue("Attach the signed policy.");
        _click(_get(Button.class, spec -> spec.withText("Return to agency")));
        _assertNone(Dialog.class);
        assertThat(items.detail(dayton, itemId).item().status()).isEqualTo(ItemStatus.RETURNED);
        assertThat(items.detail(dayton, itemId).comments()).last()
                .satisfies(c -> assertThat(c.body()).isEqualTo("Attach the signed policy."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewerVerifiesFromTheQueue() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        long itemId = Items.item(pledges, dayton, dayton.organizationId(), 19).id();
        Grid<ReviewEntry> grid = reviewQueueAs(DemoAccounts.TA_STAFF);
        _click(_get(GridKt._getCellComponent(grid, rowOf(grid, itemId), "review"), Button.class,
                spec -> spec.withText("Verify")));
        assertThat(items.detail(dayton, itemId).item().status()).isEqualTo(ItemStatus.VERIFIED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void overseerSeesTheQueueReadOnly() {
        Grid<ReviewEntry> grid = reviewQueueAs(DemoAccounts.OVERSEER);
        assertThat(GridKt._size(grid)).isPositive();
        _assertNone(Button.class, spec -> spec.withText("Verify"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void portfolioFiltersInTheDatabase() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("portfolio");
        Grid<AgencyProgress> grid = _get(AgencyProgressGrid.class);
        assertThat(GridKt._size(grid)).isEqualTo(5);

        _get(TextField.class, spec -> spec.withLabel("Search")).setValue("dayton");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        AgencyProgress dayton = GridKt._get(grid, 0);
        assertThat(dayton.agencyName()).isEqualTo("Dayton Police Department");
        assertThat(dayton.areas()).hasSize(6);
        assertThat(dayton.scheduleStatus()).isNotNull();
        assertThat(GridKt._getFormatted(grid, 0, "pledge")).isEqualTo(dayton.pledgeStatus().label());

        _get(TextField.class, spec -> spec.withLabel("Search")).setValue("");
        _get(ComboBox.class, spec -> spec.withLabel("State")).setValue("OH");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).state()).isEqualTo("OH");
        assertThat(GridKt._get(grid, 1).state()).isEqualTo("OH");
    }

    @SuppressWarnings("unchecked")
    private Grid<ReviewEntry> reviewQueueAs(String username) {
        signInAs(username);
        navigateTo("review");
        return _get(Grid.class, spec -> spec.withClasses("review-grid"));
    }

    private static int rowOf(Grid<ReviewEntry> grid, long itemId) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).item().id() == itemId) {
                return row;
            }
        }
        throw new AssertionError("Item " + itemId + " is not in the review queue");
    }
}
