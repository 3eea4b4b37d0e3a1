package org.pledgetrack.ui.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.grant.AttachmentService;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FixableRefusals;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.TextPromptDialog;

/**
 * The grant's TA deliverables with their actions: TA staff plan, edit, record and cancel; the
 * grantee confirms attendance and accepts; everyone who sees the grant opens the files. Tells
 * {@code onChange} the current rows after every load, for the timeline and the supported items.
 */
class DeliverablesPanel extends Div {

    final Grid<Deliverable> deliverables = new Grid<>(Deliverable.class, false);
    final Button planButton = new Button("Plan deliverable", VaadinIcon.PLUS.create());
    final Button editButton = new Button("Edit");
    final Button deliveryButton = new Button("Record delivery");
    final Button cancelButton = new Button("Cancel deliverable");
    final Button acceptButton = new Button("Confirm attendance and accept");
    final Button filesButton = new Button("Files", VaadinIcon.PAPERCLIP.create());
    private final Paragraph hint = new Paragraph();
    private final GrantService grants;
    private final DeliverableService deliverableService;
    private final AttachmentService attachments;
    private final CatalogService catalog;
    private final Clock clock;
    private final CurrentUser user;
    private final Consumer<List<Deliverable>> onChange;
    private GrantDetail grant;

    DeliverablesPanel(GrantService grants, DeliverableService deliverableService, AttachmentService attachments,
                      CatalogService catalog, Clock clock, CurrentUser user, Consumer<List<Deliverable>> onChange) {
        this.grants = grants;
        this.deliverableService = deliverableService;
        this.attachments = attachments;
        this.catalog = catalog;
        this.clock = clock;
        this.user = user;
        this.onChange = onChange;
        configureGrid();
        configureActions();
        hint.addClassName("hint");
        HorizontalLayout toolbar = new HorizontalLayout(planButton, editButton, deliveryButton, cancelButton,
                acceptButton, filesButton);
        toolbar.setWrap(true);
        add(new H3("TA deliverables"), hint, toolbar, deliverables);
        addClassNames("card", "section");
    }

    /** Shows the grant's deliverables with the actions the user may take on them. */
    void show(GrantDetail grant) {
        this.grant = grant;
        boolean manages = grants.canManageDeliverables(user, grant.summary().id());
        boolean grantee = grants.actsAsGrantee(user, grant.summary().id());
        planButton.setVisible(manages);
        editButton.setVisible(manages);
        deliveryButton.setVisible(manages);
        cancelButton.setVisible(manages);
        acceptButton.setVisible(grantee);
        hint.setText(manages ? "Select a deliverable to edit it, record its delivery, cancel it or attach its files."
                : grantee ? "Select a delivered deliverable to confirm attendance and accept it, or any deliverable to see its files."
                : "Deliverables are planned and recorded by the grant's TA staff. Select one to see its files.");
        refresh();
    }

    private void configureGrid() {
        deliverables.addColumn(d -> d.type().label()).setHeader("Type").setWidth("8rem").setFlexGrow(0);
        deliverables.addColumn(Deliverable::title).setHeader("Title").setWidth("12rem").setFlexGrow(3);
        deliverables.addColumn(d -> HumanDates.date(d.dueOn())).setHeader("Due").setWidth("8.5rem").setFlexGrow(0);
        deliverables.addColumn(DeliverablesPanel::heldOn).setHeader("Scheduled / delivered").setWidth("9rem")
                .setFlexGrow(0);
        deliverables.addComponentColumn(DeliverableBadges::status).setHeader("Status").setWidth("7rem").setFlexGrow(0)
                .setKey("status");
        deliverables.addColumn(DeliverableBadges::supportsSummary).setHeader("Supports").setWidth("10rem")
                .setFlexGrow(2);
        deliverables.setItemDetailsRenderer(new ComponentRenderer<>(DeliverablesPanel::deliverableDetails));
        deliverables.setAllRowsVisible(true);
        deliverables.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliverables.setEmptyStateText("No deliverables yet. TA staff plan them with “Plan deliverable”.");
        deliverables.addSelectionListener(e -> updateButtons());
    }

    /** When it happened, or when it is planned to happen. */
    private static String heldOn(Deliverable d) {
        if (d.deliveredOn() != null) {
            return HumanDates.date(d.deliveredOn());
        }
        return d.scheduledOn() == null ? "Not scheduled" : HumanDates.date(d.scheduledOn()) + " (scheduled)";
    }

