package org.pledgetrack.ui.request;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgetrack.ui.ClientInput.type;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.draft.DraftPlace;
import org.pledgetrack.core.draft.DraftService;
import org.pledgetrack.core.request.TaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.TaRequestStatus;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.RecordForm;
import org.pledgetrack.ui.components.TextDraft;
import org.pledgetrack.ui.components.TextPromptDialog;
import org.pledgetrack.ui.grant.DeliverableDialog;
import org.pledgetrack.ui.grant.DeliverableDialogAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TaRequestViewTests extends KaribuViewTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired DraftService drafts;
    @Autowired UserRepository users;

    @Test
    void agencySubmitsARequestAndTaStaffAcceptsItIntoADeliverable() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("ta-requests");
        TaRequestsView agencyView = _get(TaRequestsView.class);
        _click(agencyView.newRequest);
        TaRequestDialog form = _get(TaRequestDialog.class);
        _click(form.submit);
        assertThat(form.topic.isInvalid()).as("the refusal shows beside the field").isTrue();
        assertThat(form.topic.getErrorMessage()).isEqualTo(TaRequestService.TOPIC_MISSING);
        assertThat(form.description.getErrorMessage()).isEqualTo(TaRequestService.DESCRIPTION_MISSING);
        assertThat(form.error.getText()).isEqualTo(RecordForm.CHECK_THE_FIELDS);
        assertThat(form.submit.isEnabled()).isTrue();
        form.topic.setValue("Camp closure protocol");
        form.description.setValue("Help us write a protocol for encampment closures with outreach present.");
        form.urgency.setValue(Urgency.HIGH);
        _click(form.submit);
        TaRequest submitted = find(agencyView, "Camp closure protocol");
        assertThat(submitted.status()).isEqualTo(TaRequestStatus.SUBMITTED);

        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("grants"); // a new view instance for the new user
        navigateTo("ta-requests");
        TaRequestsView staffView = _get(TaRequestsView.class);
        staffView.grid.select(find(staffView, "Camp closure protocol"));
        staffView.grantForAcceptance.setValue(staffView.grantForAcceptance.getListDataView().getItems()
                .filter(grant -> grant.awardNumber().equals(DemoGrantAwards.WICHITA_CONTINUATION)).findFirst()
                .orElseThrow()); // the current grant: the FY2020 award ended in 2023
        _click(staffView.accept);
        DeliverableDialogAccess.saveWithDueDate(_get(DeliverableDialog.class), LocalDate.of(2027, 2, 15));
        TaRequest accepted = find(staffView, "Camp closure protocol");
        assertThat(accepted.status()).isEqualTo(TaRequestStatus.ACCEPTED);
        assertThat(accepted.deliverableId()).isNotNull();
        assertThat(accepted.firstResponseAt()).isNotNull();
    }

    @Test
    void taStaffDeclinesWithAReasonTheAgencyReads() {
        submitAsWichita("Drone policy", "Is there a model drone policy?");

        signInAs(DemoAccounts.TA_STAFF);
        navigateTo("grants"); // a new view instance for the new user
        navigateTo("ta-requests");
        TaRequestsView staffView = _get(TaRequestsView.class);
        staffView.grid.select(find(staffView, "Drone policy"));
        _click(staffView.decline);
        TextPromptDialog reason = _get(TextPromptDialog.class);
        reason.confirmWith(" ");
        assertThat(reason.errorText()).isEqualTo("Give a reason for declining.");
        reason.confirmWith("Outside BCJI scope; see the IACP model policy library.");
        assertThat(find(staffView, "Drone policy").responseNote())
                .isEqualTo("Outside BCJI scope; see the IACP model policy library.");
    }

    @Test
    void requestTextIsShownAsTextNotHtml() {
        TaRequestsView view = submitAsWichita("<b>Bold</b> topic", "<script>alert(document.cookie)</script>");

        Paragraph description = _get(TaRequestsView.details(find(view, "<b>Bold</b> topic")), Paragraph.class,
                spec -> spec.withText("<script>alert(document.cookie)</script>"));
        assertThat(description.getElement().getChildren()).singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
    }

    @Test
    void aDoubleClickedSubmitFilesOneRequest() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("ta-requests");
        TaRequestsView view = _get(TaRequestsView.class);
        _click(view.newRequest);
        TaRequestDialog form = _get(TaRequestDialog.class);
        assertThat(form.submit.isDisableOnClick()).isTrue();
        form.topic.setValue("Body-worn camera footage release");
        form.description.setValue("When may we release footage to families?");

        // the second click arrives before the browser disabled the button
        form.submit.click();
        form.submit.click();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ta_request WHERE topic = ?", Integer.class,
                "Body-worn camera footage release")).isEqualTo(1);
        assertThat(view.grid.getGenericDataView().getItems()
                .filter(r -> r.topic().equals("Body-worn camera footage release"))).hasSize(1);
    }

    @Test
    void aHalfTypedRequestIsOfferedBackAfterTheDialogWasClosed() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("ta-requests");
        TaRequestsView view = _get(TaRequestsView.class);
        _click(view.newRequest);
        TaRequestDialog form = _get(TaRequestDialog.class);
        type(form.description, "We need a facilitator for the community listening");
        _click(_get(form, Button.class, spec -> spec.withText("Cancel")));

        _click(view.newRequest);
        TaRequestDialog again = _get(TaRequestDialog.class);
        assertThat(again.description.getValue()).isEmpty();
        TextDraft offer = _get(again, TextDraft.class);
        assertThat(offer.isVisible()).isTrue();
        _click(_get(offer, Button.class, spec -> spec.withText("Restore")));
        assertThat(again.description.getValue()).isEqualTo("We need a facilitator for the community listening");

        again.topic.setValue("Listening session facilitator");
        _click(again.submit);
        assertThat(drafts.find(Users.signedIn(users, DemoAccounts.WICHITA_AGENCY),
                DraftPlace.newTaRequest(Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId()))).isEmpty();
    }

    @Test
    void responseTimesAreShownInTheUnitThatFits() {
        assertThat(TaRequestsView.duration(Duration.ofSeconds(10))).isEqualTo("10 seconds");
        assertThat(TaRequestsView.duration(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
        assertThat(TaRequestsView.duration(Duration.ofDays(3))).isEqualTo("3 days");
        assertThat(TaRequestsView.duration(null)).isEqualTo("—");
    }

    @Test
    void aNotificationLinkOpensItsRequestSelectedWithItsDetails() {
        submitAsWichita("Linked request", "Opened from a notification.");
        long id = find(_get(TaRequestsView.class), "Linked request").id();

        navigateTo("my-pledge");
        UI.getCurrent().navigate("ta-requests", QueryParameters.of("request", String.valueOf(id)));

        TaRequestsView view = _get(TaRequestsView.class);
        TaRequest selected = view.grid.asSingleSelect().getValue();
        assertThat(selected.id()).isEqualTo(id);
        assertThat(view.grid.isDetailsVisible(selected)).isTrue();
    }

    /** Signs in as the Wichita agency user and submits a request through the form; returns their view. */
    private TaRequestsView submitAsWichita(String topic, String description) {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("ta-requests");
        TaRequestsView view = _get(TaRequestsView.class);
        _click(view.newRequest);
        TaRequestDialog form = _get(TaRequestDialog.class);
        form.topic.setValue(topic);
        form.description.setValue(description);
        _click(form.submit);
        return view;
    }

    private static TaRequest find(TaRequestsView view, String topic) {
        List<TaRequest> rows = view.grid.getGenericDataView().getItems().toList();
        return rows.stream().filter(r -> r.topic().equals(topic)).findFirst().orElseThrow();
    }
}
