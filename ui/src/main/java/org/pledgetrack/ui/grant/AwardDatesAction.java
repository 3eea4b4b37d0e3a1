package org.pledgetrack.ui.grant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;

/** The overseer's (and admins') way to change the award's dates; shows nothing to anyone else. */
class AwardDatesAction extends Div {

    final Button editButton = new Button("Change award dates", VaadinIcon.CALENDAR.create());

    AwardDatesAction(GrantService grants, CurrentUser user, GrantDetail grant, Runnable reload) {
        long grantId = grant.summary().id();
        editButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        editButton.addClickListener(click -> new AwardDatesDialog(
                new AwardDates(grant.summary().startOn(), grant.summary().endOn()),
                dates -> grants.changeAwardDates(user, grantId, grant.version(), dates.startOn(), dates.endOn()),
                () -> {
                    ActionFeedback.saved("Award dates changed; the report calendar follows them.");
                    reload.run();
                }).open());
        add(editButton);
        setVisible(grants.changesAwardDates(user, grantId));
        addClassName("award-dates-action");
    }
}
