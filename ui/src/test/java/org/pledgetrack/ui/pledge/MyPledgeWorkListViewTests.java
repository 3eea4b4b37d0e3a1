package org.pledgetrack.ui.pledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.ExportedFile;
import org.pledgetrack.ui.components.GridExport;
import org.springframework.beans.factory.annotation.Autowired;

/** My pledge as a work list: the status filter, "Needs you", the export, and why a returned item came back. */
class MyPledgeWorkListViewTests extends KaribuViewTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired UserRepository users;

    @Test
    @SuppressWarnings("unchecked")
    void statusFilterNarrowsEveryFocusAreaAndTheExport() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("my-pledge");
        _get(Select.class, spec -> spec.withLabel("Show items")).setValue(ItemStatus.VERIFIED);

        List<PledgeItem> shown = _find(Grid.class, spec -> spec.withClasses("item-grid")).stream()
                .map(grid -> (Grid<PledgeItem>) grid)
                .flatMap(grid -> IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))).toList();
        assertThat(shown).isNotEmpty().allSatisfy(item -> assertThat(item.status()).isEqualTo(ItemStatus.VERIFIED));
        long verified = overviewItems().stream().filter(item -> item.status() == ItemStatus.VERIFIED).count();
        assertThat(shown).hasSize((int) verified);
        // Karibu finds visible components only: each of the six areas shows either its grid or that it has none
        int gridsShown = _find(Grid.class, spec -> spec.withClasses("item-grid")).size();
        int areasSayingNone = _find(Paragraph.class, spec -> spec.withClasses("filter-empty")).size();
        assertThat(gridsShown).isPositive();
        assertThat(gridsShown + areasSayingNone).isEqualTo(6);

        List<List<String>> xlsx = ExportedFile.xlsxRows(_get(GridExport.class));
        assertThat(xlsx.subList(1, xlsx.size())).extracting(row -> row.get(3)).hasSize(shown.size()).containsOnly("Verified");
        assertThat(xlsx.subList(1, xlsx.size())).extracting(row -> row.get(0))
                .containsExactlyElementsOf(shown.stream().map(item -> String.valueOf(item.number())).toList());
    }

    @Test
    void needsYouListsTheReturnedItemWithALinkToIt() {
        PledgeItem returned = overviewItems().stream().filter(item -> item.status() == ItemStatus.RETURNED)
                .findFirst().orElseThrow();
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("my-pledge");
        Div needsYou = _get(Div.class, spec -> spec.withClasses("needs-you"));
        assertThat(_find(needsYou, Anchor.class)).extracting(Anchor::getHref).contains("pledge/item/" + returned.id());
    }

    @Test
    void returnedItemShowsTheReasonItCameBack() {
        PledgeItem returned = overviewItems().stream().filter(item -> item.status() == ItemStatus.RETURNED)
                .findFirst().orElseThrow();
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        String reason = items.detail(wichita, returned.id()).returned().reason();

        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("pledge/item/" + returned.id());
        Div note = _get(Div.class, spec -> spec.withClasses("return-note"));
        assertThat(_get(note, Paragraph.class).getText()).isEqualTo(reason);
    }

    private List<PledgeItem> overviewItems() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        return pledges.overview(wichita, wichita.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream()).toList();
    }
}
