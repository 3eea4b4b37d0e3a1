package org.pledgetrack.ui.request;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.draft.DraftPlace;
import org.pledgetrack.core.draft.DraftService;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.request.TaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.TaRequestStatus;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.time.DurationWords;
import org.pledgetrack.ui.components.FixableRefusals;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.TextDraft;
import org.pledgetrack.ui.components.TextPromptDialog;
import org.pledgetrack.ui.grant.DeliverableDialog;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * TA requests. Agencies submit and follow their requests; TA staff triage them: accept (which
 * plans the deliverable that answers it), decline with a reason, or ask for information.
 */
@Route("ta-requests")
@PageTitle("TA requests | pledgetrack")
@PermitAll
public class TaRequestsView extends VerticalLayout implements AfterNavigationObserver {

    final Grid<TaRequest> grid = new Grid<>(TaRequest.class, false);
    final Button newRequest = new Button("New TA request", VaadinIcon.PLUS.create());
    final Button addInformation = new Button("Add information");
    final Select<GrantSummary> grantForAcceptance = new Select<>();
    final Button accept = new Button("Accept and plan deliverable");
    final Button decline = new Button("Decline");
    final Button askForInformation = new Button("Ask for information");
    private final TaRequestService requests;
    private final GrantService grants;
    private final CatalogService catalog;
    private final DraftService drafts;
    private final Clock clock;
    private final CurrentUser user;

