package org.pledgetrack.ui.pledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.error.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

/** The agency's pledge and item pages: what they show and that their actions reach core. */
class PledgeViewTests extends KaribuViewTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired UserRepository users;
    @Autowired ScheduleRule scheduleRule;

    PledgeItem wichitaItem(int number) {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        return Items.item(pledges, wichita, wichita.organizationId(), number);
    }

    @Test
    @SuppressWarnings("unchecked")
    void myPledgeListsTheItemsOfEveryFocusAreaAndExplainsTheSchedule() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("my-pledge");

        List<Grid<PledgeItem>> grids = _find(Grid.class, spec -> spec.withClasses("item-grid")).stream()
                .map(grid -> (Grid<PledgeItem>) grid).toList();
        assertThat(grids).hasSize(6);
        assertThat(grids.stream().mapToInt(GridKt::_size).sum()).isEqualTo(25);
        assertThat(GridKt._get(grids.getFirst(), 0).number()).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withText(scheduleRule.explanation()))).isNotNull();
    }

    @Test
    void itemPageSaysWhenTheTargetDateIsAfterThePledgesDeadline() {
        PledgeItem item = wichitaItem(19);
        LocalDate deadline = pledges.overview(Users.signedIn(users, DemoAccounts.WICHITA_AGENCY), item.agencyId())
                .orElseThrow().targetOn();
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());
        _assertNone(Paragraph.class, spec -> spec.withClasses("target-after-deadline"));

        _get(DatePicker.class, spec -> spec.withLabel("Target date")).setValue(deadline.plusMonths(4));
        _click(_get(Button.class, spec -> spec.withText("Save details")));

        assertThat(wichitaItem(19).targetOn()).isEqualTo(deadline.plusMonths(4));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("target-after-deadline")).getText())
                .contains("after the pledge's deadline of " + HumanDates.date(deadline));
    }

    @Test
    void itemPageShowsTheTaDeliveredForIt() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + wichitaItem(22).id());
        assertThat(_get(Span.class, spec -> spec.withClasses("ta-title").withText("Relationship-based policing course")))
                .isNotNull();

        navigateTo("pledge/item/" + wichitaItem(1).id());
        _assertNone(Span.class, spec -> spec.withClasses("ta-title"));
    }

    @Test
    void agencyStartsWorkOnAnItemAndTheHistoryShowsIt() {
        PledgeItem item = wichitaItem(24);
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());

        _assertNone(Button.class, spec -> spec.withText("Verify"));
        _click(_get(Button.class, spec -> spec.withText("Start work")));

        assertThat(_get(Span.class, spec -> spec.withClasses("status-badge").withText("In progress"))).isNotNull();
        assertThat(wichitaItem(24).status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(GridKt._size(_get(HistoryList.class))).isEqualTo(1);
        assertThat(HistoryList.what(GridKt._get(_get(HistoryList.class), 0))).isEqualTo("Status: Not started → In progress");
    }

    @Test
    void submittingWithoutEvidenceShowsWhatToDo() {
        PledgeItem item = wichitaItem(16);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());

        assertThat(_get(EvidencePanel.class).getChildren().findFirst().orElseThrow())
                .isInstanceOfSatisfying(Paragraph.class, p -> assertThat(p.getText()).startsWith("No evidence yet."));
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));
        NotificationsKt.expectNotifications("Add at least one piece of evidence (a file or a link) before submitting.");
        assertThat(wichitaItem(16).status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void staleDetailsFormGetsTheConflictDialog() {
        PledgeItem item = wichitaItem(25);
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());
        // someone else saves the same item meanwhile
        items.updateDetails(Users.signedIn(users, DemoAccounts.WICHITA_AGENCY), item.id(), item.version(),
                new org.pledgetrack.core.pledge.ItemDetailsChange("Capt. Reyes", null, null));

        _get(TextField.class, spec -> spec.withLabel("Owner")).setValue("Sgt. Lee");
        _click(_get(Button.class, spec -> spec.withText("Save details")));

        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getHeaderTitle()).isEqualTo("Someone else changed this");
        assertThat(wichitaItem(25).ownerName()).isEqualTo("Capt. Reyes");
        _click(_get(Button.class, spec -> spec.withText("Take theirs")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Owner")).getValue()).isEqualTo("Capt. Reyes");
    }

    @Test
    void commentsAreShownAsTextNotHtml() {
        PledgeItem item = wichitaItem(15);
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());
        _get(TextArea.class, spec -> spec.withLabel("New comment")).setValue("<img src=x onerror=alert(1)>");
        _click(_get(Button.class, spec -> spec.withText("Add comment")));

        Paragraph body = _get(Paragraph.class, spec -> spec.withClasses("comment-body"));
        assertThat(body.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(body.getElement().getChildren()).singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
    }

    @Test
    void refusedUploadTellsTheUserWhyAndAddsNoEvidence() {
        PledgeItem item = wichitaItem(15);
        int evidenceBefore = item.evidenceCount();
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());

        UploadKt._upload(_get(Upload.class), "../../etc/passwd.pdf", "application/pdf", Items.PDF);

        NotificationsKt.expectNotifications(
                "A file name cannot contain \"/\", \"\\\" or \":\". Rename the file and upload it again.");
        assertThat(wichitaItem(15).evidenceCount()).isEqualTo(evidenceBefore);
    }

    @Test
    void uploadOverTheLimitIsRefusedOnTheServerWithItsMessage() {
        PledgeItem item = wichitaItem(15);
        int evidenceBefore = item.evidenceCount();
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());

        // the browser's own size check is skipped, as a crafted request skips it
        UploadKt._upload(_get(Upload.class), "big.pdf", "application/pdf",
                Arrays.copyOf(Items.PDF, 20 * 1024 * 1024 + 1));

        NotificationsKt.expectNotifications("\"big.pdf\" is larger than the maximum of 20 MB.");
        assertThat(wichitaItem(15).evidenceCount()).isEqualTo(evidenceBefore);
    }

    @Test
    void anotherAgencysItemAddressShowsTheAccessPage() {
        PledgeItem wichitaItem = wichitaItem(2);
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("pledge/item/" + wichitaItem.id());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        _assertNone(ItemDetailsForm.class);

        navigateTo("pledge/item/not-a-number");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void taStaffCannotOpenAnUnassignedAgencysPledge() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long madison = Items.agencyId(pledges, overseer, "WI0130100");
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("agencies/" + madison + "/pledge");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void overseerReadsAnAgencyPledgeWithoutManagingIt() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("agencies/" + Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId() + "/pledge");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AgencyPledgeView.class);
        assertThat(_find(Grid.class, spec -> spec.withClasses("item-grid"))).hasSize(6);
        _assertNone(PledgeManagementForm.class);
    }

    @Test
    void taStaffManagesTheirAgencysPledge() {
        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("agencies/" + Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId() + "/pledge");
        PledgeManagementForm form = _get(PledgeManagementForm.class);
        assertThat(_get(form, Button.class, spec -> spec.withText("Withdraw pledge"))).isNotNull();
        // completion and recognition are IACP's to record
        _assertNone(Button.class, spec -> spec.withText("Mark complete"));
        _assertNone(RecognitionForm.class);
    }
}
