package org.pledgetrack.ui.grant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.grant.GranteeReportStatus;
import org.pledgetrack.core.grant.PartnerRole;
import org.pledgetrack.core.grant.ReportReview;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.DemoGrants;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.TextPromptDialog;
import org.pledgetrack.ui.error.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

class GrantViewTests extends KaribuViewTests {

    @Autowired GrantService grants;
    @Autowired CatalogService catalog;
    @Autowired UserRepository users;

    @Test
    void grantListFiltersByOverdueAndOpensTheGrant() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("grants");
        GrantsView view = _get(GrantsView.class);
        assertThat(rows(view)).extracting(GrantSummary::awardNumber).containsExactly(DemoGrantAwards.WICHITA_FY2020,
                DemoGrantAwards.WICHITA_CONTINUATION, DemoGrantAwards.SEDGWICK_PLANNING);
        view.overdueOnly.setValue(true);
        assertThat(rows(view)).extracting(GrantSummary::awardNumber)
                .containsExactly(DemoGrantAwards.WICHITA_CONTINUATION);
        view.state.setValue("OH");
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void anAwardThatHasEndedReadsClosedInThePhaseColumn() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("grants");
        GrantsView view = _get(GrantsView.class);
        int fy2020 = rows(view).stream().map(GrantSummary::awardNumber).toList().indexOf(DemoGrantAwards.WICHITA_FY2020);
        assertThat(GridKt._getFormattedRow(view.grid, fy2020)).contains("Closed");
    }

    @Test
    void taStaffPlansAndRecordsATrainingLinkedToAPledgeItemAndTheItemListShowsIt() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("grants/" + wichitaGrantId());
        GrantDetailView view = _get(GrantDetailView.class);

        _click(view.deliverables.planButton);
        DeliverableDialog plan = _get(DeliverableDialog.class);
        plan.title.setValue("Implicit bias workshop for supervisors");
        plan.dueOn.setValue(LocalDate.of(2027, 3, 1));
        plan.scheduledOn.setValue(LocalDate.of(2026, 11, 3));
        plan.items.setValue(Set.of(catalog.currentVersion().items().stream()
                .filter(i -> i.number() == 14).findFirst().orElseThrow()));
        _click(plan.save);

        Deliverable planned = rows(view.deliverables.deliverables).stream()
                .filter(d -> d.title().equals("Implicit bias workshop for supervisors")).findFirst().orElseThrow();
        assertThat(planned.status()).isEqualTo(DeliverableStatus.SCHEDULED);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("14. ") && t.contains("Implicit bias workshop for supervisors"));

        view.deliverables.deliverables.select(planned);
        _click(view.deliverables.deliveryButton);
        DeliveryDialog delivery = _get(DeliveryDialog.class);
        delivery.deliveredOn.setValue(LocalDate.of(2026, 11, 2));
        delivery.attendees.setValue(14);
        _click(delivery.save);
        assertThat(delivery.isOpened()).isTrue();
        assertThat(delivery.error.getText())
                .isEqualTo("The delivered date cannot be before the scheduled date (2026-11-03).");

        delivery.deliveredOn.setValue(LocalDate.of(2026, 11, 3));
        delivery.hours.setValue(new BigDecimal("4"));
        _click(delivery.save);
        assertThat(rows(view.deliverables.deliverables)).filteredOn(d -> d.id() == planned.id())
                .extracting(Deliverable::status).containsExactly(DeliverableStatus.DELIVERED);
    }

    @Test
    void deliverableTextIsShownAsTextNotHtml() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("grants/" + wichitaGrantId());
        GrantDetailView view = _get(GrantDetailView.class);
        _click(view.deliverables.planButton);
        DeliverableDialog plan = _get(DeliverableDialog.class);
        plan.title.setValue("<script>alert('title')</script>");
        plan.description.setValue("<img src=x onerror=alert(1)>");
        plan.dueOn.setValue(LocalDate.of(2027, 3, 1));
        _click(plan.save);

        Deliverable planned = rows(view.deliverables.deliverables).stream()
                .filter(d -> d.title().equals("<script>alert('title')</script>")).findFirst().orElseThrow();
        Paragraph description = _get(DeliverablesPanel.deliverableDetails(planned), Paragraph.class,
                spec -> spec.withText("<img src=x onerror=alert(1)>"));
        assertThat(description.getElement().getChildren()).singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
    }

    @Test
    void agencySeesDeliverablesReadOnlyWithTheOverduePeerExchangeAndCanAcceptDeliveredOnes() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("grants/" + wichitaGrantId());
        GrantDetailView view = _get(GrantDetailView.class);
        assertThat(view.deliverables.planButton.isVisible()).isFalse();
        assertThat(view.deliverables.editButton.isVisible()).isFalse();
        assertThat(view.deliverables.acceptButton.isVisible()).isTrue();
        assertThat(rows(view.deliverables.deliverables)).filteredOn(Deliverable::overdue).extracting(Deliverable::title)
                .contains("Peer exchange with Dayton PD outreach unit");
        Deliverable peerExchange = rows(view.deliverables.deliverables).stream().filter(Deliverable::overdue).findFirst().orElseThrow();
        assertThat(DeliverableBadges.status(peerExchange).getText()).isEqualTo("Overdue");
        assertThat(rows(view.reports.reports)).as("six semi-annual reports and the final one").hasSize(7);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("19. ") && t.contains("Trauma-informed response for patrol"));
    }

    @Test
    void overseerSeesTheDaytonGrantsFundsAtRiskInTheListTheFilterAndTheGrantPage() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("grants");
        GrantsView list = _get(GrantsView.class);
        list.fundsAtRiskOnly.setValue(true);
        assertThat(rows(list)).extracting(GrantSummary::awardNumber).containsExactly("15PBJA-24-GG-03107-BCJI");

        navigateTo("grants/" + rows(list).getFirst().id());
        assertThat(_find(_get(GrantHeaderPanel.class), Span.class, spec -> spec.withText("Funds at risk"))).hasSize(1);
        assertThat(rows(_get(GrantDetailView.class).reports.reports)).extracting(GranteeReport::status)
                .contains(GranteeReportStatus.FUNDS_AT_RISK);
    }

    @Test
    void overseerReturnsTheSubmittedReportWithACommentAndTheGranteeSeesItAndCanEditAgain() {
        signInAs(DemoAccounts.OVERSEER);
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        // Dayton's latest report waits for the overseer
        GranteeReport submitted = grants.reportSchedule(overseer,
                        DemoGrants.byAward(grants, overseer, DemoGrantAwards.DAYTON).id())
                .stream().filter(r -> r.review() == ReportReview.SUBMITTED).findFirst().orElseThrow();
        navigateTo("progress-reports/" + submitted.id());
        ProgressReportView view = _get(ProgressReportView.class);
        assertThat(view.accomplishments.isReadOnly()).as("the overseer reads the answers").isTrue();
        assertThat(view.accomplishments.getValue()).isNotBlank();
        _click(view.returnButton);
        TextPromptDialog dialog = _get(TextPromptDialog.class);
        dialog.confirmWith("Add the number of people housed.");

        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("grants");
        navigateTo("progress-reports/" + submitted.id());
        view = _get(ProgressReportView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withText("Add the number of people housed."))).hasSize(1);
        assertThat(view.accomplishments.isReadOnly()).isFalse();
        assertThat(view.submitButton.isVisible()).isTrue();
        assertThat(view.counts).hasSize(4);
    }

    @Test
    void overseerAddsAPartnerInARoleWithAContactAndRemovesIt() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("grants/" + wichitaGrantId());
        _click(_get(PartnersPanel.class).addButton);
        PartnerDialog dialog = _get(PartnerDialog.class);
        dialog.organization.setValue(dialog.organization.getListDataView().getItems()
                .filter(o -> o.name().equals("University of Dayton Business Research Group")).findFirst().orElseThrow());
        dialog.role.setValue(PartnerRole.RESEARCH_PARTNER);
        dialog.contactName.setValue("Dr. Robin Research");
        dialog.contactEmail.setValue("not-an-address");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Check the fields marked above.");

        dialog.contactEmail.setValue("robin@example.org");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(_get(PartnersPanel.class).partners)).extracting(p -> p.name() + " / " + p.role() + " / "
                + p.contactEmail()).contains("University of Dayton Business Research Group / Research partner / "
                + "robin@example.org");

        Grid<GrantDetail.Partner> grid = _get(PartnersPanel.class).partners;
        int row = rows(grid).stream().map(GrantDetail.Partner::name).toList()
                .indexOf("University of Dayton Business Research Group");
        _click((Button) GridKt._getCellComponent(grid, row, "remove"));
        assertThat(rows(_get(PartnersPanel.class).partners)).extracting(GrantDetail.Partner::name)
                .doesNotContain("University of Dayton Business Research Group");
    }

    @Test
    void tamperedGrantIdShowsNoAccess() {
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("grants/" + wichitaGrantId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(GrantDetailView.class)).isEmpty();
    }

    @Test
    void myDeliverablesListsTheOverduePeerExchangeForTaStaffOnly() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("my-deliverables");
        MyDeliverablesView view = _get(MyDeliverablesView.class);
        assertThat(rows(view.overdue)).extracting(Deliverable::title)
                .contains("Peer exchange with Dayton PD outreach unit");
        assertThat(rows(view.recentlyDelivered)).extracting(Deliverable::status)
                .allMatch(s -> s == DeliverableStatus.DELIVERED || s == DeliverableStatus.ACCEPTED);

        signInAs(DemoAccounts.WICHITA_AGENCY);
        assertThatThrownBy(() -> navigateTo("my-deliverables")).isInstanceOf(MockAccessDeniedException.class);
    }

    /** Wichita's current grant: the continuation in its implementation phase. */
    private long wichitaGrantId() {
        return DemoGrants.wichitaCurrent(grants, Users.signedIn(users, DemoAccounts.TA_STAFF)).id();
    }

    private static List<GrantSummary> rows(GrantsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
