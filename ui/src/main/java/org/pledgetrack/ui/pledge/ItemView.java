package org.pledgetrack.ui.pledge;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemDetail;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.ReturnNote;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.StatusBadge;
import org.pledgetrack.ui.components.UserActions;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * One pledge item: its description, the agency's details, status moves, evidence, comments and
 * history. The item id comes from the address and core refuses ids the user may not see.
 */
@Route("pledge/item/:itemId")
@PageTitle("Pledge item | pledgetrack")
@PermitAll
public class ItemView extends VerticalLayout implements BeforeEnterObserver {

    private final PledgeItemService items;
    private final EvidenceService evidence;
    private final DeliverableService deliverables;
    private final CurrentUser user;
    private final Clock clock;
    private long itemId;

    ItemView(PledgeItemService items, EvidenceService evidence, DeliverableService deliverables,
             AuthenticatedUser authenticatedUser, Clock clock) {
        this.items = items;
        this.evidence = evidence;
        this.deliverables = deliverables;
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
        refresh();
    }

    private void refresh() {
        ItemDetail detail = items.detail(user, itemId);
        removeAll();
        add(backLink(detail.item()), header(detail), body(detail));
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
        Div header = new Div(area, titleLine, new Paragraph(item.description()), updated);
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
        StatusActions actions = new StatusActions(detail.item(), detail.allowedStatuses());
        actions.addStatusChangeListener(change -> act(() -> items.changeStatus(user, itemId, detail.item().version(),
                change.to, change.reason), "Status changed to " + change.to.label().toLowerCase() + "."));
        return actions;
    }

    private ItemDetailsForm detailsForm(ItemDetail detail) {
        ItemDetailsForm form = new ItemDetailsForm(detail);
        form.addSaveListener(save -> act(() -> items.updateDetails(user, itemId, detail.item().version(), save.change),
                "Details saved."));
        return form;
    }

    private CommentThread commentThread(ItemDetail detail) {
        CommentThread thread = new CommentThread(detail.comments(), detail.canComment(), clock);
        thread.addCommentListener(add -> act(() -> items.addComment(user, itemId, add.body), "Comment added."));
        return thread;
    }

    private void act(Runnable action, String done) {
        if (UserActions.attempt(action, this::refresh)) {
            UserActions.saved(done);
            refresh();
        }
    }

    private static Component section(String title, Component content) {
        Div section = new Div(new H3(title), content);
        section.addClassNames("card", "item-section");
        return section;
    }
}
