package org.pledgetrack.ui.grant;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.grant.GranteeReportCalendar;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.HumanDates;

/**
 * The grant's progress-report calendar: each report's period, due date, deadline status and
 * review; a row opens the report to write, submit or review it, and overseers make its files for BJA.
 */
class ReportCalendarPanel extends Div {

    final Grid<GranteeReport> reports = new Grid<>(GranteeReport.class, false);
    private final GrantService grants;
    private final CurrentUser user;
    private final BjaFiles bjaFiles;
    private LocalDate awardStart;
    private LocalDate awardEnd;

    /** Makes a report's files for BJA, for those who send them (overseers and admins); null for the others. */
    @FunctionalInterface
    interface BjaFiles {
        Component of(GranteeReport report);
    }

    ReportCalendarPanel(GrantService grants, CurrentUser user, BjaFiles bjaFiles) {
        this.grants = grants;
        this.user = user;
        this.bjaFiles = bjaFiles;
        configureGrid();
        Paragraph rule = new Paragraph("Semi-annual progress reports: January–June due July 30, July–December due "
                + "January 30; the final report 120 days after the award ends. Funds are at risk from the "
                + GranteeReportCalendar.FUNDS_AT_RISK_DAYS + "th day after a missed due date. Open a report to "
                + "write, submit or review it.");
        rule.addClassName("hint");
        add(new H3("Progress reports"), rule, reports);
        addClassNames("card", "section");
    }

    void show(GrantDetail grant) {
        awardStart = grant.summary().startOn();
        awardEnd = grant.summary().endOn();
        reports.setItems(grants.reportSchedule(user, grant.summary().id()));
    }

    private void configureGrid() {
        reports.addComponentColumn(this::kind).setHeader("Report").setWidth("12rem").setFlexGrow(2);
        reports.addColumn(r -> HumanDates.date(r.periodStart()) + " – " + HumanDates.date(r.periodEnd()))
                .setHeader("Period").setAutoWidth(true);
        reports.addColumn(r -> HumanDates.date(r.dueOn())).setHeader("Due").setAutoWidth(true);
        reports.addColumn(r -> HumanDates.date(r.submittedOn())).setHeader("Submitted").setAutoWidth(true);
        reports.addComponentColumn(ReportBadges::deadline).setHeader("Deadline").setAutoWidth(true);
        reports.addComponentColumn(ReportBadges::review).setHeader("Review").setAutoWidth(true);
        reports.addComponentColumn(this::openButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        if (bjaFiles != null) {
            reports.addComponentColumn(bjaFiles::of).setHeader("Files for BJA").setWidth("11rem").setFlexGrow(0)
                    .setKey("bja");
        }
        reports.setAllRowsVisible(true);
        reports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        reports.setEmptyStateText("No reports: the calendar follows from the award dates.");
    }

    /**
     * The report's kind; a report submitted for a period that changed award dates dropped keeps its
     * content and is marked, so the calendar still shows what the grantee filed.
     */
    private Component kind(GranteeReport report) {
        Div cell = new Div(new Span(report.kind().label()));
        if (!GranteeReportCalendar.inCalendar(report, awardStart, awardEnd)) {
            Span outside = new Span("Outside the award");
            outside.getElement().getThemeList().add("badge contrast");
            outside.setTitle("Submitted for a period the award no longer has after its dates changed; kept as filed.");
            outside.addClassName("outside-award");
            cell.add(new Span(" "), outside);
        }
        return cell;
    }

    private Component openButton(GranteeReport report) {
        Button open = new Button("Open", click -> UI.getCurrent().navigate(ProgressReportView.class,
                ProgressReportView.parameters(report.id())));
        open.getElement().setAttribute("aria-label", "Open the report due " + HumanDates.date(report.dueOn()));
        return open;
    }
}
