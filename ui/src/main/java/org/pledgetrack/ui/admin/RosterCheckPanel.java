package org.pledgetrack.ui.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.batch.rosterimport.AgencyFieldChange;
import org.pledgetrack.batch.rosterimport.CheckCounts;
import org.pledgetrack.batch.rosterimport.RosterImportRun;
import org.pledgetrack.batch.rosterimport.RosterImportService;
import org.pledgetrack.core.security.CurrentUser;

/**
 * What the check of a roster found (new, changed, unchanged, rejected rows), the changes to existing
 * agencies old → new, and the admin's two choices: import the valid rows or nothing. Fires
 * {@link ImportValidRowsEvent} or {@link ImportNothingEvent}; the view calls the service.
 */
class RosterCheckPanel extends Div {

    private final Button importValid = new Button();
    private final Button importNothing = new Button("Import nothing");

    RosterCheckPanel(RosterImportService imports, CurrentUser admin, RosterImportRun run) {
        addClassNames("card", "roster-check");
        CheckCounts found = run.found();
        add(new H3("What importing this file would do"), counts(found));
        if (found.changed() > 0) {
            add(new Paragraph("Importing applies these changes to agencies already here (same ORI). An empty cell "
                    + "in the file changes nothing."), changes(imports, admin, run.id()));
        }
        add(buttons(found));
    }

    private static Div counts(CheckCounts found) {
        Div facts = new Div(fact("New agencies", found.newAgencies()), fact("Changed", found.changed()),
                fact("Unchanged", found.unchanged()), fact("Rejected rows", found.rejected()));
        facts.addClassNames("facts", "roster-check-counts");
        return facts;
    }

    private static Div fact(String label, int value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span number = new Span(String.valueOf(value));
        number.addClassName("fact-value");
        return new Div(name, number);
    }

    private static Grid<AgencyFieldChange> changes(RosterImportService imports, CurrentUser admin, long importId) {
        Grid<AgencyFieldChange> grid = new Grid<>();
        grid.addClassName("roster-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AgencyFieldChange::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgencyFieldChange::ori).setHeader("ORI").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgencyFieldChange::agencyName).setHeader("Agency");
        grid.addColumn(AgencyFieldChange::field).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(change -> orEmpty(change.oldValue())).setHeader("Now");
        grid.addColumn(change -> orEmpty(change.newValue())).setHeader("After the import");
        grid.setItems(query -> imports.changes(admin, importId, query.getOffset(), query.getLimit()).stream(),
                query -> imports.countChanges(admin, importId));
        grid.setHeight("16rem");
        return grid;
    }

    private static String orEmpty(String value) {
        return value == null ? "(empty)" : value;
    }

    private HorizontalLayout buttons(CheckCounts found) {
        importValid.setText("Import the " + found.toImport() + (found.toImport() == 1 ? " valid row" : " valid rows"));
        importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importValid.addClickListener(click -> {
            disableChoices();
            fireEvent(new ImportValidRowsEvent(this));
        });
        importNothing.addClickListener(click -> {
            disableChoices();
            fireEvent(new ImportNothingEvent(this));
        });
        HorizontalLayout buttons = new HorizontalLayout(importValid, importNothing);
        buttons.setWrap(true);
        return buttons;
    }

    private void disableChoices() {
        importValid.setEnabled(false);
        importNothing.setEnabled(false);
    }

    Registration addImportValidRowsListener(ComponentEventListener<ImportValidRowsEvent> listener) {
        return addListener(ImportValidRowsEvent.class, listener);
    }

    Registration addImportNothingListener(ComponentEventListener<ImportNothingEvent> listener) {
        return addListener(ImportNothingEvent.class, listener);
    }

    /** The admin chose to import the valid rows. */
    static final class ImportValidRowsEvent extends ComponentEvent<RosterCheckPanel> {
        ImportValidRowsEvent(RosterCheckPanel source) {
            super(source, false);
        }
    }

    /** The admin chose to import nothing. */
    static final class ImportNothingEvent extends ComponentEvent<RosterCheckPanel> {
        ImportNothingEvent(RosterCheckPanel source) {
            super(source, false);
        }
    }
}
