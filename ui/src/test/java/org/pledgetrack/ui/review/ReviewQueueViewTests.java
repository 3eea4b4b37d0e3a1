package org.pledgetrack.ui.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.agency.Agency;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.ReviewEntry;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.ExportedFile;
import org.pledgetrack.ui.components.GridExport;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue for people with dozens of submissions: count, filters, empty result, export, preview. */
class ReviewQueueViewTests extends KaribuViewTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired UserRepository users;

    @Test
    @SuppressWarnings("unchecked")
    void taStaffFiltersToOneAgencyAndTheCountAndExportFollow() {
        Grid<ReviewEntry> grid = queueAs(DemoAccounts.TA_STAFF);
        int all = GridKt._size(grid);
        assertThat(_get(Span.class, spec -> spec.withClasses("review-count")).getText())
                .isEqualTo(all + " items waiting for review");
        ComboBox<Agency> agency = _get(ComboBox.class, spec -> spec.withLabel("Agency"));
        assertThat(agency.getListDataView().getItems().map(Agency::name))
                .contains("Wichita Police Department", "Dayton Police Department")
                .doesNotContain("Madison Police Department");

        agency.setValue(agency.getListDataView().getItems()
                .filter(a -> a.name().equals("Wichita Police Department")).findFirst().orElseThrow());

        List<ReviewEntry> shown = rows(grid);
        assertThat(shown).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(entry -> assertThat(entry.agencyName()).isEqualTo("Wichita Police Department"));
        assertThat(_get(Span.class, spec -> spec.withClasses("review-count")).getText()).endsWith("(filtered)");
        List<List<String>> xlsx = ExportedFile.xlsxRows(_get(GridExport.class));
        assertThat(xlsx).hasSize(shown.size() + 1);
        assertThat(xlsx.subList(1, xlsx.size())).extracting(row -> row.get(2))
                .containsExactlyElementsOf(shown.stream().map(e -> String.valueOf(e.item().number())).toList());
        assertThat(ExportedFile.xlsxFilters(_get(GridExport.class)))
                .isEqualTo("agency Wichita Police Department; sorted by waiting, descending");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFilterThatLeavesNothingSaysHowToWidenIt() {
        Grid<ReviewEntry> grid = queueAs(DemoAccounts.OVERSEER);
        _get(IntegerField.class, spec -> spec.withLabel("Waiting at least (days)")).setValue(3000);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).contains("No submitted items match these filters")
                .contains("lower the days waiting");
        assertThat(_get(Span.class, spec -> spec.withClasses("review-count")).getText())
                .isEqualTo("0 items waiting for review (filtered)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPdfOfEvidenceOpensInThePage() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        PledgeItem item = pledges.overview(dayton, dayton.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream())
                .filter(i -> i.status() == ItemStatus.NOT_STARTED || i.status() == ItemStatus.IN_PROGRESS)
                .reduce((first, second) -> second).orElseThrow();
        if (item.status() == ItemStatus.NOT_STARTED) {
            item = items.changeStatus(dayton, item.id(), item.version(), ItemStatus.IN_PROGRESS, null);
        }
        evidence.addFile(dayton, item.id(), Items.pdf(), "use-of-force-policy.pdf", null);
        items.changeStatus(dayton, item.id(), item.version(), ItemStatus.SUBMITTED, null);

        Grid<ReviewEntry> grid = queueAs(DemoAccounts.TA_STAFF);
        long itemId = item.id();
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).item().id() == itemId)
                .findFirst().orElseThrow();
        _click(_get(GridKt._getCellComponent(grid, row, "evidence"), Button.class, spec -> spec.withText("Preview")));

        IFrame frame = _get(IFrame.class, spec -> spec.withClasses("evidence-preview-frame"));
        assertThat(frame.getElement().getAttribute("src")).isNotBlank();
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("use-of-force-policy.pdf");
    }

    @SuppressWarnings("unchecked")
    private Grid<ReviewEntry> queueAs(String username) {
        signInAs(username);
        navigateTo("review");
        return _get(Grid.class, spec -> spec.withClasses("review-grid"));
    }

    private static List<ReviewEntry> rows(Grid<ReviewEntry> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
