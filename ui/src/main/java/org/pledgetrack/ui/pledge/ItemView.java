package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.ItemResource;
import org.pledgetrack.core.draft.DraftPlace;
import org.pledgetrack.core.draft.DraftService;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemDetail;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.ReturnNote;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.ConflictDialog;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.StatusBadge;
import org.pledgetrack.ui.components.TextDraft;
import org.pledgetrack.ui.components.UnsavedChangesGuard;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * One pledge item: its description, the agency's details, status moves, evidence, comments and
 * history. The item id comes from the address and core refuses ids the user may not see.
 * <p>
 * The page is rebuilt from core after every action, and what the user typed but did not save
 * (details, a comment, a return reason) is carried into the rebuilt page: an action never empties
 * a field it did not save. Notes and the new comment are also kept as server-side drafts while
 * typed, and leaving with unsaved edits asks first.
 */
@Route("pledge/item/:itemId")
@PageTitle("Pledge item | pledgetrack")
@PermitAll
public class ItemView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final PledgeItemService items;
    private final EvidenceService evidence;
    private final DeliverableService deliverables;
    private final DraftService drafts;
    private final CatalogService catalog;
    private final CurrentUser user;
    private final Clock clock;
    private final UnsavedChangesGuard guard = new UnsavedChangesGuard(this, this::hasUnsavedEdits);
    private long itemId;
    private ItemDetailsForm detailsForm;
    /** The version of the item the details form saves over. */
    private int detailsVersion;
    private CommentThread commentThread;
    private StatusActions statusActions;
    private TextDraft notesDraft;
    private TextDraft commentDraft;

    ItemView(PledgeItemService items, EvidenceService evidence, DeliverableService deliverables, DraftService drafts,
             CatalogService catalog, AuthenticatedUser authenticatedUser, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.evidence = evidence;
        this.deliverables = deliverables;
        this.drafts = drafts;
        this.user = authenticatedUser.get();
        this.clock = clock;
        addClassName("item-view");
    }

    public static RouteParameters parameters(long itemId) {
        return new RouteParameters("itemId", String.valueOf(itemId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = RouteIds.require(event, "itemId");
        detailsForm = null;
        commentThread = null;
        statusActions = null;
        refresh();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        guard.beforeLeave(event);
    }

    /** Whether a field holds text the user typed and has not saved. */
    boolean hasUnsavedEdits() {
        return (detailsForm != null && detailsForm.hasUnsavedEdits())
                || (commentThread != null && !commentThread.newComment.isEmpty())
                || (statusActions != null && !statusActions.reason.isEmpty());
    }

    /** Rebuilds the page from core, carrying over what the user typed and has not saved. */
    private void refresh() {
        ItemDetailsChange unsavedDetails = detailsForm != null && detailsForm.hasUnsavedEdits() ? detailsForm.edits() : null;
        String unsavedComment = commentThread == null ? "" : commentThread.newComment.getValue();
        String unsavedReason = statusActions == null ? "" : statusActions.reason.getValue();
        ItemDetail detail = items.detail(user, itemId);
        removeAll();
        add(backLink(detail.item()), header(detail), body(detail));
        if (unsavedDetails != null && detail.canEditDetails()) {
            detailsForm.keep(unsavedDetails);
        }
        commentThread.newComment.setValue(unsavedComment);
        statusActions.reason.setValue(unsavedReason);
        offerDrafts(detail);
        List.of(detailsForm.owner, detailsForm.notes, commentThread.newComment, statusActions.reason)
                .forEach(field -> field.addValueChangeListener(change -> guard.update()));
        detailsForm.targetOn.addValueChangeListener(change -> guard.update());
        guard.update();
    }

    private void offerDrafts(ItemDetail detail) {
        notesDraft = null;
        commentDraft = null;
        if (detail.canEditDetails()) {
            notesDraft = new TextDraft(drafts, user, DraftPlace.itemNotes(itemId), detailsForm.notes,
                    detail.item().notes(), clock);
            detailsForm.placeNotesDraftOffer(notesDraft);
        }
        if (detail.canComment()) {
            commentDraft = new TextDraft(drafts, user, DraftPlace.itemComment(itemId), commentThread.newComment, "",
                    clock);
            commentThread.placeDraftOffer(commentDraft);
        }
    }

    private Component backLink(PledgeItem item) {
        RouterLink back = user.is(Role.AGENCY)
                ? new RouterLink("← Back to my pledge", MyPledgeView.class)
                : new RouterLink("← Back to the agency's pledge", AgencyPledgeView.class,
                        AgencyPledgeView.parameters(item.agencyId()));
        back.addClassName("back-link");
        return back;
    }

    private Component header(ItemDetail detail) {
        PledgeItem item = detail.item();
        Span area = new Span(detail.agencyName() + " · " + item.focusAreaName());
        area.addClassName("item-context");
        Div titleLine = new Div(new H2("Item " + item.number() + ": " + item.title()), StatusBadge.of(item.status()));
        titleLine.addClassName("item-title");
        Span updated = new Span("Last update ");
        updated.add(HumanDates.relativeSpan(item.updatedAt(), clock));
        if (item.updatedByName() != null) {
            updated.add(" by " + item.updatedByName());
        }
        updated.addClassName("item-updated");
        Div header = new Div(area, titleLine, new Paragraph(item.description()));
        List<ItemResource> resources = catalog.resourcesOf(item.catalogItemId());
        if (!resources.isEmpty()) {
            Div links = new Div(new Span("IACP resources: "));
            links.addClassName("item-resources");
            resources.forEach(r -> links.add(new Anchor(r.url(), r.title(), AnchorTarget.BLANK), new Span(" ")));
            header.add(links);
        }
        header.add(updated);
        if (detail.returned() != null) {
            header.add(returnNote(detail.returned()));
        }
        header.addClassNames("card", "item-header");
        return header;
    }

    /** Why TA staff returned the item, where the agency looks first. */
    private Component returnNote(ReturnNote returned) {
        Span when = new Span("Returned ");
        when.add(HumanDates.relativeSpan(returned.at(), clock));
        if (returned.byName() != null) {
            when.add(" by " + returned.byName());
        }
        when.add(":");
        Div note = new Div(when, new Paragraph(returned.reason()));
        note.addClassName("return-note");
        note.getElement().setAttribute("role", "note");
        return note;
    }

    private Component body(ItemDetail detail) {
        Div main = new Div(section("Status", statusActions(detail)), section("Details", detailsForm(detail)),
                section("Evidence", new EvidencePanel(evidence, user, itemId, detail.evidence(),
                        detail.canEditEvidence(), clock, this::refresh)));
        main.addClassName("item-main");
        PledgeItem item = detail.item();
        Div side = new Div(section("Comments", commentThread(detail)),
                section("Technical assistance", new ItemTaSupport(
                        deliverables.deliverablesForItem(user, item.agencyId(), item.catalogItemId()))),
                section("History", new HistoryList(detail.history(), clock)));
        side.addClassName("item-side");
        Div body = new Div(main, side);
        body.addClassName("item-body");
        return body;
    }

    private StatusActions statusActions(ItemDetail detail) {
        statusActions = new StatusActions(detail.item(), detail.allowedStatuses());
        statusActions.addStatusChangeListener(change -> {
            StatusActions source = change.getSource();
            if (ActionFeedback.attempt(() -> items.changeStatus(user, itemId, detail.item().version(), change.to,
                    change.reason), this::refresh)) {
                // the reason went into the thread with the move
                source.reason.clear();
                ActionFeedback.saved("Status changed to " + change.to.label().toLowerCase() + ".");
                refresh();
            } else {
                source.refused();
            }
        });
        return statusActions;
    }

    private ItemDetailsForm detailsForm(ItemDetail detail) {
        detailsForm = new ItemDetailsForm(detail);
        detailsVersion = detail.item().version();
        detailsForm.form.onSave(this::saveDetails, this::detailsSaved);
        return detailsForm;
    }

    /** Saves the details over the version they were read at; null when someone saved first (the user then chooses). */
    private String saveDetails(ItemDetailsChange change) {
        try {
            items.updateDetails(user, itemId, detailsVersion, change);
            return "Details saved.";
        } catch (EditConflictException conflict) {
            compareWithTheirs(change, conflict);
            return null;
        }
    }

    private void detailsSaved() {
        if (notesDraft != null) {
            notesDraft.discard();
        }
        detailsForm = null;
        refresh();
    }

    /**
     * Someone saved the details first: shows theirs beside the user's and lets the user keep either. The form
     * still holds the user's edits, so keeping them saves the form again over the other user's version.
     */
    private void compareWithTheirs(ItemDetailsChange yours, EditConflictException conflict) {
        PledgeItem theirs = items.detail(user, itemId).item();
        new ConflictDialog(conflict.changedBy() == null ? "Another user" : conflict.changedBy(), List.of(
                new ConflictDialog.Difference("Owner", theirs.ownerName(), yours.ownerName()),
                new ConflictDialog.Difference("Target date", HumanDates.date(theirs.targetOn()),
                        HumanDates.date(yours.targetOn())),
                new ConflictDialog.Difference("Notes", theirs.notes(), yours.notes())),
                () -> {
                    detailsVersion = theirs.version();
                    detailsForm.form.submit();
                },
                () -> {
                    if (notesDraft != null) {
                        notesDraft.discard();
                    }
                    detailsForm = null;
                    refresh();
                }).open();
    }

    private CommentThread commentThread(ItemDetail detail) {
        commentThread = new CommentThread(detail.comments(), detail.canComment(), clock);
        commentThread.addCommentListener(add -> {
            CommentThread source = add.getSource();
            if (ActionFeedback.attempt(() -> items.addComment(user, itemId, add.body), this::refresh)) {
                source.newComment.clear();
                commentDraft.discard();
                ActionFeedback.saved("Comment added.");
                refresh();
            } else {
                source.refused();
            }
        });
        return commentThread;
    }

    private static Component section(String title, Component content) {
        Div section = new Div(new H3(title), content);
        section.addClassNames("card", "item-section");
        return section;
    }
}
