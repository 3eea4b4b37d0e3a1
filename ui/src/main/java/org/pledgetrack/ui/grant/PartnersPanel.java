package org.pledgetrack.ui.grant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantPartnerService;
import org.pledgetrack.core.grant.NewPartner;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;

/** The grant's partners with their roles and contacts; the grantee and overseers add and remove them. */
class PartnersPanel extends Div {

    final Grid<GrantDetail.Partner> partners = new Grid<>(GrantDetail.Partner.class, false);
    final Button addButton = new Button("Add partner", VaadinIcon.PLUS.create());

    PartnersPanel(GrantDetail grant, GrantPartnerService partnerService, CurrentUser user, Runnable reload) {
        long grantId = grant.summary().id();
        boolean edits = partnerService.canEditPartners(user, grantId);
        partners.addColumn(GrantDetail.Partner::name).setHeader("Organization").setFlexGrow(3);
        partners.addColumn(GrantDetail.Partner::role).setHeader("Role").setFlexGrow(2);
        partners.addColumn(PartnersPanel::contact).setHeader("Contact").setFlexGrow(3);
        if (edits) {
            partners.addComponentColumn(p -> removeButton(partnerService, user, grantId, p, reload))
                    .setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("remove");
        }
        partners.setItems(grant.partners());
        partners.setAllRowsVisible(true);
        partners.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        partners.setEmptyStateText(edits ? "No partners recorded. Add the fiscal agent, the law enforcement partner, "
                + "the research partner and the site coordinator with “Add partner”." : "No partners recorded.");
        addButton.setVisible(edits);
        addButton.addClickListener(click -> new PartnerDialog(partnerService.partnerCandidates(user, grantId))
                .edit(new NewPartner(null, null, null, null, null), partner -> {
                    partnerService.addPartner(user, grantId, partner);
                    return "Partner added.";
                }, reload));
        add(new H3("Partners"), addButton, partners);
        addClassNames("card", "section");
    }

    private static String contact(GrantDetail.Partner partner) {
        if (partner.contactName() == null && partner.contactEmail() == null) {
            return "—";
        }
        return (partner.contactName() == null ? "" : partner.contactName())
                + (partner.contactEmail() == null ? "" : " <" + partner.contactEmail() + ">");
    }

    private static Component removeButton(GrantPartnerService partnerService, CurrentUser user, long grantId,
                                          GrantDetail.Partner partner, Runnable reload) {
        Button remove = new Button("Remove", click -> {
            if (ActionFeedback.attempt(() -> partnerService.removePartner(user, grantId, partner.organizationId(),
                    partner.kind()), reload)) {
                reload.run();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.getElement().setAttribute("aria-label", "Remove " + partner.name() + " as " + partner.role());
        return remove;
    }
}
