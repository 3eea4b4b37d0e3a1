package org.pledgetrack.ui.grant;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantFilter;
import org.pledgetrack.core.grant.GrantPhase;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.GridHeaders;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * BCJI grants the user may see, filtered by state, phase, TA provider, overdue deliverables and
 * funds at risk.
 */
@Route("grants")
@PageTitle("Grants and TA | pledgetrack")
@PermitAll
public class GrantsView extends VerticalLayout {

    final Select<String> state = new Select<>();
    final Select<GrantPhase> phase = new Select<>();
    final ComboBox<GrantDetail.Organization> provider = new ComboBox<>("TA provider");
    final Checkbox overdueOnly = new Checkbox("Only with overdue deliverables");
    final Checkbox fundsAtRiskOnly = new Checkbox("Only with funds at risk");
    final Grid<GrantSummary> grid = new Grid<>(GrantSummary.class, false);
    private final GrantService grants;
    private final CurrentUser user;

    GrantsView(GrantService grants, AuthenticatedUser authenticatedUser) {
        this.grants = grants;
        this.user = authenticatedUser.get();
        addClassName("grants-view");
        List<GrantSummary> all = grants.visibleGrants(user);
        if (all.isEmpty()) {
            add(new EmptyState("No grants",
                    "BCJI grants your organization takes part in, or that you are assigned to, appear here."));
            return;
        }
        configureFilters(all);
        configureGrid();
        add(filters(), grid);
        refresh();
    }

    private void configureFilters(List<GrantSummary> all) {
        state.setLabel("State");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All states");
        state.setItems(all.stream().map(GrantSummary::state).filter(Objects::nonNull).distinct().sorted().toList());
        phase.setLabel("Phase today");
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption("All phases");
        phase.setItems(GrantPhase.values());
        phase.setItemLabelGenerator(p -> p == null ? "All phases" : GrantTimeline.phaseLabel(p));
        provider.setItems(grants.visibleProviders(user));
        provider.setItemLabelGenerator(GrantDetail.Organization::name);
        provider.setClearButtonVisible(true);
        provider.setPlaceholder("All providers");
        state.addValueChangeListener(e -> refresh());
        phase.addValueChangeListener(e -> refresh());
        provider.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        fundsAtRiskOnly.addValueChangeListener(e -> refresh());
    }

    private Component filters() {
        HorizontalLayout filters = new HorizontalLayout(state, phase, provider, overdueOnly, fundsAtRiskOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.addColumn(GrantSummary::siteName).setHeader("Site").setWidth("12rem").setFlexGrow(3);
        // award numbers break at their hyphens
        grid.addColumn(GrantSummary::awardNumber).setHeader("Award").setWidth("10rem");
        grid.addColumn(GrantSummary::state).setHeader("State").setAutoWidth(true);
        grid.addColumn(GrantsView::phaseToday).setHeader("Phase").setAutoWidth(true);
        grid.addColumn(GrantSummary::providerNames).setHeader("TA provider").setWidth("10rem").setFlexGrow(2);
        grid.addColumn(g -> HumanDates.date(g.startOn()) + " – " + HumanDates.date(g.endOn()))
                .setHeader("Period").setWidth("8.5rem"); // the two dates one above the other
        GridHeaders.wrapping(grid.addComponentColumn(GrantsView::deliverables), "TA deliverables", "7.5rem");
        GridHeaders.wrapping(grid.addComponentColumn(GrantsView::reports), "Progress reports", "7.5rem");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("grants/" + click.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No grant matches these filters. Clear a filter to see more.");
    }

    private static String phaseToday(GrantSummary grant) {
        if (grant.currentPhase() != null) {
            return GrantTimeline.phaseLabel(grant.currentPhase());
        }
        return switch (grant.standing()) {
            case NOT_STARTED -> "Not started";
            case CLOSED -> "Closed";
            case OPEN -> "Between phases";
        };
    }

    private static Component deliverables(GrantSummary grant) {
        Span total = new Span(String.valueOf(grant.deliverables()));
        if (grant.overdueDeliverables() == 0) {
            return total;
        }
        Span overdue = new Span(grant.overdueDeliverables() + " overdue");
        overdue.getElement().getThemeList().add("badge error");
        return new HorizontalLayout(total, overdue);
    }

    private static Component reports(GrantSummary grant) {
        return grant.fundsAtRisk() ? FundsAtRiskBadge.create() : new Span("On track");
    }

    private void refresh() {
        grid.setItems(grants.visibleGrants(user, new GrantFilter(state.getValue(), phase.getValue(),
                provider.getValue() == null ? null : provider.getValue().id(), overdueOnly.getValue(),
                fundsAtRiskOnly.getValue())));
    }
}
