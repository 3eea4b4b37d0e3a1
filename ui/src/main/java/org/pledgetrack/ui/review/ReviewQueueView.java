package org.pledgetrack.ui.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.pledge.Evidence;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.ReviewEntry;
import org.pledgetrack.core.pledge.ReviewQueueFilter;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.FileDownloads;
import org.pledgetrack.ui.components.GridExport;
import org.pledgetrack.ui.pledge.EvidenceLink;
import org.pledgetrack.ui.pledge.ItemView;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Submitted items of the reviewer's agencies, longest waiting first, with a count, filters (agency,
 * focus area, days waiting; applied in core), sorting, the evidence (PDFs and images open in the
 * page) and verify / return in one place. Overseers see the same list read-only.
 */
@Route("review")
@PageTitle("Review queue | pledgetrack")
@RolesAllowed({"TA_STAFF", "ADMIN", "OVERSEER"})
public class ReviewQueueView extends VerticalLayout {

    private final PledgeItemService items;
    private final EvidenceService evidence;
    private final CurrentUser user;
    private final Grid<ReviewEntry> grid = new Grid<>(ReviewEntry.class, false);
    private final ComboBox<Agency> agency = new ComboBox<>("Agency");
    private final Select<FocusArea> focusArea = new Select<>();
    private final IntegerField minDays = new IntegerField("Waiting at least (days)");
    private final Span count = new Span();
    private final Div content = new Div();

