package org.pledgetrack.ui.assignment;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.data.binder.Binder;

/**
 * Chooses one agency or grant and hands it to {@code onAssign}; the choice is required, and the
 * message shows at the field. Cleared after each assignment so the next one starts fresh.
 */
class AssignPicker<T> extends HorizontalLayout {

    private final ComboBox<T> choice;
    private final Binder<Selection<T>> binder = new Binder<>();
    private final Selection<T> selection = new Selection<>();

    AssignPicker(String label, String buttonText, String requiredMessage, List<T> items,
                 ItemLabelGenerator<T> itemLabel, Consumer<T> onAssign) {
        choice = new ComboBox<>(label, items);
        choice.setItemLabelGenerator(itemLabel);
        choice.setClearButtonVisible(true);
        choice.setMinWidth("14em");
        binder.forField(choice).asRequired(requiredMessage).bind(Selection::get, Selection::set);
        Button assign = new Button(buttonText, click -> {
            if (binder.writeBeanIfValid(selection)) {
                onAssign.accept(selection.get());
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setWidthFull();
        add(choice, assign);
        setFlexGrow(1, choice);
    }

    void clear() {
        selection.set(null);
        binder.readBean(selection);
    }

    ComboBox<T> field() {
        return choice;
    }

    /** The bean the binder writes the chosen item to. */
    static final class Selection<T> {
        private T value;

        T get() {
            return value;
        }

        void set(T value) {
            this.value = value;
        }
    }
}
