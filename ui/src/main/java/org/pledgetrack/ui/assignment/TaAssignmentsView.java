package org.pledgetrack.ui.assignment;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.assignment.TaAssignmentService;
import org.pledgetrack.core.assignment.TaStaffMember;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Admins assign TA staff members to agencies and grants and end assignments: the staff on the left,
 * the chosen person's current and ended assignments on the right.
 */
@Route("admin/ta-assignments")
@PageTitle("TA assignments | pledgetrack")
@RolesAllowed("ADMIN")
public class TaAssignmentsView extends SplitLayout {

    private static final int PHONE_WIDTH = 700;

    private final TaAssignmentService assignments;
    private final CurrentUser admin;
    private final List<Agency> agencies;
    private final List<GrantSummary> grants;
    private final Grid<TaStaffMember> staff = new Grid<>(TaStaffMember.class, false);
    private final VerticalLayout details = new VerticalLayout();
    private Long shownMemberId;

    TaAssignmentsView(TaAssignmentService assignments, AgencyService agencyService, GrantService grantService,
                      AuthenticatedUser authenticatedUser) {
        this.assignments = assignments;
        this.admin = authenticatedUser.get();
        this.agencies = agencyService.visibleAgencies(admin);
        this.grants = grantService.visibleGrants(admin);
        addClassName("ta-assignments-view");
        setSizeFull();
        setSplitterPosition(42);
        configureStaffGrid();
        details.addClassName("assignment-details");
        addToPrimary(staff);
        addToSecondary(details);
        refreshStaff();
        showDetails(Optional.empty());
        // on a phone, side by side would leave each half too narrow to read: the details go below the list
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(client -> {
            if (client.getWindowInnerWidth() < PHONE_WIDTH) {
                setOrientation(Orientation.VERTICAL);
            }
        }));
    }

    private void configureStaffGrid() {
        staff.addClassName("ta-staff-grid");
        staff.setHeightFull();
        staff.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        staff.addColumn(TaStaffMember::displayName).setHeader("TA staff member").setKey("name").setFlexGrow(3)
                .setSortable(true).setTooltipGenerator(TaStaffMember::username);
        staff.addColumn(TaStaffMember::providerName).setHeader("TA provider").setKey("provider").setFlexGrow(2)
                .setTooltipGenerator(TaStaffMember::providerName);
        staff.addColumn(TaStaffMember::currentAgencies).setHeader("Agencies").setKey("agencies").setAutoWidth(true)
                .setFlexGrow(0);
        staff.addColumn(TaStaffMember::currentGrants).setHeader("Grants").setKey("grants").setAutoWidth(true)
                .setFlexGrow(0);
        staff.addColumn(member -> member.enabled() ? "" : "Disabled").setHeader("").setKey("state").setAutoWidth(true)
                .setFlexGrow(0);
        staff.asSingleSelect().addValueChangeListener(event -> showDetails(Optional.ofNullable(event.getValue())));
    }

    private void showDetails(Optional<TaStaffMember> member) {
        Long memberId = member.map(TaStaffMember::id).orElse(null);
        if (memberId != null && memberId.equals(shownMemberId)) {
            return; // the same person again after the counts were reloaded: their details are current
        }
        shownMemberId = memberId;
        details.removeAll();
        if (member.isPresent()) {
            details.add(new TaStaffAssignments(assignments, admin, member.get(), agencies, grants, this::refreshStaff));
        } else if (staff.getListDataView().getItemCount() == 0) {
            details.add(new EmptyState("No TA staff yet", "Create an account with the role TA staff on Accounts "
                    + "first; it then appears here to be assigned to agencies and grants."));
        } else {
            details.add(new EmptyState("Choose a TA staff member", "Pick someone on the left to see what they are "
                    + "assigned to, assign an agency or a grant, or end an assignment. Each change reaches their "
                    + "portfolio, review queue and API at once, and they are notified."));
        }
    }

    /** Reloads the counts, keeping the chosen person chosen without rebuilding their details. */
    private void refreshStaff() {
        Long chosen = staff.asSingleSelect().getOptionalValue().map(TaStaffMember::id).orElse(null);
        List<TaStaffMember> members = assignments.taStaff(admin);
        staff.setItems(members);
        if (chosen != null) {
            members.stream().filter(m -> m.id() == chosen).findFirst().ifPresent(staff.asSingleSelect()::setValue);
        }
    }
}
