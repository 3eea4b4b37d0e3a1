package org.pledgetrack.ui.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.TaEvent;
import org.pledgetrack.core.grant.TaEventService;
import org.pledgetrack.core.grant.TaEventStatus;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.HumanDates;

/**
 * The TA events that served this grant together with other sites (convenings, courses for several
 * cities, peer visits, webinars): each is one of the grant's deliverables, counted once here and
 * once in its provider's activity. TA staff of the provider plan and record them from here.
 */
class TaEventsPanel extends Div {

    final Grid<TaEvent> events = new Grid<>(TaEvent.class, false);
    final Button planButton = new Button("Plan a TA event", VaadinIcon.PLUS.create());
    private final TaEventService eventService;
    private final CurrentUser user;
    private final Clock clock;
    private final Runnable afterChange;
    private long grantId;
    private Long startingProvider;

    TaEventsPanel(TaEventService eventService, CurrentUser user, Clock clock, Runnable afterChange) {
        this.eventService = eventService;
        this.user = user;
        this.clock = clock;
        this.afterChange = afterChange;
        configureGrid();
        planButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planButton.addClickListener(click -> openNew());
        add(new H3("TA events for several sites"), new Paragraph("One event, for instance a national convening or "
                + "a course taught to three cities together, with each site's attendance. It is one deliverable "
                + "on each grant it served."), planButton, events);
        addClassNames("card", "section");
    }

    void show(GrantDetail grant) {
        this.grantId = grant.summary().id();
        // TA staff plan for their own provider; an admin starts from the grant's provider and may choose another
        startingProvider = user.is(Role.TA_STAFF) ? Long.valueOf(user.organizationId())
                : grant.providers().stream().findFirst().map(GrantDetail.Organization::id).orElse(null);
        boolean plans = eventService.canPlanEvents(user) && startingProvider != null;
        planButton.setVisible(plans);
        events.setEmptyStateText(plans ? "No TA event has served this grant yet. Plan one with “Plan a TA event” "
                + "and choose every site it serves." : "No TA event has served this grant yet.");
        events.setItems(eventService.eventsOfGrant(user, grantId));
    }

    private void configureGrid() {
        events.addColumn(e -> HumanDates.date(e.heldOn())).setHeader("Date").setWidth("8.5rem").setFlexGrow(0);
        events.addColumn(TaEvent::title).setHeader("Event").setFlexGrow(3);
        events.addColumn(e -> e.kind().label() + " · " + e.format().label()).setHeader("Kind").setWidth("10rem")
                .setFlexGrow(0);
        events.addColumn(e -> e.status().label()).setHeader("Status").setWidth("6rem").setFlexGrow(0);
        events.addColumn(e -> e.hours() == null ? "—" : e.hours().stripTrailingZeros().toPlainString())
                .setHeader("Hours").setWidth("5rem").setFlexGrow(0);
        events.addColumn(this::attendance).setHeader("Attendees (this site / all)").setWidth("9rem").setFlexGrow(0);
        events.addColumn(e -> e.sites().stream().map(TaEvent.Site::name).collect(Collectors.joining("; ")))
                .setHeader("Sites served").setFlexGrow(3);
        events.addComponentColumn(this::editButton).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("edit");
        events.setAllRowsVisible(true);
        events.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    }

    private String attendance(TaEvent event) {
        if (event.status() != TaEventStatus.HELD) {
            return "—";
        }
        Integer mine = event.attendeesOfGrant(grantId);
        return (mine == null ? "—" : mine.toString()) + " / " + event.totalAttendees();
    }

    private Component editButton(TaEvent event) {
        Button edit = new Button("Edit", click -> openEdit(event));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", "Edit " + event.title());
        edit.setVisible(eventService.canEdit(user, event.id()));
        return edit;
    }

    private void openNew() {
        new TaEventDialog("Plan a TA event", eventService.siteChoices(user, startingProvider),
                TaEventDialog.blank(startingProvider, grantId), user.is(Role.TA_STAFF),
                id -> eventService.siteChoices(user, id), LocalDate.now(clock),
                plan -> eventService.create(user, plan), this::saved).open();
    }

    private void openEdit(TaEvent event) {
        new TaEventDialog("Edit: " + event.title(), eventService.siteChoices(user, event.providerOrgId()), event.plan(),
                true, id -> eventService.siteChoices(user, id), LocalDate.now(clock),
                plan -> eventService.update(user, event.id(), event.version(), plan), this::saved).open();
    }

    private void saved() {
        ActionFeedback.saved("Event saved");
        afterChange.run();
    }
}
