package org.pledgetrack.ui.agency;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.pledgetrack.ui.components.ExportedFile;
import org.pledgetrack.ui.components.GridExport;

/** The overseer's agency list: state and schedule filters, the empty result, and the export of what is shown. */
class AgenciesViewTests extends KaribuViewTests {

    @Test
    @SuppressWarnings("unchecked")
    void stateIsChosenFromTheListOfStatesAndScheduleFromTheRulesStatuses() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("agencies");
        AgencyProgressGrid grid = _get(AgencyProgressGrid.class);
        ComboBox<String> state = _get(ComboBox.class, spec -> spec.withLabel("State"));
        assertThat(state.getListDataView().getItems()).contains("KS", "OH", "PR").hasSize(56);
        int all = GridKt._size(grid);

        Select<ScheduleStatus> schedule = _get(Select.class, spec -> spec.withLabel("Schedule"));
        schedule.setValue(ScheduleStatus.BEHIND);
        List<AgencyProgress> behind = rows(grid);
        assertThat(behind).allSatisfy(row -> assertThat(row.scheduleStatus()).isEqualTo(ScheduleStatus.BEHIND));
        assertThat(behind.size()).isLessThan(all);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyResultSaysHowToWidenTheFilter() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("agencies");
        AgencyProgressGrid grid = _get(AgencyProgressGrid.class);
        _get(ComboBox.class, spec -> spec.withLabel("State")).setValue("AK");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).contains("No agencies match").contains("Clear the state or schedule filter");
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportHoldsExactlyTheFilteredSortedRows() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("agencies");
        AgencyProgressGrid grid = _get(AgencyProgressGrid.class);
        _get(ComboBox.class, spec -> spec.withLabel("State")).setValue("KS");
        _get(TextField.class, spec -> spec.withLabel("Search")).setValue("police");
        List<AgencyProgress> shown = rows(grid);
        assertThat(shown).isNotEmpty();
        GridExport<AgencyProgress> export = _get(GridExport.class);

        List<List<String>> xlsx = ExportedFile.xlsxRows(export);
        assertThat(xlsx.getFirst()).startsWith("Agency", "ORI", "State", "Pledge", "Signed", "Items", "Verified",
                "Schedule");
        assertThat(xlsx.subList(1, xlsx.size())).extracting(row -> row.get(0))
                .containsExactlyElementsOf(shown.stream().map(AgencyProgress::agencyName).toList());
        assertThat(xlsx.subList(1, xlsx.size())).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("KS"));
        assertThat(xlsx.get(1).get(6)).isEqualTo(String.valueOf(shown.getFirst().verified()));
        assertThat(ExportedFile.xlsxFilters(export)).isEqualTo("search \"police\", state KS; sorted by agency, ascending");

        List<CSVRecord> csv = ExportedFile.csvRows(export);
        assertThat(csv).hasSize(shown.size() + 1);
        assertThat(csv.subList(1, csv.size())).extracting(record -> record.get(0))
                .containsExactlyElementsOf(shown.stream().map(AgencyProgress::agencyName).toList());
    }

    private static List<AgencyProgress> rows(AgencyProgressGrid grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
