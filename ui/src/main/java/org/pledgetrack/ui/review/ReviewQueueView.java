package org.pledgetrack.ui.review;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.ReviewEntry;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.UserActions;
import org.pledgetrack.ui.pledge.EvidenceLink;
import org.pledgetrack.ui.pledge.ItemView;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Submitted items of the reviewer's agencies, longest waiting first, with their evidence and
 * verify / return in one place. Overseers see the same list read-only.
 */
@Route("review")
@PageTitle("Review queue | pledgetrack")
@RolesAllowed({"TA_STAFF", "ADMIN", "OVERSEER"})
public class ReviewQueueView extends VerticalLayout {

    private final PledgeItemService items;
    private final EvidenceService evidence;
    private final CurrentUser user;
    private final Grid<ReviewEntry> grid = new Grid<>(ReviewEntry.class, false);

    ReviewQueueView(PledgeItemService items, EvidenceService evidence, AuthenticatedUser authenticatedUser) {
        this.items = items;
        this.evidence = evidence;
        this.user = authenticatedUser.get();
        addClassName("review-queue-view");
        setSizeFull();
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("review-grid");
        grid.addColumn(entry -> entry.agencyName()).setHeader("Agency").setAutoWidth(true);
        grid.addComponentColumn(entry -> new RouterLink(entry.item().number() + ". " + entry.item().title(),
                ItemView.class, ItemView.parameters(entry.item().id()))).setHeader("Item").setWidth("16rem").setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.item().title());
        grid.addColumn(entry -> entry.daysWaiting() == 1 ? "1 day" : entry.daysWaiting() + " days")
                .setHeader("Waiting").setAutoWidth(true);
        grid.addComponentColumn(this::evidenceLinks).setHeader("Evidence").setFlexGrow(2);
        if (!user.is(Role.OVERSEER)) {
            grid.addComponentColumn(this::actions).setHeader("Review").setKey("review").setAutoWidth(true);
        }
        grid.setWidthFull();
    }

    private void refresh() {
        List<ReviewEntry> queue = items.reviewQueue(user);
        removeAll();
        if (queue.isEmpty()) {
            add(new EmptyState("Nothing waiting for review",
                    "Items appear here when an agency submits one with its evidence. Meanwhile, the portfolio "
                            + "shows which agencies are falling behind."));
        } else {
            grid.setItems(queue);
            add(grid);
            setFlexGrow(1, grid);
        }
    }

    private Component evidenceLinks(ReviewEntry entry) {
        Div links = new Div();
        links.addClassName("evidence-links");
        entry.evidence().forEach(piece -> links.add(EvidenceLink.of(evidence, user, piece)));
        if (entry.evidence().isEmpty()) {
            links.add(new Span("none"));
        }
        return links;
    }

    private Component actions(ReviewEntry entry) {
        Button verify = new Button("Verify", click -> review(entry, ItemStatus.VERIFIED, null));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button giveBack = new Button("Return…", click -> new ReturnDialog(entry,
                comment -> review(entry, ItemStatus.RETURNED, comment)).open());
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        for (Button button : List.of(verify, giveBack)) {
            button.getElement().setAttribute("aria-label", button.getText() + " item " + entry.item().number()
                    + " of " + entry.agencyName());
        }
        Div actions = new Div(verify, giveBack);
        actions.addClassName("form-row");
        return actions;
    }

    /** Returns whether the review was saved (a return dialog stays open otherwise). */
    private boolean review(ReviewEntry entry, ItemStatus to, String comment) {
        boolean done = UserActions.attempt(() -> items.changeStatus(user, entry.item().id(), entry.item().version(), to,
                comment), this::refresh);
        if (done) {
            UserActions.saved("Item " + entry.item().number() + " of " + entry.agencyName() + " "
                    + to.label().toLowerCase() + ".");
            refresh();
        }
        return done;
    }
}
