package org.pledgetrack.ui.catalog;

import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import org.pledgetrack.core.catalog.CatalogDraft;
import org.pledgetrack.core.catalog.CatalogLimits;
import org.pledgetrack.core.catalog.ItemKind;
import org.pledgetrack.core.input.WebAddress;
import org.pledgetrack.ui.components.FieldRules;
import org.pledgetrack.ui.components.StatusBadge;

/**
 * Edits a draft catalog version: its code, title and note, and its items (focus area, title, description, kind,
 * where the wording comes from, whether it is confirmed against IACP's list, IACP's resources) and their order.
 * Preview shows the unsaved edits as agencies will read them; Save hands the whole draft to {@code save}, which
 * returns whether the service took it.
 */
class CatalogDraftEditor extends Dialog {

    final TextField code = new TextField("Code");
    final TextField title = new TextField("Title");
    final TextArea note = new TextArea("Note");
    final Grid<EditableCatalog.Item> itemGrid = new Grid<>();
    final Select<EditableCatalog.Area> area = new Select<>();
    final TextField itemTitle = new TextField("Item title");
    final TextArea description = new TextArea("Description");
    final Select<ItemKind> kind = new Select<>();
    final TextArea sourceNote = new TextArea("Source of the wording");
    final Checkbox textConfirmed = new Checkbox("Text confirmed against IACP's current list");
    final TextArea confirmationNote = new TextArea("What is not confirmed");
    final TextArea resources = new TextArea("IACP resources");
    final Button preview = new Button("Preview");
    final Button save = new Button("Save draft");

    private final EditableCatalog catalog;
    private final Binder<EditableCatalog> header = new Binder<>();
    private final Binder<EditableCatalog.Item> itemBinder = new Binder<>();

