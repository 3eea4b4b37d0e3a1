package org.pledgetrack.ui.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 18: the admin's catalog screen, its draft editor and its preview. Drafts never reach other tests. */
class CatalogViewTests extends KaribuViewTests {

    private static final String REWORDED = "Publish the use-of-force policy, the complaint process and complaint data";

    @Autowired JdbcTemplate jdbc;
    @Autowired CatalogService catalog;

    @AfterEach
    void deleteDrafts() {
        jdbc.update("DELETE FROM catalog_version WHERE state = 'DRAFT'");
    }

    @Test
    void adminSeesWhichItemsAreNotConfirmedDraftsARewordedItemPreviewsItAndSavesIt() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/catalog");
        CatalogView view = _get(CatalogView.class);
        assertThat(view.versions.asSingleSelect().getValue().id()).isEqualTo(catalog.currentVersion().id());
        assertThat(_get(H3.class, spec -> spec.withText("Items of 2023: 12 not confirmed against IACP's current list")))
                .isNotNull();
        assertThat(view.edit.isEnabled()).isFalse();
        assertThat(view.publish.isEnabled()).isFalse();

        _click(view.newDraft);
        CatalogDraftEditor editor = _get(CatalogDraftEditor.class);
        editor.code.setValue("2025");
        editor.itemGrid.select(editor.itemGrid.getListDataView().getItem(1));
        editor.itemTitle.setValue(REWORDED);
        editor.resources.setValue("IACP model policy | https://www.theiacp.org/resources");
        _click(editor.preview);

        assertThat(_find(Span.class, spec -> spec.withClasses("catalog-preview-title"))).extracting(Span::getText)
                .contains("2. " + REWORDED, "1. Bias-free policing policy").hasSize(25);
        assertThat(_find(Span.class, spec -> spec.withText("Not confirmed"))).hasSizeGreaterThanOrEqualTo(12);

        _click(editor.save);
        CatalogVersion draft = view.versions.asSingleSelect().getValue();
        assertThat(draft.published()).isFalse();
        assertThat(draft.code()).isEqualTo("2025");
        assertThat(draft.items().get(1).title()).isEqualTo(REWORDED);
        assertThat(draft.items().get(1).resources()).hasSize(1);
        assertThat(view.publish.isEnabled()).isTrue();
        assertThat(catalog.currentVersion().code()).isEqualTo("2023");
    }

    @Test
    void aResourceWithoutALinkIsRefusedAtItsFieldAndNothingIsSaved() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/catalog");
        CatalogView view = _get(CatalogView.class);
        _click(view.newDraft);
        CatalogDraftEditor editor = _get(CatalogDraftEditor.class);
        String codeBefore = view.versions.asSingleSelect().getValue().code();
        editor.code.setValue("2026");
        editor.resources.setValue("A toolkit without a link");

        _click(editor.save);

        assertThat(editor.resources.isInvalid()).isTrue();
        assertThat(editor.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("SELECT code FROM catalog_version WHERE state = 'DRAFT'", String.class))
                .isEqualTo(codeBefore);
    }
}
