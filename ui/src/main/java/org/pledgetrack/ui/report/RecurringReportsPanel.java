package org.pledgetrack.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.pledgetrack.core.report.ReportDefinition;
import org.pledgetrack.core.report.ReportRecurrence;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.HumanDates;

/**
 * Recurring reports (overseers and admins): save the report chosen in the form above with a name
 * and a schedule; each firing puts a file in the list and mails it to its owner.
 */
class RecurringReportsPanel extends VerticalLayout {

    private final ReportService reports;
    private final CurrentUser user;
    private final ReportForm form;
    private final TextField name = new TextField("Name");
    private final RecurrencePicker recurrence = new RecurrencePicker();
    private final Grid<ReportDefinition> definitions = new Grid<>();
    private final EmptyState empty = new EmptyState("No recurring reports yet",
            "Choose a report above, give it a name and a schedule, and save it: it will run on its own.");

    RecurringReportsPanel(ReportService reports, CurrentUser user, ReportForm form) {
        this.reports = reports;
        this.user = user;
        this.form = form;
        setPadding(false);
        add(new H3("Recurring reports"),
                new Paragraph("Files of recurring reports use the newest snapshot and are mailed to you when "
                        + "e-mail is set up."), saveForm(), configureGrid(), empty);
        refresh();
    }

    private HorizontalLayout saveForm() {
        name.setPlaceholder("e.g. Monthly status for the board");
        name.setWidth("20rem");
        name.setMaxLength(200);
        Button save = new Button("Save recurring report", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout layout = new HorizontalLayout(name, recurrence, save);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        return layout;
    }

    private Grid<ReportDefinition> configureGrid() {
        definitions.addColumn(ReportDefinition::name).setHeader("Name").setAutoWidth(true);
        definitions.addColumn(d -> d.type().label()).setHeader("Report").setAutoWidth(true);
        definitions.addColumn(d -> d.format().name()).setHeader("Format");
        definitions.addColumn(d -> ReportRecurrence.describe(d.cron())).setHeader("Schedule").setAutoWidth(true);
        definitions.addColumn(d -> HumanDates.exact(d.nextRunAt())).setHeader("Next run").setAutoWidth(true);
        definitions.addColumn(ReportDefinition::ownerName).setHeader("Owner").setAutoWidth(true);
        definitions.addComponentColumn(d -> {
            Button delete = new Button("Delete", click -> delete(d));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return delete;
        }).setHeader("").setAutoWidth(true);
        definitions.addThemeVariants(GridVariant.LUMO_COMPACT);
        definitions.setAllRowsVisible(true);
        return definitions;
    }

    private void save() {
        ReportRecurrence chosen = recurrence.recurrence().orElse(null);
        if (chosen == null) {
            return;
        }
        try {
            reports.saveDefinition(user, name.getValue(), form.type.getValue(), form.format.getValue(), form.filters(),
                    chosen.toCron());
            name.clear();
            Notification.show("Saved. The first file comes at the next scheduled time.");
            refresh();
        } catch (IllegalArgumentException e) {
            ActionFeedback.refused(e.getMessage());
        }
    }

    private void delete(ReportDefinition definition) {
        reports.deleteDefinition(user, definition.id());
        refresh();
    }

    private void refresh() {
        var all = reports.definitions(user);
        definitions.setItems(all);
        definitions.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