    CatalogDraftEditor(CatalogDraft draft, Predicate<CatalogDraft> saveDraft) {
        this.catalog = EditableCatalog.of(draft);
        setHeaderTitle("Edit draft " + draft.code());
        setWidth("min(80rem, 98vw)");
        setHeight("90vh");
        bindHeader();
        bindItem();
        configureGrid();
        HorizontalLayout body = new HorizontalLayout(itemList(), itemForm());
        body.setWidthFull();
        add(headerForm(), body);
        preview.addClickListener(click -> CatalogPreview.open(catalog.toDraft()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (header.validate().isOk() && itemBinder.validate().isOk() && saveDraft.test(catalog.toDraft())) {
                close();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), preview, save);
        itemGrid.select(catalog.ordered().getFirst());
    }

    /** The draft as it stands in the editor, saved or not. */
    CatalogDraft current() {
        return catalog.toDraft();
    }

    private Component headerForm() {
        code.setMaxLength(CatalogLimits.CODE);
        code.setHelperText("Short and unique, such as 2025");
        title.setMaxLength(CatalogLimits.VERSION_TITLE);
        note.setMaxLength(CatalogLimits.NOTE);
        note.setHelperText("What changed in this version; may stay empty");
        FormLayout form = new FormLayout(code, title, note);
        form.setColspan(note, 2);
        return form;
    }

    private void bindHeader() {
        header.forField(code).asRequired("Enter a code, e.g. 2025.").withValidator(FieldRules.atMost(CatalogLimits.CODE, "The code"))
                .bind(c -> c.code, (c, v) -> c.code = v);
        header.forField(title).asRequired("Enter a title.")
                .withValidator(FieldRules.atMost(CatalogLimits.VERSION_TITLE, "The title"))
                .bind(c -> c.title, (c, v) -> c.title = v);
        header.forField(note).withValidator(FieldRules.atMost(CatalogLimits.NOTE, "The note"))
                .bind(c -> c.note, (c, v) -> c.note = v);
        header.setBean(catalog);
    }

    private void configureGrid() {
        itemGrid.addClassName("catalog-items-editor");
        itemGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        itemGrid.addColumn(catalog::numberOf).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        itemGrid.addColumn(item -> item.area.name).setHeader("Focus area").setFlexGrow(1);
        itemGrid.addColumn(item -> item.title).setHeader("Title").setFlexGrow(2);
        itemGrid.addComponentColumn(item -> item.textConfirmed ? new Div() : StatusBadge.warning("Not confirmed"))
                .setHeader("Text").setAutoWidth(true).setFlexGrow(0);
        itemGrid.asSingleSelect().addValueChangeListener(change -> {
            itemBinder.setBean(change.getValue());
            confirmationNote.setEnabled(change.getValue() != null && !change.getValue().textConfirmed);
        });
        refreshGrid();
    }

    private Component itemList() {
        Button up = new Button("Move up", click -> moveSelected(-1));
        Button down = new Button("Move down", click -> moveSelected(1));
        Button add = new Button("Add item", click -> addItem());
        Button remove = new Button("Remove item", click -> removeSelected());
        for (Button button : new Button[] {up, down, add, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        Div list = new Div(new HorizontalLayout(up, down, add, remove), itemGrid);
        list.setWidth("55%");
        itemGrid.setHeight("55vh");
        return list;
    }

    private Component itemForm() {
        area.setLabel("Focus area");
        area.setItems(catalog.areas);
        area.setItemLabelGenerator(a -> a.name);
        kind.setLabel("Kind");
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> k == ItemKind.POLICY ? "Policy" : "Practice");
        itemTitle.setMaxLength(CatalogLimits.ITEM_TITLE);
        description.setMaxLength(CatalogLimits.ITEM_DESCRIPTION);
        sourceNote.setMaxLength(CatalogLimits.NOTE);
        sourceNote.setHelperText("Where this wording comes from, e.g. IACP's page of a date");
        confirmationNote.setMaxLength(CatalogLimits.NOTE);
        resources.setHelperText(EditableCatalog.ResourceLines.FORMAT_HINT);
        textConfirmed.addValueChangeListener(change -> confirmationNote.setEnabled(!change.getValue()));
        FormLayout form = new FormLayout(area, kind, itemTitle, description, sourceNote, textConfirmed,
                confirmationNote, resources);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("45%");
        return form;
    }

    private void bindItem() {
        itemBinder.forField(area).asRequired("Choose the focus area.")
                .bind(EditableCatalog.Item::getArea, EditableCatalog.Item::setArea);
        itemBinder.forField(kind).asRequired("Choose whether it is a policy or a practice.")
                .bind(EditableCatalog.Item::getKind, EditableCatalog.Item::setKind);
        itemBinder.forField(itemTitle).asRequired("The item needs a title.")
                .withValidator(FieldRules.atMost(CatalogLimits.ITEM_TITLE, "The title"))
                .bind(EditableCatalog.Item::getTitle, EditableCatalog.Item::setTitle);
        itemBinder.forField(description).asRequired("The item needs a description.")
                .withValidator(FieldRules.atMost(CatalogLimits.ITEM_DESCRIPTION, "The description"))
                .bind(EditableCatalog.Item::getDescription, EditableCatalog.Item::setDescription);
        itemBinder.forField(sourceNote).withValidator(FieldRules.atMost(CatalogLimits.NOTE, "The source note"))
                .bind(EditableCatalog.Item::getSourceNote, EditableCatalog.Item::setSourceNote);
        itemBinder.forField(textConfirmed)
                .bind(EditableCatalog.Item::isTextConfirmed, EditableCatalog.Item::setTextConfirmed);
        itemBinder.forField(confirmationNote)
                .withValidator(Validator.from(text -> textConfirmed.getValue() || (text != null && !text.isBlank()),
                        "Say what is not confirmed, or tick that the text is confirmed."))
                .withValidator(FieldRules.atMost(CatalogLimits.NOTE, "The note"))
                .bind(EditableCatalog.Item::getConfirmationNote, EditableCatalog.Item::setConfirmationNote);
        itemBinder.forField(resources)
                .withValidator(Validator.from(text -> EditableCatalog.ResourceLines.parse(text).stream()
                                .allMatch(r -> !r.title().isBlank() && WebAddress.valid(r.url())),
                        "Write each resource as Title | https://…"))
                .bind(EditableCatalog.Item::getResources, EditableCatalog.Item::setResources);
        itemBinder.addValueChangeListener(change -> itemGrid.getDataProvider().refreshAll());
    }

    private void moveSelected(int by) {
        itemGrid.asSingleSelect().getOptionalValue().ifPresent(item -> {
            catalog.move(item, by);
            refreshGrid();
        });
    }

    private void addItem() {
        EditableCatalog.Item item = new EditableCatalog.Item(itemGrid.asSingleSelect().getOptionalValue()
                .map(selected -> selected.area).orElse(catalog.areas.getLast()));
        catalog.items.add(item);
        refreshGrid();
        itemGrid.select(item);
        itemTitle.focus();
    }

    private void removeSelected() {
        itemGrid.asSingleSelect().getOptionalValue().ifPresent(item -> {
            catalog.items.remove(item);
            refreshGrid();
        });
    }

    private void refreshGrid() {
        itemGrid.setItems(catalog.ordered());
    }

}