    ReviewQueueView(PledgeItemService items, EvidenceService evidence, AgencyService agencies, CatalogService catalog,
                    AuthenticatedUser authenticatedUser, Clock clock) {
        this.items = items;
        this.evidence = evidence;
        this.user = authenticatedUser.get();
        addClassName("review-queue-view");
        setSizeFull();
        configureGrid();
        configureFilters(agencies.visibleAgencies(user), catalog.currentVersion().focusAreas());
        count.addClassName("review-count");
        content.setSizeFull();
        HorizontalLayout toolbar = new HorizontalLayout(agency, focusArea, minDays,
                GridExport.of(grid, "Review queue", "review-queue", this::filtersInWords, exportColumns(), clock));
        toolbar.addClassName("filter-bar");
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(count, toolbar, content);
        setFlexGrow(1, content);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("review-grid");
        grid.addColumn(ReviewEntry::agencyName).setHeader("Agency").setKey("agency").setAutoWidth(true).setFlexGrow(2)
                .setComparator(Comparator.comparing(ReviewEntry::agencyName, String.CASE_INSENSITIVE_ORDER))
                .setTooltipGenerator(ReviewEntry::agencyName);
        grid.addColumn(entry -> entry.item().focusAreaName()).setHeader("Focus area").setKey("area").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(entry -> entry.item().focusAreaName())
                .setComparator(Comparator.comparing(entry -> entry.item().focusAreaName()));
        grid.addComponentColumn(entry -> new RouterLink(entry.item().number() + ". " + entry.item().title(),
                        ItemView.class, ItemView.parameters(entry.item().id()))).setHeader("Item").setKey("item")
                .setWidth("13rem").setFlexGrow(3).setTooltipGenerator(entry -> entry.item().title())
                .setComparator(Comparator.comparing(entry -> entry.item().number()));
        Grid.Column<ReviewEntry> waiting = grid.addColumn(entry -> days(entry.daysWaiting())).setHeader("Waiting")
                .setKey("waiting").setAutoWidth(true).setComparator(Comparator.comparingLong(ReviewEntry::daysWaiting));
        grid.addComponentColumn(this::evidenceLinks).setHeader("Evidence").setKey("evidence").setWidth("11rem")
                .setFlexGrow(1);
        if (!user.is(Role.OVERSEER)) {
            // the actions stay in view when the grid scrolls sideways on a narrow screen
            grid.addComponentColumn(this::actions).setHeader("Review").setKey("review").setAutoWidth(true)
                    .setFlexGrow(0).setFrozenToEnd(true);
        }
        // Long focus-area names, item titles and file names wrap instead of ending in "…".
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.desc(waiting).build());
        grid.setWidthFull();
        grid.setHeightFull();
    }

    private void configureFilters(List<Agency> agencies, List<FocusArea> areas) {
        agency.addClassName("agency-filter");
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::name);
        agency.setPlaceholder("All your agencies");
        agency.setClearButtonVisible(true);
        agency.setWidth("18rem");
        focusArea.setLabel("Focus area");
        focusArea.setItems(areas);
        focusArea.setItemLabelGenerator(area -> area == null ? "All focus areas" : area.name());
        focusArea.setEmptySelectionAllowed(true);
        focusArea.setEmptySelectionCaption("All focus areas");
        minDays.setMin(0);
        minDays.setMax(3650);
        minDays.setStepButtonsVisible(true);
        minDays.setPlaceholder("any");
        minDays.setWidth("12rem");
        minDays.setHelperText("0 or empty: any");
        agency.addValueChangeListener(change -> refresh());
        focusArea.addValueChangeListener(change -> refresh());
        minDays.addValueChangeListener(change -> refresh());
    }

    private ReviewQueueFilter filter() {
        Integer days = minDays.getValue();
        return new ReviewQueueFilter(agency.isEmpty() ? null : agency.getValue().id(),
                focusArea.isEmpty() ? null : focusArea.getValue().position(),
                days == null || days < 0 || minDays.isInvalid() ? 0 : days);
    }

    private boolean filtered() {
        return !filter().equals(ReviewQueueFilter.everything());
    }

    private void refresh() {
        List<ReviewEntry> queue = items.reviewQueue(user, filter());
        content.removeAll();
        count.setText(queue.size() == 1 ? "1 item waiting for review" : queue.size() + " items waiting for review"
                + (filtered() ? " (filtered)" : ""));
        if (queue.isEmpty() && !filtered()) {
            content.add(new EmptyState("Nothing waiting for review",
                    "Items appear here when an agency submits one with its evidence. Meanwhile, the portfolio "
                            + "shows which agencies are falling behind."));
        } else {
            grid.setItems(queue);
            grid.setEmptyStateText("No submitted items match these filters. Clear the agency or focus area, or lower "
                    + "the days waiting, to see more.");
            content.add(grid);
        }
    }

    private String filtersInWords() {
        List<String> parts = new ArrayList<>();
        if (!agency.isEmpty()) {
            parts.add("agency " + agency.getValue().name());
        }
        if (!focusArea.isEmpty()) {
            parts.add("focus area " + focusArea.getValue().name());
        }
        if (filter().minDaysWaiting() > 0) {
            parts.add("waiting at least " + days(filter().minDaysWaiting()));
        }
        return parts.isEmpty() ? "All submitted items" : String.join(", ", parts);
    }

    private static List<GridExport.Column<ReviewEntry>> exportColumns() {
        return List.of(
                GridExport.Column.text("Agency", ReviewEntry::agencyName),
                GridExport.Column.text("Focus area", entry -> entry.item().focusAreaName()),
                GridExport.Column.integer("Item", entry -> entry.item().number()),
                GridExport.Column.text("Title", entry -> entry.item().title()),
                GridExport.Column.integer("Days waiting", ReviewEntry::daysWaiting),
                GridExport.Column.integer("Evidence", entry -> entry.evidence().size()));
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private Component evidenceLinks(ReviewEntry entry) {
        Div links = new Div();
        links.addClassName("evidence-links");
        for (Evidence piece : entry.evidence()) {
            links.add(EvidenceLink.of(evidence, user, piece));
            if (piece.kind() == Evidence.EvidenceKind.FILE && !piece.fileDeleted()
                    && FileDownloads.previewable(piece.contentType())) {
                Button preview = new Button("Preview", click -> new EvidencePreviewDialog(evidence, user, piece).open());
                preview.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                preview.getElement().setAttribute("aria-label", "Preview " + piece.originalFilename());
                preview.addClassName("evidence-preview");
                links.add(preview);
            }
        }
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
        boolean done = ActionFeedback.attempt(() -> items.changeStatus(user, entry.item().id(), entry.item().version(), to,
                comment), this::refresh);
        if (done) {
            ActionFeedback.saved("Item " + entry.item().number() + " of " + entry.agencyName() + " "
                    + to.label().toLowerCase(Locale.ROOT) + ".");
            refresh();
        }
        return done;
    }
}
