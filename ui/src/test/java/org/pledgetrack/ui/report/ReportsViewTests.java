package org.pledgetrack.ui.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportDefinition;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportRecurrence;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsViewTests extends KaribuViewTests {

    @Autowired ReportService reportService;
    @Autowired UserRepository users;


    @Test
    @SuppressWarnings("unchecked")
    void overseerGeneratesAReportAndGetsADownloadLink() throws InterruptedException {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("reports");
        Select<ReportFormat> format = _get(Select.class, spec -> spec.withLabel("Format"));
        format.setValue(ReportFormat.PDF);
        assertThat(((Select<ReportType>) _get(Select.class, spec -> spec.withLabel("Report"))).getValue())
                .isEqualTo(ReportType.AGENCY_STATUS);

        _click(_get(Button.class, spec -> spec.withText("Generate")));

        Button generate = _get(Button.class, spec -> spec.withText("Generate"));
        for (int i = 0; i < 300 && !generate.isEnabled(); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(generate.isEnabled()).isTrue();
        assertThat(_get(ProgressBar.class).getValue()).isEqualTo(1.0);
        Grid<ReportFile> files = _get(ReportFilesGrid.class);
        ReportFile newest = GridKt._get(files, 0);
        assertThat(newest.status()).isEqualTo(ReportStatus.READY);
        assertThat(newest.format()).isEqualTo(ReportFormat.PDF);
        assertThat(newest.requestedBy()).isEqualTo(DemoAccounts.OVERSEER);
        assertThat(GridKt._getFormattedRow(files, 0)).contains("Olive Overseer (demo)")
                .doesNotContain(DemoAccounts.OVERSEER);
        assertThat(newest.rowCount()).isPositive();
        assertThat(GridKt._getCellComponent(files, 0, "file")).isInstanceOfSatisfying(Anchor.class,
                link -> assertThat(link.getText()).isEqualTo("Download"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void overseerSavesAMonthlyRecurringReport() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("reports");

        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Board pack");
        _click(_get(Button.class, spec -> spec.withText("Save recurring report")));

        Grid<ReportDefinition> definitions = _find(Grid.class).stream()
                .filter(grid -> !(grid instanceof ReportFilesGrid)).findFirst().orElseThrow();
        List<ReportDefinition> saved = definitions.getGenericDataView().getItems()
                .filter(d -> d.name().equals("Board pack")).toList();
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().cron()).isEqualTo("0 0 6 1 * *");
    }

    @Test
    @SuppressWarnings("unchecked")
    void overseerPicksAQuarterlyScheduleAndReadsItBackInWords() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("reports");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Quarterly board pack");
        _get(Select.class, spec -> spec.withLabel("Runs")).setValue(ReportRecurrence.Frequency.QUARTERLY);
        _get(Select.class, spec -> spec.withLabel("On day")).setValue(15);
        _get(TimePicker.class, spec -> spec.withLabel("Time (UTC)")).setValue(LocalTime.of(7, 30));
        _click(_get(Button.class, spec -> spec.withText("Save recurring report")));

        Grid<ReportDefinition> definitions = _find(Grid.class).stream()
                .filter(grid -> !(grid instanceof ReportFilesGrid)).findFirst().orElseThrow();
        int row = IntStream.range(0, GridKt._size(definitions))
                .filter(i -> GridKt._get(definitions, i).name().equals("Quarterly board pack")).findFirst().orElseThrow();
        assertThat(GridKt._get(definitions, row).cron()).isEqualTo("0 30 7 15 1,4,7,10 *");
        assertThat(GridKt._getFormattedRow(definitions, row))
                .contains("Quarterly on day 15 at 07:30 UTC (January, April, July, October)");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Schedule (cron, UTC)"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWeeklyScheduleNeedsItsWeekday() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("reports");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Weekly without a day");
        _get(Select.class, spec -> spec.withLabel("Runs")).setValue(ReportRecurrence.Frequency.WEEKLY);
        Select<DayOfWeek> weekday = _get(Select.class, spec -> spec.withLabel("On"));
        weekday.setValue(null);
        _click(_get(Button.class, spec -> spec.withText("Save recurring report")));

        assertThat(weekday.isInvalid()).isTrue();
        assertThat(weekday.getErrorMessage()).isEqualTo("Choose the weekday.");
        assertThat(reportService.definitions(Users.signedIn(users, DemoAccounts.OVERSEER)))
                .noneMatch(d -> d.name().equals("Weekly without a day"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void agencyUserCanOnlyChooseItsItemDetail() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("reports");

        Select<ReportType> type = _get(Select.class, spec -> spec.withLabel("Report"));
        assertThat(type.getListDataView().getItems()).containsExactly(ReportType.AGENCY_ITEMS);
        assertThat(_find(Button.class, spec -> spec.withText("Save recurring report"))).isEmpty();
    }
}
