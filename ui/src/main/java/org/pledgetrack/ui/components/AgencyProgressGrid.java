package org.pledgetrack.ui.components;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.pledgetrack.core.pledge.AgencyProgress;

/** Agencies with their pledge progress: shared by the TA portfolio and the overseer's agency list. */
public class AgencyProgressGrid extends Grid<AgencyProgress> {

    public AgencyProgressGrid(List<AgencyProgress> rows, Clock clock) {
        super(AgencyProgress.class, false);
        addClassName("agency-progress-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(AgencyProgress::agencyName).setHeader("Agency").setSortable(true).setFlexGrow(3);
        addColumn(AgencyProgress::state).setHeader("State").setSortable(true).setAutoWidth(true);
        addColumn(AgencyProgress::ori).setHeader("ORI").setAutoWidth(true);
        addColumn(row -> row.pledgeStatus() == null ? "No pledge" : row.pledgeStatus().name().toLowerCase(Locale.US))
                .setHeader("Pledge").setSortable(true).setAutoWidth(true);
        addColumn(row -> HumanDates.date(row.signedOn())).setHeader("Signed").setAutoWidth(true);
        addColumn(row -> row.pledgeId() == null ? "" : String.format(Locale.US, "%.0f%%", row.percentVerified()))
                .setHeader("Verified").setComparator(AgencyProgress::percentVerified).setAutoWidth(true);
        addColumn(AgencyProgress::submitted).setHeader("Waiting for review").setSortable(true).setAutoWidth(true);
        addComponentColumn(row -> HumanDates.relativeSpan(row.lastAgencyActivity(), clock))
                .setHeader("Last agency activity")
                .setComparator(Comparator.comparing(AgencyProgress::lastAgencyActivity,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        setItems(rows);
        setAllRowsVisible(false);
    }
}