    TaRequestsView(TaRequestService requests, GrantService grants, CatalogService catalog, DraftService drafts,
                   Clock clock, AuthenticatedUser authenticatedUser) {
        this.requests = requests;
        this.grants = grants;
        this.catalog = catalog;
        this.drafts = drafts;
        this.clock = clock;
        this.user = authenticatedUser.get();
        addClassName("ta-requests-view");
        setSizeFull();
        configureGrid();
        add(intro(), toolbar(), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /**
     * A notification's link names the request ({@code ?request=12}): it opens selected, with its
     * details shown. After navigation, so that the grid is attached and opens the details in the
     * browser too; re-read first, because Vaadin reuses this view when the bell links here from here.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<Long> requestId = event.getLocation().getQueryParameters().getSingleParameter("request")
                .flatMap(TaRequestsView::parseId);
        if (requestId.isEmpty()) {
            return;
        }
        refresh();
        grid.getListDataView().getItems().filter(r -> r.id() == requestId.get()).findFirst()
                .ifPresent(request -> {
                    grid.select(request);
                    // opened details reach the browser only once the grid's rows have been sent to it
                    getUI().ifPresent(ui -> ui.beforeClientResponse(grid, context -> grid.setDetailsVisible(request, true)));
                });
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private Component intro() {
        Paragraph intro = new Paragraph(user.is(Role.AGENCY)
                ? "Ask your TA provider for help on a topic. You are notified when TA staff ask a question or answer "
                        + "(the bell at the top; by e-mail as set under Notifications in the menu)."
                : "Requests from your agencies and grants. Accepting one plans the deliverable that answers it; "
                        + "first-response time and time to delivery are recorded.");
        intro.addClassName("hint");
        return intro;
    }

    private Component toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (user.is(Role.AGENCY)) {
            newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newRequest.addClickListener(click -> openNewRequestDialog());
            addInformation.addClickListener(click -> selected().ifPresent(r -> new TextPromptDialog(
                    "Add information: " + r.topic(), "Your answer", TaRequestService.MAX_INFORMATION, "Send",
                    text -> requests.addInformation(user, r.id(), r.version(), text), this::refresh)
                    .keepingDraft(drafts, user, DraftPlace.taRequestMessage(r.id()), clock).open()));
            toolbar.add(newRequest, addInformation);
        } else if (user.is(Role.TA_STAFF) || user.is(Role.ADMIN)) {
            grantForAcceptance.setLabel("Grant for the deliverable");
            grantForAcceptance.setWidth("20rem");
            grantForAcceptance.setItems(grants.visibleGrants(user));
            grantForAcceptance.setItemLabelGenerator(GrantSummary::siteName);
            grantForAcceptance.getListDataView().getItems().findFirst().ifPresent(grantForAcceptance::setValue);
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClickListener(click -> selected().ifPresent(this::openAcceptDialog));
            decline.addClickListener(click -> selected().ifPresent(r -> new TextPromptDialog("Decline: " + r.topic(),
                    "Reason the requester will read", TaRequestService.MAX_RESPONSE, "Decline",
                    reason -> requests.decline(user, r.id(), r.version(), reason), this::refresh)
                    .keepingDraft(drafts, user, DraftPlace.taRequestMessage(r.id()), clock).open()));
            askForInformation.addClickListener(click -> selected().ifPresent(r -> new TextPromptDialog(
                    "Ask about: " + r.topic(), "Your question", TaRequestService.MAX_RESPONSE, "Send question",
                    question -> requests.askForInformation(user, r.id(), r.version(), question), this::refresh)
                    .keepingDraft(drafts, user, DraftPlace.taRequestMessage(r.id()), clock).open()));
            toolbar.add(grantForAcceptance, accept, decline, askForInformation);
        }
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(TaRequest::topic).setHeader("Topic").setFlexGrow(2);
        grid.addColumn(TaRequest::requestingOrgName).setHeader("From").setFlexGrow(1);
        grid.addColumn(r -> r.awardNumber() == null ? "—" : r.awardNumber()).setHeader("Grant").setAutoWidth(true);
        grid.addColumn(r -> label(r.urgency())).setHeader("Urgency").setAutoWidth(true);
        grid.addComponentColumn(TaRequestsView::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(r -> HumanDates.relativeSpan(r.submittedAt(), clock)).setHeader("Submitted")
                .setAutoWidth(true);
        grid.addColumn(r -> duration(r.firstResponseTime())).setHeader("First response").setAutoWidth(true);
        grid.addColumn(r -> duration(r.timeToDelivery())).setHeader("Time to delivery").setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(TaRequestsView::details));
        grid.setEmptyStateText(user.is(Role.AGENCY) ? "No requests yet. Use “New TA request” to ask for help."
                : "No TA requests from your agencies or grants yet. When one asks for help, the request appears here "
                        + "and in your notifications.");
        grid.addSelectionListener(e -> updateButtons());
    }

    static Component details(TaRequest r) {
        Div details = new Div(new Paragraph(r.description()));
        if (r.focusAreaName() != null || r.itemTitle() != null) {
            details.add(new Paragraph("Related to: " + String.join(" · ", Stream.of(r.focusAreaName(),
                    r.itemTitle()).filter(Objects::nonNull).toList())));
        }
        if (r.responseNote() != null) {
            details.add(new Paragraph("TA staff: " + r.responseNote()));
        }
        details.addClassName("request-details");
        return details;
    }

    private void openNewRequestDialog() {
        TaRequestDialog dialog = new TaRequestDialog(grants.visibleGrants(user), catalog.currentVersion());
        TextDraft draft = new TextDraft(drafts, user, DraftPlace.newTaRequest(user.organizationId()), dialog.description,
                "", clock);
        dialog.placeDraftOffer(draft);
        dialog.edit(TaRequestDialog.EMPTY, request -> {
            requests.submit(user, request);
            draft.discard();
            return "Request submitted. TA staff will answer here.";
        }, this::refresh);
    }

    private void openAcceptDialog(TaRequest request) {
        long grantId = request.grantId() != null ? request.grantId()
                : grantForAcceptance.getValue() == null ? -1 : grantForAcceptance.getValue().id();
        GrantDetail grant = grants.grant(user, grantId);
        DeliverablePlan draft = new DeliverablePlan(DeliverableType.REQUEST_RESPONSE, request.topic(),
                request.description(), grant.providers().isEmpty() ? -1 : grant.providers().getFirst().id(), null, null,
                Set.of(), Set.of());
        DeliverableDialog dialog = new DeliverableDialog("Accept: plan the deliverable for " + grant.summary().siteName(),
                grant, catalog.currentVersion(), draft);
        dialog.addSaveListener(save -> {
            if (FixableRefusals.attempt(() -> requests.accept(user, request.id(), request.version(), grantId, save.plan()),
                    dialog::showError)) {
                dialog.close();
                refresh();
            }
        });
        dialog.open();
    }

    private void updateButtons() {
        Optional<TaRequest> selected = selected();
        boolean triageable = selected.map(r -> r.status() == TaRequestStatus.SUBMITTED
                || r.status() == TaRequestStatus.INFO_REQUESTED).orElse(false);
        accept.setEnabled(triageable);
        decline.setEnabled(triageable);
        askForInformation.setEnabled(triageable);
        addInformation.setEnabled(selected.map(r -> r.status() == TaRequestStatus.INFO_REQUESTED).orElse(false));
    }

    private Optional<TaRequest> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        List<TaRequest> rows = requests.visibleRequests(user);
        grid.setItems(rows);
        updateButtons();
    }

    private static Component status(TaRequest r) {
        Span badge = new Span(switch (r.status()) {
            case SUBMITTED -> "Submitted";
            case INFO_REQUESTED -> "Information requested";
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined";
            case DELIVERED -> "Delivered";
        });
        badge.getElement().getThemeList().add(switch (r.status()) {
            case DELIVERED, ACCEPTED -> "badge success";
            case DECLINED -> "badge contrast";
            case INFO_REQUESTED -> "badge error";
            case SUBMITTED -> "badge";
        });
        return badge;
    }

    private static String label(Urgency urgency) {
        return switch (urgency) {
            case LOW -> "Low";
            case NORMAL -> "Normal";
            case HIGH -> "High";
        };
    }

    /** "12 seconds", "3 hours 20 minutes"; a dash while there is nothing to measure. */
    static String duration(Duration duration) {
        return duration == null ? "—" : DurationWords.of(duration);
    }
}
