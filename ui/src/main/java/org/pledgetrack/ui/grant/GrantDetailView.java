package org.pledgetrack.ui.grant;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.grant.AttachmentService;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.grant.GranteeReportStatus;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.TextPromptDialog;
import org.pledgetrack.ui.components.UserActions;
import org.pledgetrack.ui.components.UserErrors;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * One grant: its people and money, a timeline of phases and deliverables, the deliverables with
 * their actions (TA staff plan and record, the grantee accepts), the pledge items the TA supports,
 * the partners and the grantee's report schedule.
 */
@Route("grants/:grantId")
@PageTitle("Grant | pledgetrack")
@PermitAll
public class GrantDetailView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<Deliverable> deliverables = new Grid<>(Deliverable.class, false);
    final Grid<GranteeReport> reports = new Grid<>(GranteeReport.class, false);
    final Button planButton = new Button("Plan deliverable", VaadinIcon.PLUS.create());
    final Button editButton = new Button("Edit");
    final Button deliveryButton = new Button("Record delivery");
    final Button cancelButton = new Button("Cancel deliverable");
    final Button acceptButton = new Button("Confirm attendance and accept");
    final Button filesButton = new Button("Files", VaadinIcon.PAPERCLIP.create());
    final Button submitReportButton = new Button("Record submission");
    private final Div supportedItems = new Div();
    private final Div timelineHolder = new Div();
    private final GrantService grants;
    private final DeliverableService deliverableService;
    private final AttachmentService attachments;
    private final CatalogService catalog;
    private final Clock clock;
    private final CurrentUser user;
    private GrantDetail grant;

    GrantDetailView(GrantService grants, DeliverableService deliverableService, AttachmentService attachments,
                    CatalogService catalog, Clock clock, AuthenticatedUser authenticatedUser) {
        this.grants = grants;
        this.deliverableService = deliverableService;
        this.attachments = attachments;
        this.catalog = catalog;
        this.clock = clock;
        this.user = authenticatedUser.get();
        addClassName("grant-detail-view");
        configureDeliverables();
        configureReports();
        configureActions();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long grantId = event.getRouteParameters().getLong("grantId")
                .orElseThrow(() -> new NotFoundException("No such grant"));
        grant = grants.grant(user, grantId);
        removeAll();
        add(header(), timelineHolder, deliverablesSection(), supportedItemsSection(), partners(), reportsSection());
        refresh();
    }

    private Component header() {
        var summary = grant.summary();
        Div facts = new Div(
                fact("Award", summary.awardNumber() + " (" + grant.program() + ")"),
                fact("Grantee", summary.granteeName()),
                fact("Lead agency", summary.leadAgencyName() == null ? "—" : summary.leadAgencyName()),
                fact("Award amount", NumberFormat.getCurrencyInstance(Locale.US).format(summary.awardAmount())),
                fact("Period", HumanDates.date(summary.startOn()) + " – " + HumanDates.date(summary.endOn())),
                fact("Overseer", grant.overseerName() == null ? "—" : grant.overseerName()),
                fact("TA provider", summary.providerNames()),
                fact("TA staff", grant.taStaff().isEmpty() ? "None assigned" : String.join(", ", grant.taStaff())));
        facts.addClassName("facts");
        Div header = new Div(new H2(summary.siteName()), new Paragraph(summary.title()), facts);
        header.addClassNames("card", "grant-header");
        return header;
    }

    private void configureDeliverables() {
        deliverables.addColumn(d -> d.type().label()).setHeader("Type").setWidth("8rem")
                .setFlexGrow(0);
        deliverables.addColumn(Deliverable::title).setHeader("Title").setWidth("12rem").setFlexGrow(3);
        deliverables.addColumn(d -> HumanDates.date(d.dueOn())).setHeader("Due").setWidth("8.5rem").setFlexGrow(0);
        deliverables.addColumn(GrantDetailView::heldOn).setHeader("Scheduled / delivered").setWidth("9rem")
                .setFlexGrow(0);
        deliverables.addComponentColumn(DeliverableBadges::status).setHeader("Status").setWidth("7rem").setFlexGrow(0)
                .setKey("status");
        deliverables.addColumn(DeliverableBadges::supportsSummary).setHeader("Supports").setWidth("10rem")
                .setFlexGrow(2);
        deliverables.setItemDetailsRenderer(new ComponentRenderer<>(
                GrantDetailView::deliverableDetails));
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

    /** Wired once: Vaadin reuses this view when moving from one grant to another. */
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
        submitReportButton.addClickListener(click -> reports.getSelectedItems().stream().findFirst()
                .ifPresent(this::openReportSubmissionDialog));
    }

    private Component deliverablesSection() {
        boolean manages = grants.canManageDeliverables(user, grant.summary().id());
        boolean grantee = grants.actsAsGrantee(user, grant.summary().id());
        planButton.setVisible(manages);
        editButton.setVisible(manages);
        deliveryButton.setVisible(manages);
        cancelButton.setVisible(manages);
        acceptButton.setVisible(grantee);
        HorizontalLayout toolbar = new HorizontalLayout(planButton, editButton, deliveryButton, cancelButton,
                acceptButton, filesButton);
        toolbar.setWrap(true);
        Paragraph hint = new Paragraph(manages ? "Select a deliverable to edit it, record its delivery, cancel it or attach its files."
                : grantee ? "Select a delivered deliverable to confirm attendance and accept it, or any deliverable to see its files."
                : "Deliverables are planned and recorded by the grant's TA staff. Select one to see its files.");
        hint.addClassName("hint");
        Div section = new Div(new H3("TA deliverables"), hint, toolbar, deliverables);
        section.addClassNames("card", "section");
        return section;
    }

    private Component supportedItemsSection() {
        Div section = new Div(new H3("Pledge items this TA supports"), supportedItems);
        section.addClassNames("card", "section");
        return section;
    }

    private Component partners() {
        UnorderedList list = new UnorderedList();
        grant.partners().forEach(p -> list.add(new ListItem(p.name() + " — " + p.role())));
        Div section = new Div(new H3("Partners"), grant.partners().isEmpty()
                ? new Paragraph("No partner organizations recorded.") : list);
        section.addClassNames("card", "section");
        return section;
    }

    private void configureReports() {
        reports.addColumn(r -> r.kind().label()).setHeader("Report").setFlexGrow(2);
        reports.addColumn(r -> HumanDates.date(r.periodStart()) + " – " + HumanDates.date(r.periodEnd()))
                .setHeader("Period").setAutoWidth(true);
        reports.addColumn(r -> HumanDates.date(r.dueOn())).setHeader("Due").setAutoWidth(true);
        reports.addColumn(r -> HumanDates.date(r.submittedOn())).setHeader("Submitted").setAutoWidth(true);
        reports.addComponentColumn(GrantDetailView::reportStatus).setHeader("Status").setAutoWidth(true);
        reports.setHeight("22rem");
        reports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        reports.addSelectionListener(e -> submitReportButton.setEnabled(e.getFirstSelectedItem()
                .map(r -> r.submittedOn() == null).orElse(false)));
    }

    private Component reportsSection() {
        submitReportButton.setVisible(grants.actsAsGrantee(user, grant.summary().id()));
        submitReportButton.setEnabled(false);
        Paragraph rule = new Paragraph("Quarterly performance measures and semi-annual progress reports are due "
                + "30 days after each period; the final report 120 days after the grant ends.");
        rule.addClassName("hint");
        Div section = new Div(new H3("Grantee report schedule"), rule, submitReportButton, reports);
        section.addClassNames("card", "section");
        return section;
    }

    private static Component reportStatus(GranteeReport report) {
        Span badge = new Span(switch (report.status()) {
            case UPCOMING -> "Upcoming";
            case DUE_SOON -> "Due soon";
            case OVERDUE -> "Overdue";
            case SUBMITTED -> "Submitted";
            case SUBMITTED_LATE -> "Submitted late";
        });
        badge.getElement().getThemeList().add(report.status() == GranteeReportStatus.OVERDUE ? "badge error"
                : report.status() == GranteeReportStatus.SUBMITTED ? "badge success"
                : report.status() == GranteeReportStatus.UPCOMING ? "badge contrast" : "badge");
        return badge;
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

    private void openReportSubmissionDialog(GranteeReport report) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(report.kind().label() + " due " + HumanDates.date(report.dueOn()));
        DatePicker submittedOn = new DatePicker("Submitted to the funder on", LocalDate.now(clock));
        submittedOn.setMin(report.periodEnd());
        submittedOn.setMax(LocalDate.now(clock));
        Span error = new Span();
        error.addClassName("form-error");
        dialog.add(submittedOn, error);
        Button save = new Button("Save", click -> saveAndClose(dialog, () -> grants.markReportSubmitted(user,
                report.id(), report.version(), submittedOn.getValue()), error::setText));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()), save);
        dialog.open();
    }

    private void saveAndClose(Dialog dialog, Runnable action, Consumer<String> onError) {
        if (UserErrors.attempt(action, onError)) {
            dialog.close();
            refresh();
        }
    }

    private void act(Runnable action, String confirmation) {
        if (UserErrors.attempt(action, UserActions::refused)) {
            UserActions.saved(confirmation);
            refresh();
        }
    }

    private void refresh() {
        long grantId = grant.summary().id();
        List<Deliverable> rows = deliverableService.deliverablesOf(user, grantId);
        deliverables.setItems(rows);
        reports.setItems(grants.reportSchedule(user, grantId));
        timelineHolder.removeAll();
        Div timeline = new Div(new H3("Timeline"), new GrantTimeline(grant, rows, LocalDate.now(clock)));
        timeline.addClassNames("card", "section");
        timelineHolder.add(timeline);
        timelineHolder.setWidthFull();
        showSupportedItems(rows);
        updateButtons();
    }

    private void showSupportedItems(List<Deliverable> rows) {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        rows.stream().filter(d -> d.status() != DeliverableStatus.CANCELLED)
                .forEach(d -> d.supports().stream().filter(Deliverable.SupportedTopic::item)
                        .forEach(item -> byItem.computeIfAbsent(item.label(), k -> new ArrayList<>())
                                .add(d.title() + " (" + DeliverableBadges.statusLabel(d).toLowerCase(Locale.ROOT) + ")")));
        supportedItems.removeAll();
        if (byItem.isEmpty()) {
            supportedItems.add(new EmptyState("No linked items",
                    "Link a deliverable to the pledge items it supports when planning or editing it."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("supported-items");
        byItem.entrySet().stream().sorted(Map.Entry.comparingByKey(GrantDetailView::byItemNumber))
                .forEach(e -> list.add(new ListItem(e.getKey() + " — " + String.join("; ", e.getValue()))));
        supportedItems.add(list);
    }

    private static int byItemNumber(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(0, a.indexOf('.'))),
                Integer.parseInt(b.substring(0, b.indexOf('.'))));
    }

    private void updateButtons() {
        var selected = selected();
        boolean open = selected.map(d -> d.status() == DeliverableStatus.PLANNED
                || d.status() == DeliverableStatus.SCHEDULED).orElse(false);
        editButton.setEnabled(open);
        cancelButton.setEnabled(open);
        deliveryButton.setEnabled(selected.map(d -> open
                || d.status() == DeliverableStatus.DELIVERED).orElse(false));
        acceptButton.setEnabled(selected.map(d -> d.status() == DeliverableStatus.DELIVERED)
                .orElse(false));
        filesButton.setEnabled(selected.isPresent());
    }

    private Optional<Deliverable> selected() {
        return deliverables.getSelectedItems().stream().findFirst();
    }

    private static Component fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("fact-value-s");
        return new Div(labelSpan, valueSpan);
    }
}
