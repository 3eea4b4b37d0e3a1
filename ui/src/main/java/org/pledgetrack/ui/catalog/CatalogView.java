package org.pledgetrack.ui.catalog;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.catalog.CatalogDraft;
import org.pledgetrack.core.catalog.CatalogEditorService;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.pledge.CatalogMigrationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.StatusBadge;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * The campaign catalog for admins: every version (drafts first), the chosen version's items with where their
 * wording comes from and which are not confirmed against IACP's current list, and the actions of a version's life:
 * draft a new version from it, edit and preview a draft, publish it, and move pledges to a published version.
 */
@Route("admin/catalog")
@PageTitle("Campaign catalog | pledgetrack")
@RolesAllowed("ADMIN")
public class CatalogView extends VerticalLayout {

    final Grid<CatalogVersion> versions = new Grid<>();
    final Grid<CatalogItem> items = new Grid<>();
    final Button newDraft = new Button("New draft from this version");
    final Button edit = new Button("Edit draft");
    final Button preview = new Button("Preview");
    final Button publish = new Button("Publish");
    final Button delete = new Button("Delete draft");
    final Button migrate = new Button("Move pledges to this version");
    final H3 itemsHeading = new H3();

    private final CatalogEditorService editor;
    private final CatalogService catalog;
    private final CatalogMigrationService migrations;
    private final CurrentUser admin;
    private long currentVersionId;

    CatalogView(CatalogEditorService editor, CatalogService catalog, CatalogMigrationService migrations,
                AuthenticatedUser authenticatedUser) {
        this.editor = editor;
        this.catalog = catalog;
        this.migrations = migrations;
        this.admin = authenticatedUser.get();
        addClassName("catalog-view");
        setSizeFull();
        configureVersions();
        configureItems();
        add(new Paragraph("A published version never changes: pledges are made against it. New wording is a new "
                + "version: draft it from an existing one, preview it, publish it, then move pledges to it."),
                toolbar(), versions, itemsHeading, items);
        refresh(Optional.empty());
    }

    private Component toolbar() {
        newDraft.addClickListener(click -> selected().ifPresent(this::startDraft));
        edit.addClickListener(click -> selected().ifPresent(this::openEditor));
        preview.addClickListener(click -> selected().ifPresent(v -> CatalogPreview.open(CatalogDraft.of(v))));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> selected().ifPresent(this::publish));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> selected().ifPresent(this::deleteDraft));
        migrate.addClickListener(click -> selected().ifPresent(v -> new CatalogMigrationDialog(migrations, admin, v,
                () -> refresh(Optional.of(v.id()))).open()));
        HorizontalLayout toolbar = new HorizontalLayout(newDraft, edit, preview, publish, delete, migrate);
        toolbar.setWrap(true);
        return toolbar;
    }

    private void configureVersions() {
        versions.addClassName("catalog-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.addColumn(CatalogVersion::code).setHeader("Code").setAutoWidth(true);
        versions.addColumn(CatalogVersion::title).setHeader("Title").setFlexGrow(2);
        versions.addColumn(v -> v.published() ? "Published " + v.publishedOn() : "Draft").setHeader("State")
                .setAutoWidth(true);
        versions.addColumn(v -> v.focusAreas().size() + " areas, " + v.items().size() + " items").setHeader("Content")
                .setAutoWidth(true);
        versions.addColumn(v -> v.unconfirmedItems().isEmpty() ? "All confirmed"
                : v.unconfirmedItems().size() + " not confirmed").setHeader("Text").setAutoWidth(true);
        versions.addColumn(v -> v.id() == currentVersionId ? "New pledges" : "").setHeader("Used for")
                .setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.asSingleSelect().addValueChangeListener(change -> showVersion(change.getValue()));
    }

    private void configureItems() {
        items.addClassName("catalog-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(CatalogItem::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(CatalogItem::title).setHeader("Title").setFlexGrow(2);
        items.addComponentColumn(item -> item.textConfirmed() ? new Div()
                : StatusBadge.warning("Not confirmed")).setHeader("Text").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(item -> item.textConfirmed() ? nullToEmpty(item.sourceNote()) : item.confirmationNote())
                .setHeader("Source / what is not confirmed").setFlexGrow(3);
        items.addColumn(item -> item.resources().isEmpty() ? "" : item.resources().size() + " IACP resources")
                .setHeader("Resources").setAutoWidth(true);
        items.setEmptyStateText("Choose a version above to see its items.");
        items.setMinHeight("20rem");
        setFlexGrow(1, items);
    }

    private void showVersion(CatalogVersion version) {
        boolean draft = version != null && !version.published();
        newDraft.setEnabled(version != null);
        preview.setEnabled(version != null);
        edit.setEnabled(draft);
        publish.setEnabled(draft);
        delete.setEnabled(draft);
        migrate.setEnabled(version != null && version.published());
        itemsHeading.setText(version == null ? "Items" : "Items of " + version.code()
                + (version.unconfirmedItems().isEmpty() ? ""
                : ": " + version.unconfirmedItems().size() + " not confirmed against IACP's current list"));
        items.setItems(version == null ? java.util.List.of() : version.items());
        items.getColumns().getFirst().setTooltipGenerator(item -> version == null ? "" : areaOf(version, item));
    }

    private static String areaOf(CatalogVersion version, CatalogItem item) {
        return version.focusAreas().stream().filter(a -> a.id() == item.focusAreaId()).map(FocusArea::name)
                .findFirst().orElse("");
    }

    private void startDraft(CatalogVersion base) {
        long[] id = new long[1];
        if (ActionFeedback.attempt(() -> id[0] = editor.startDraft(admin, base.id()), () -> refresh(Optional.empty()))) {
            refresh(Optional.of(id[0]));
            selected().ifPresent(this::openEditor);
        }
    }

    private void openEditor(CatalogVersion draft) {
        CatalogVersion fresh = editor.version(admin, draft.id());
        new CatalogDraftEditor(CatalogDraft.of(fresh), changed -> {
            boolean saved = ActionFeedback.attempt(() -> editor.saveDraft(admin, fresh.id(), changed),
                    () -> refresh(Optional.of(fresh.id())));
            if (saved) {
                ActionFeedback.saved("Draft " + changed.code() + " saved.");
                refresh(Optional.of(fresh.id()));
            }
            return saved;
        }).open();
    }

    private void publish(CatalogVersion draft) {
        if (ActionFeedback.attempt(() -> editor.publish(admin, draft.id()), () -> refresh(Optional.of(draft.id())))) {
            ActionFeedback.saved(draft.code() + " is published: new pledges are made against it.");
            refresh(Optional.of(draft.id()));
        }
    }

    private void deleteDraft(CatalogVersion draft) {
        if (ActionFeedback.attempt(() -> editor.deleteDraft(admin, draft.id()), () -> refresh(Optional.empty()))) {
            ActionFeedback.saved("Draft " + draft.code() + " deleted.");
            refresh(Optional.empty());
        }
    }


    private Optional<CatalogVersion> selected() {
        return versions.asSingleSelect().getOptionalValue();
    }

    private void refresh(Optional<Long> select) {
        currentVersionId = catalog.currentVersion().id();
        var all = editor.allVersions(admin);
        versions.setItems(all);
        all.stream().filter(v -> select.map(id -> id == v.id()).orElse(v.id() == currentVersionId))
                .findFirst().ifPresent(versions::select);
        showVersion(selected().orElse(null));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
