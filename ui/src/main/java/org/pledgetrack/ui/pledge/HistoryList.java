package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.ui.components.HumanDates;

/** The item's history built from the audit log: who, when, what changed from what to what. */
class HistoryList extends Grid<AuditEntry> {

    HistoryList(List<AuditEntry> history, Clock clock) {
        super(AuditEntry.class, false);
        addClassName("history-list");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addComponentColumn(entry -> HumanDates.relativeSpan(entry.occurredAt(), clock)).setHeader("When")
                .setAutoWidth(true);
        addColumn(AuditEntry::actorName).setHeader("Who").setAutoWidth(true);
        addColumn(HistoryList::what).setHeader("What").setFlexGrow(3).setTooltipGenerator(HistoryList::what);
        setItems(history.reversed());
        setAllRowsVisible(true);
    }

    static String what(AuditEntry entry) {
        if (entry.field() != null) {
            return entry.field() + ": " + value(entry.oldValue()) + " → " + value(entry.newValue());
        }
        String action = entry.action().replace('_', ' ').toLowerCase(Locale.US);
        return entry.newValue() == null ? action : action + ": " + entry.newValue();
    }

    private static String value(String value) {
        return value == null ? "(empty)" : value;
    }
}
