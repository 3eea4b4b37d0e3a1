package org.pledgetrack.ui.pledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgetrack.ui.ClientInput.type;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.draft.DraftPlace;
import org.pledgetrack.core.draft.DraftService;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.ConflictDialog;
import org.pledgetrack.ui.components.TextDraft;
import org.pledgetrack.ui.request.TaRequestsView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Typed text on the item page is never lost: actions keep unsaved fields, notes and comments are
 * kept as drafts, leaving asks first, and an edit conflict shows both versions. Wichita's items
 * 20, 21 and 23 start out not started and are used only here among the view tests.
 */
class TypedTextViewTests extends KaribuViewTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired DraftService drafts;
    @Autowired UserRepository users;

    CurrentUser wichita() {
        return Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
    }

    PledgeItem wichitaItem(int number) {
        return Items.item(pledges, wichita(), wichita().organizationId(), number);
    }

    void openAsWichita(PledgeItem item) {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + item.id());
    }

    TextField owner() {
        return _get(TextField.class, spec -> spec.withLabel("Owner"));
    }

    TextArea notes() {
        return _get(TextArea.class, spec -> spec.withLabel("Notes"));
    }

    @Test
    void ownerAndNotesTypedBeforeStartWorkAreStillThereAfterIt() {
        PledgeItem item = wichitaItem(20);
        assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);
        openAsWichita(item);

        type(owner(), "Sgt. Okafor");
        type(notes(), "Union review of the draft policy booked for March.");
        _click(_get(Button.class, spec -> spec.withText("Start work")));

        assertThat(_get(Span.class, spec -> spec.withClasses("status-badge").withText("In progress"))).isNotNull();
        assertThat(owner().getValue()).isEqualTo("Sgt. Okafor");
        assertThat(notes().getValue()).isEqualTo("Union review of the draft policy booked for March.");
        assertThat(_get(ItemView.class).hasUnsavedEdits()).as("kept, not yet saved").isTrue();
        assertThat(wichitaItem(20).ownerName()).isNull();

        _click(_get(Button.class, spec -> spec.withText("Save details")));
        assertThat(wichitaItem(20).ownerName()).isEqualTo("Sgt. Okafor");
        assertThat(_get(ItemView.class).hasUnsavedEdits()).isFalse();
    }

    @Test
    void notesAreKeptAsADraftWhileTypedAndOfferedBackOnReturn() {
        PledgeItem item = wichitaItem(21);
        openAsWichita(item);
        type(notes(), "Chief wants the advisory board named before");

        assertThat(drafts.find(wichita(), DraftPlace.itemNotes(item.id())).orElseThrow().text())
                .isEqualTo("Chief wants the advisory board named before");

        navigateTo("my-pledge");
        Dialog asking = _get(Dialog.class, spec -> spec.withClasses("unsaved-changes-dialog"));
        assertThat(asking.getHeaderTitle()).isEqualTo("Leave without saving?");
        _click(_get(Button.class, spec -> spec.withText("Leave")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(MyPledgeView.class);

        navigateTo("pledge/item/" + item.id());
        assertThat(notes().getValue()).isEmpty();
        TextDraft offer = _get(TextDraft.class);
        assertThat(offer.isVisible()).isTrue();
        assertThat(_get(offer, Span.class).getText()).startsWith("You have unsaved text here from ").endsWith("Restore it?");
        _click(_get(offer, Button.class, spec -> spec.withText("Restore")));
        assertThat(notes().getValue()).isEqualTo("Chief wants the advisory board named before");

        _click(_get(Button.class, spec -> spec.withText("Save details")));
        assertThat(wichitaItem(21).notes()).isEqualTo("Chief wants the advisory board named before");
        assertThat(drafts.find(wichita(), DraftPlace.itemNotes(item.id()))).as("discarded once saved").isEmpty();
    }

    @Test
    void stayingAfterTheLeaveQuestionKeepsThePageAndItsText() {
        openAsWichita(wichitaItem(21));
        type(owner(), "Lt. Marsh");

        navigateTo("ta-requests");
        _click(_get(Button.class, spec -> spec.withText("Stay on this page")));

        assertThat(_find(TaRequestsView.class)).isEmpty();
        assertThat(owner().getValue()).isEqualTo("Lt. Marsh");
    }

    @Test
    void conflictDialogShowsTheirsBesideYoursAndKeepsMineWhenAsked() {
        PledgeItem item = wichitaItem(23);
        openAsWichita(item);
        items.updateDetails(wichita(), item.id(), item.version(),
                new ItemDetailsChange(null, null, "Theirs: the board meets in April."));

        type(notes(), "Mine: the board meets in May.");
        _click(_get(Button.class, spec -> spec.withText("Save details")));

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("conflict-theirs").withText("Theirs: the board meets in April.")))
                .isNotNull();
        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("conflict-yours").withText("Mine: the board meets in May.")))
                .isNotNull();
        assertThat(wichitaItem(23).notes()).as("nothing saved before the user chooses").startsWith("Theirs");

        _click(_get(dialog, Button.class, spec -> spec.withText("Keep mine")));
        assertThat(wichitaItem(23).notes()).isEqualTo("Mine: the board meets in May.");
        assertThat(notes().getValue()).isEqualTo("Mine: the board meets in May.");
    }

    @Test
    void takingTheirsShowsTheirVersion() {
        PledgeItem item = wichitaItem(23);
        openAsWichita(item);
        items.updateDetails(wichita(), item.id(), item.version(), new ItemDetailsChange("Capt. Theirs", null, null));

        type(owner(), "Sgt. Mine");
        _click(_get(Button.class, spec -> spec.withText("Save details")));
        _click(_get(_get(ConflictDialog.class), Button.class, spec -> spec.withText("Take theirs")));

        assertThat(owner().getValue()).isEqualTo("Capt. Theirs");
        assertThat(wichitaItem(23).ownerName()).isEqualTo("Capt. Theirs");
    }

    @Test
    void anEmptyCommentIsRefusedBesideTheFieldAndAFailedActionKeepsTheButtonUsable() {
        openAsWichita(wichitaItem(20));
        CommentThread thread = _get(CommentThread.class);
        _click(thread.add);

        assertThat(thread.newComment.isInvalid()).isTrue();
        assertThat(thread.newComment.getErrorMessage()).isEqualTo(PledgeItemService.COMMENT_MISSING);
        assertThat(thread.add.isEnabled()).isTrue();
        assertThat(thread.add.isDisableOnClick()).isTrue();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void oneRefusalNotificationAtATimeAndNoneAfterNavigating() {
        PledgeItem item = wichitaItem(16);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        openAsWichita(item);

        _click(_get(Button.class, spec -> spec.withText("Submit for review")));
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        assertThat(NotificationsKt.getNotifications().getFirst().getPosition())
                .isEqualTo(com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);

        navigateTo("ta-requests");
        NotificationsKt.expectNoNotifications();
    }
}
