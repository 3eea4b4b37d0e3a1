package org.pledgetrack.ui.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.pledgetrack.core.report.Choice;
import org.pledgetrack.core.report.FilterChoices;
import org.pledgetrack.core.report.ReportFilter;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.ui.components.HumanDates;

/**
 * What to generate: report type, format, as-of date (one of the snapshot dates) and the filters.
 * Only the filters the chosen report applies are shown (the agency only for the item-level detail,
 * which is about one agency), and only those are sent.
 */
class ReportForm extends FormLayout {

    final Select<ReportType> type = new Select<>();
    final Select<ReportFormat> format = new Select<>();
    final Select<LocalDate> asOf = new Select<>();
    final Select<String> state = new Select<>();
    final ComboBox<Choice> provider = new ComboBox<>("TA provider");
    final ComboBox<Choice> grant = new ComboBox<>("Grant");
    final Select<ScheduleStatus> scheduleStatus = new Select<>();
    final ComboBox<Choice> agency = new ComboBox<>("Agency");

    ReportForm(List<ReportType> types, FilterChoices choices) {
        addClassName("report-form");
        configureType(types);
        configureFormat();
        configureAsOf(choices.asOfDates());
        configureFilters(choices);
        add(type, format, asOf, state, provider, grant, scheduleStatus, agency);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 4));
        showAppliedFilters();
    }

    private void configureType(List<ReportType> types) {
        type.setLabel("Report");
        type.setItems(types);
        type.setItemLabelGenerator(ReportType::label);
        type.setValue(types.getFirst());
        type.addValueChangeListener(change -> showAppliedFilters());
    }

    private void configureFormat() {
        format.setLabel("Format");
        format.setItems(ReportFormat.tables());
        format.setItemLabelGenerator(f -> switch (f) {
            case CSV -> "CSV (comma-separated)";
            case XLSX -> "Excel (XLSX)";
            case PDF -> "PDF with chart";
            case ZIP -> "ZIP (agency dossier)";
        });
        format.setValue(ReportFormat.XLSX);
    }

    private void configureAsOf(List<LocalDate> dates) {
        asOf.setLabel("As-of date (snapshot)");
        asOf.setItems(dates);
        asOf.setItemLabelGenerator(HumanDates::date);
        asOf.setEmptySelectionAllowed(false);
        if (!dates.isEmpty()) {
            asOf.setValue(dates.getFirst());
        }
    }

    private void configureFilters(FilterChoices choices) {
        state.setLabel("State");
        state.setItems(choices.states());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All states");
        provider.setItems(choices.providers());
        provider.setItemLabelGenerator(Choice::name);
        provider.setClearButtonVisible(true);
        provider.setPlaceholder("All TA providers");
        grant.setItems(choices.grants());
        grant.setItemLabelGenerator(Choice::name);
        grant.setClearButtonVisible(true);
        grant.setPlaceholder("All grants");
        scheduleStatus.setLabel("Schedule status");
        scheduleStatus.setItems(ScheduleStatus.values());
        scheduleStatus.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        scheduleStatus.setEmptySelectionAllowed(true);
        scheduleStatus.setEmptySelectionCaption("Any");
        agency.setItems(choices.agencies());
        agency.setItemLabelGenerator(Choice::name);
        agency.setPlaceholder("Choose an agency");
        if (choices.agencies().size() == 1) {
            agency.setValue(choices.agencies().getFirst());
        }
    }

    private void showAppliedFilters() {
        Set<ReportFilter> applied = applied();
        state.setVisible(applied.contains(ReportFilter.STATE));
        provider.setVisible(applied.contains(ReportFilter.PROVIDER));
        grant.setVisible(applied.contains(ReportFilter.GRANT));
        scheduleStatus.setVisible(applied.contains(ReportFilter.SCHEDULE_STATUS));
        agency.setVisible(applied.contains(ReportFilter.AGENCY));
    }

    private Set<ReportFilter> applied() {
        return type.getValue() == null ? Set.of() : type.getValue().filters();
    }

    /** The filters as entered, of those the chosen report applies. */
    ReportFilters filters() {
        ReportFilters entered = new ReportFilters(state.getValue(), id(provider.getValue()), id(grant.getValue()),
                scheduleStatus.getValue(), id(agency.getValue()));
        return type.getValue() == null ? entered : entered.keptFor(type.getValue());
    }

    private static Long id(Choice choice) {
        return choice == null ? null : choice.id();
    }
}
