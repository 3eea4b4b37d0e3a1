package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.ui.components.HumanDates;

/** The item's history built from the audit log: who, when, what changed from what to what. */
class HistoryList extends Grid<AuditEntry> {

    private static final Map<String, String> FIELD_LABELS = Map.of("status", "Status", "owner", "Owner",
            "targetOn", "Target date", "notes", "Notes");

    HistoryList(List<AuditEntry> history, Clock clock) {
        super(AuditEntry.class, false);
        addClassName("history-list");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(entry -> HumanDates.relativeSpan(entry.occurredAt(), clock)).setHeader("When")
                .setAutoWidth(true);
        addColumn(AuditEntry::actorName).setHeader("Who").setAutoWidth(true);
        addColumn(HistoryList::what).setHeader("What").setFlexGrow(3).setTooltipGenerator(HistoryList::what);
        setEmptyStateText("No changes yet: every change to this item will be listed here.");
        setItems(history.reversed());
        setAllRowsVisible(true);
    }

    static String what(AuditEntry entry) {
        if (entry.field() != null) {
            boolean status = "status".equals(entry.field());
            return FIELD_LABELS.getOrDefault(entry.field(), entry.field()) + ": " + value(entry.oldValue(), status)
                    + " → " + value(entry.newValue(), status);
        }
        String action = entry.action().replace('_', ' ').toLowerCase(Locale.US);
        return entry.newValue() == null ? action : action + ": " + entry.newValue();
    }

    private static String value(String value, boolean status) {
        if (value == null) {
            return "(empty)";
        }
        return status ? ItemStatus.valueOf(value).label() : value;
    }
}