    static Component deliverableDetails(Deliverable d) {
        Div details = new Div();
        details.addClassName("deliverable-details");
        if (d.description() != null) {
            details.add(new Paragraph(d.description()));
        }
        if (d.ofEvent()) {
            details.add(new Paragraph("Part of a TA event that served several sites: TA staff change it on the event, "
                    + "under TA events."));
        }
        if (d.deliveredOn() != null) {
            details.add(new Paragraph("Delivered " + HumanDates.date(d.deliveredOn())
                    + (d.hours() == null ? "" : " · " + d.hours().stripTrailingZeros().toPlainString() + " hours")
                    + (d.attendees() == null ? "" : " · " + d.attendees() + " attendees")
                    + (d.rating() == null ? "" : " · rated " + d.rating().stripTrailingZeros().toPlainString() + " of 5")));
        }
        if (d.outcomeNote() != null) {
            details.add(new Paragraph("Outcome: " + d.outcomeNote()));
        }
        if (d.cancelReason() != null) {
            details.add(new Paragraph("Cancelled: " + d.cancelReason()));
        }
        return details;
    }

    /** Wired once: Vaadin reuses the view, and this panel, when moving from one grant to another. */
    private void configureActions() {
        planButton.addClickListener(click -> openPlanDialog());
        editButton.addClickListener(click -> selected().ifPresent(this::openEditDialog));
        deliveryButton.addClickListener(click -> selected().ifPresent(this::openDeliveryDialog));
        cancelButton.addClickListener(click -> selected().ifPresent(this::openCancelDialog));
        acceptButton.addClickListener(click -> selected().ifPresent(d -> act(
                () -> deliverableService.accept(user, d.id(), d.version()), "Accepted: " + d.title())));
        filesButton.addClickListener(click -> selected().ifPresent(d -> new AttachmentsDialog(attachments, user, d,
                grants.canManageDeliverables(user, grant.summary().id())).open()));
        planButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private void openPlanDialog() {
        DeliverablePlan blank = new DeliverablePlan(DeliverableType.TRAINING, "", null,
                grant.providers().isEmpty() ? -1 : grant.providers().getFirst().id(), null, null, Set.of(), Set.of());
        DeliverableDialog dialog = new DeliverableDialog("Plan a deliverable", grant, catalog.currentVersion(), blank);
        dialog.addSaveListener(save -> saveAndClose(dialog,
                () -> deliverableService.plan(user, grant.summary().id(), save.plan()), dialog::showError));
        dialog.open();
    }

    private void openEditDialog(Deliverable d) {
        DeliverableDialog dialog = new DeliverableDialog("Edit: " + d.title(), grant, catalog.currentVersion(), d.plan());
        dialog.addSaveListener(save -> saveAndClose(dialog,
                () -> deliverableService.edit(user, d.id(), d.version(), save.plan()), dialog::showError));
        dialog.open();
    }

    private void openDeliveryDialog(Deliverable d) {
        DeliveryDialog dialog = new DeliveryDialog(d, LocalDate.now(clock));
        dialog.addSaveListener(save -> saveAndClose(dialog,
                () -> deliverableService.recordDelivery(user, d.id(), d.version(), save.record()), dialog::showError));
        dialog.open();
    }

    private void openCancelDialog(Deliverable d) {
        new TextPromptDialog("Cancel: " + d.title(), "Reason for cancelling", 1000, "Cancel deliverable",
                reason -> deliverableService.cancel(user, d.id(), d.version(), reason), this::refresh).open();
    }

    private void saveAndClose(Dialog dialog, Runnable action, Consumer<String> onError) {
        if (FixableRefusals.attempt(action, onError)) {
            dialog.close();
            refresh();
        }
    }

    private void act(Runnable action, String confirmation) {
        if (FixableRefusals.attempt(action, ActionFeedback::refused)) {
            ActionFeedback.saved(confirmation);
            refresh();
        }
    }

    private void refresh() {
        List<Deliverable> rows = deliverableService.deliverablesOf(user, grant.summary().id());
        deliverables.setItems(rows);
        onChange.accept(rows);
        updateButtons();
    }

    private void updateButtons() {
        var selected = selected();
        // a TA event's deliverable is planned and recorded on the event (see the TA events panel)
        boolean open = selected.map(d -> !d.ofEvent() && (d.status() == DeliverableStatus.PLANNED
                || d.status() == DeliverableStatus.SCHEDULED)).orElse(false);
        editButton.setEnabled(open);
        cancelButton.setEnabled(open);
        deliveryButton.setEnabled(selected.map(d -> open || (!d.ofEvent() && d.status() == DeliverableStatus.DELIVERED))
                .orElse(false));
        acceptButton.setEnabled(selected.map(d -> d.status() == DeliverableStatus.DELIVERED).orElse(false));
        filesButton.setEnabled(selected.isPresent());
    }

    private Optional<Deliverable> selected() {
        return deliverables.getSelectedItems().stream().findFirst();
    }
}
