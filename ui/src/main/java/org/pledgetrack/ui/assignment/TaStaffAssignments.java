package org.pledgetrack.ui.assignment;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.assignment.AssignmentPeriod;
import org.pledgetrack.core.assignment.TaAssignmentService;
import org.pledgetrack.core.assignment.TaStaffMember;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FixableRefusals;

/**
 * One TA staff member's assignments: assign an agency or a grant, end a current assignment, and the
 * history of ended ones. Calls {@code onChange} after each change so the staff list's counts follow.
 */
class TaStaffAssignments extends VerticalLayout {

    private final TaAssignmentService assignments;
    private final CurrentUser admin;
    private final TaStaffMember member;
    private final Runnable onChange;
    private final AssignmentHistoryGrid current = new AssignmentHistoryGrid("current-assignments", this::end);
    private final AssignmentHistoryGrid ended = new AssignmentHistoryGrid("ended-assignments", null);
    private final Paragraph noCurrent = new Paragraph("No current assignments. Choose an agency or a grant above.");
    private final Paragraph noEnded = new Paragraph("No assignment of this person has ended yet.");
    private final AssignPicker<Agency> agencyPicker;
    private final AssignPicker<GrantSummary> grantPicker;

    TaStaffAssignments(TaAssignmentService assignments, CurrentUser admin, TaStaffMember member,
                       List<Agency> agencies, List<GrantSummary> grants, Runnable onChange) {
        this.assignments = assignments;
        this.admin = admin;
        this.member = member;
        this.onChange = onChange;
        addClassName("ta-staff-assignments");
        setPadding(false);
        agencyPicker = new AssignPicker<>("Agency", "Assign to agency", "Choose an agency.", agencies,
                agency -> agency.name() + " (" + agency.state() + ", " + agency.ori() + ")",
                agency -> assign(() -> assignments.assignAgency(admin, member.id(), agency.id()), agency.name()));
        agencyPicker.addClassName("agency-picker");
        grantPicker = new AssignPicker<>("Grant", "Assign to grant", "Choose a grant.", grants,
                grant -> grant.title() + " (" + grant.awardNumber() + ")",
                grant -> assign(() -> assignments.assignGrant(admin, member.id(), grant.id()), grant.title()));
        grantPicker.addClassName("grant-picker");
        add(header(), agencyPicker, grantPicker, new H3("Assigned now"), noCurrent, current,
                new H3("Ended assignments"), noEnded, ended);
        refresh();
    }

    private VerticalLayout header() {
        Span who = new Span(member.username() + " · " + member.providerName()
                + (member.enabled() ? "" : " · account disabled: enable it before assigning"));
        who.addClassName("assignment-subtitle");
        VerticalLayout header = new VerticalLayout(new H2(member.displayName()), who);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private void assign(Runnable assignment, String what) {
        if (FixableRefusals.attempt(assignment, ActionFeedback::refused)) {
            ActionFeedback.saved(member.displayName() + " is now assigned to " + what + ".");
            agencyPicker.clear();
            grantPicker.clear();
            changed();
        }
    }

    private void end(AssignmentPeriod period) {
        if (FixableRefusals.attempt(() -> assignments.endAssignment(admin, period.id()), ActionFeedback::refused)) {
            ActionFeedback.saved("The assignment to " + period.assignedTo() + " has ended.");
        }
        changed();
    }

    private void changed() {
        refresh();
        onChange.run();
    }

    private void refresh() {
        List<AssignmentPeriod> periods = assignments.assignmentsOf(admin, member.id());
        List<AssignmentPeriod> now = periods.stream().filter(AssignmentPeriod::isCurrent).toList();
        List<AssignmentPeriod> past = periods.stream().filter(period -> !period.isCurrent()).toList();
        current.setItems(now);
        ended.setItems(past);
        current.setVisible(!now.isEmpty());
        noCurrent.setVisible(now.isEmpty());
        ended.setVisible(!past.isEmpty());
        noEnded.setVisible(past.isEmpty());
    }

}
