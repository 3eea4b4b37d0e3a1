package org.pledgetrack.ui.pledge;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.ItemWorkflow;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;

/**
 * The status moves core allows this user, as buttons, with the comment field that returning and
 * reopening need. Fires {@link StatusChangeEvent}; core checks everything again.
 */
class StatusActions extends Div {

    final TextArea reason = new TextArea("Comment for the agency");
    private final List<Button> moveButtons = new ArrayList<>();

    StatusActions(PledgeItem item, List<ItemStatus> allowed) {
        addClassName("status-actions");
        ItemStatus current = item.status();
        if (allowed.isEmpty()) {
            add(new Paragraph(!item.pledgeOpen()
                    ? "The pledge is " + item.pledgeStatus().name().toLowerCase() + "; its items no longer change."
                    : current == ItemStatus.SUBMITTED || current == ItemStatus.VERIFIED
                    ? "No status change is open to you for this item."
                    : "Waiting for the agency: the item can be reviewed once the agency submits it with evidence."));
            return;
        }
        Div buttons = new Div();
        buttons.addClassName("form-row");
        boolean reasonNeeded = false;
        for (ItemStatus to : allowed) {
            ItemWorkflow.Transition transition = ItemWorkflow.transition(current, to).orElseThrow();
            reasonNeeded |= transition.needsReason();
            Button button = new Button(label(current, to), click -> fireEvent(new StatusChangeEvent(this, to,
                    reason.getValue())));
            // one move per click: a second click while the first is on its way does nothing
            button.setDisableOnClick(true);
            moveButtons.add(button);
            if (to == ItemStatus.SUBMITTED || to == ItemStatus.VERIFIED) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(button);
        }
        if (reasonNeeded) {
            reason.setWidthFull();
            reason.setMaxLength(PledgeItemService.MAX_REASON);
            reason.setHelperText(current == ItemStatus.VERIFIED ? "Required to reopen: say why"
                    : "Required to return: say what is missing");
            add(reason);
        }
        add(buttons);
    }

    /** After core refused the move: the comment stays, the buttons work again. */
    void refused() {
        moveButtons.forEach(button -> button.setEnabled(true));
    }

    private static String label(ItemStatus from, ItemStatus to) {
        return switch (to) {
            case NOT_STARTED -> "Mark not started";
            case IN_PROGRESS -> from == ItemStatus.SUBMITTED ? "Take back submission" : "Start work";
            case SUBMITTED -> "Submit for review";
            case VERIFIED -> "Verify";
            case RETURNED -> from == ItemStatus.VERIFIED ? "Reopen" : "Return to agency";
        };
    }

    static class StatusChangeEvent extends ComponentEvent<StatusActions> {
        final ItemStatus to;
        final String reason;

        StatusChangeEvent(StatusActions source, ItemStatus to, String reason) {
            super(source, false);
            this.to = to;
            this.reason = reason;
        }
    }

    Registration addStatusChangeListener(ComponentEventListener<StatusChangeEvent> listener) {
        return addListener(StatusChangeEvent.class, listener);
    }
}
