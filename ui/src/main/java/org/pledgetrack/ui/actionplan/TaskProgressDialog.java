package org.pledgetrack.ui.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.pledgetrack.core.actionplan.TaskStatus;
import org.pledgetrack.core.actionplan.WorkPlanTask;
import org.pledgetrack.ui.components.FixableRefusals;

/** Records how far a task of the approved plan has come: its status, and the date it was done. */
class TaskProgressDialog extends Dialog {

    final Select<TaskStatus> status = new Select<>();
    final DatePicker doneOn = new DatePicker("Date done");
    final Button save = new Button("Save progress");
    final Span error = new Span();
    private final Binder<TaskProgress> binder = new Binder<>(TaskProgress.class);

    TaskProgressDialog(WorkPlanTask task, Clock clock, Consumer<TaskProgress> store, Runnable afterSave) {
        setHeaderTitle(task.plan().task());
        status.setLabel("Status");
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : s.label());
        doneOn.setMax(LocalDate.now(clock));
        binder.forField(status).asRequired("Choose the task's status.").bind("status");
        binder.forField(doneOn)
                .withValidator(date -> status.getValue() != TaskStatus.DONE || date != null,
                        "Enter the date the task was done.")
                .withValidator(date -> date == null || !date.isAfter(LocalDate.now(clock)),
                        "The date done cannot be in the future.")
                .bind("doneOn");
        binder.readRecord(new TaskProgress(task.status(), task.doneOn()));
        doneOn.setVisible(task.status() == TaskStatus.DONE);
        status.addValueChangeListener(change -> doneOn.setVisible(change.getValue() == TaskStatus.DONE));
        error.addClassName("form-error");
        add(new FormLayout(status, doneOn), error);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                TaskProgress progress = binder.writeRecord();
                if (FixableRefusals.attempt(() -> store.accept(progress), error::setText)) {
                    close();
                    afterSave.run();
                }
            } catch (ValidationException invalid) {
                error.setText("Check the fields marked above.");
            }
        });
        getFooter().add(new Button("Close", click -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
