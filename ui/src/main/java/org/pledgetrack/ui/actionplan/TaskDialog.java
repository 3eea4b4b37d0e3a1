package org.pledgetrack.ui.actionplan;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.pledgetrack.core.actionplan.TaskPlan;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.ui.components.FixableRefusals;

/**
 * Adds or changes one work plan task: the strategy, the task, who is responsible, its start and end,
 * and the focus areas and pledge items it supports. Limits as core enforces them.
 */
class TaskDialog extends Dialog {

    final TextField strategy = new TextField("Strategy");
    final TextArea task = new TextArea("Task");
    final TextField responsibleParty = new TextField("Responsible party");
    final DatePicker startOn = new DatePicker("Start");
    final DatePicker endOn = new DatePicker("End");
    final MultiSelectComboBox<FocusArea> focusAreas = new MultiSelectComboBox<>("Focus areas it supports");
    final MultiSelectComboBox<CatalogItem> items = new MultiSelectComboBox<>("Pledge items it supports");
    final Button save = new Button("Save task");
    final Span error = new Span();
    private final Binder<TaskPlan> binder = new Binder<>(TaskPlan.class);

    TaskDialog(String heading, CatalogVersion catalog, TaskPlan initial, Consumer<TaskPlan> store, Runnable afterSave) {
        setHeaderTitle(heading);
        focusAreas.setItems(catalog.focusAreas());
        focusAreas.setItemLabelGenerator(FocusArea::name);
        items.setItems(catalog.items());
        items.setItemLabelGenerator(item -> item.number() + ". " + item.title());
        bind(catalog);
        binder.readRecord(initial);
        error.addClassName("form-error");
        FormLayout form = new FormLayout(strategy, responsibleParty, task, startOn, endOn, focusAreas, items);
        form.setColspan(task, 2);
        form.setColspan(focusAreas, 2);
        form.setColspan(items, 2);
        add(form, error);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                TaskPlan written = binder.writeRecord();
                if (FixableRefusals.attempt(() -> store.accept(written), error::setText)) {
                    close();
                    afterSave.run();
                }
            } catch (ValidationException invalid) {
                error.setText("Check the fields marked above.");
            }
        });
        getFooter().add(new Button("Close", click -> close()), save);
        setWidth("min(44rem, 95vw)");
    }

    private void bind(CatalogVersion catalog) {
        binder.forField(strategy).asRequired("Name the strategy the task belongs to.")
                .withValidator(length(TaskPlan.MAX_STRATEGY)).bind("strategy");
        binder.forField(task).asRequired("Say what the task is.").withValidator(length(TaskPlan.MAX_TASK)).bind("task");
        binder.forField(responsibleParty).asRequired("Name who is responsible for the task.")
                .withValidator(length(TaskPlan.MAX_RESPONSIBLE_PARTY)).bind("responsibleParty");
        binder.forField(startOn).asRequired("Enter the start date.").bind("startOn");
        binder.forField(endOn).asRequired("Enter the end date.")
                .withValidator(end -> startOn.getValue() == null || !end.isBefore(startOn.getValue()),
                        "The task cannot end before it starts.")
                .bind("endOn");
        binder.forField(focusAreas)
                .withConverter(areas -> areas.stream().map(FocusArea::id).collect(Collectors.toSet()),
                        (Set<Long> ids) -> catalog.focusAreas().stream().filter(a -> ids.contains(a.id()))
                                .collect(Collectors.toSet()))
                .bind("focusAreaIds");
        binder.forField(items)
                .withConverter(chosen -> chosen.stream().map(CatalogItem::id).collect(Collectors.toSet()),
                        (Set<Long> ids) -> catalog.items().stream().filter(i -> ids.contains(i.id()))
                                .collect(Collectors.toSet()))
                .bind("itemIds");
    }

    private static StringLengthValidator length(int max) {
        return new StringLengthValidator("Up to " + String.format("%,d", max) + " characters.", 0, max);
    }
}
