package org.pledgetrack.ui.components;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one way a form dialog saves: field errors at the field, core's refusal under the form, one outcome. */
class FormDialogViewTests {

    /** What the sample form edits. */
    public record Contact(String name, String city) {
    }

    static final class ContactDialog extends FormDialog<Contact> {
        final TextField name = new TextField("Name");
        final TextField city = new TextField("City");

        ContactDialog() {
            super("New contact", Contact.class, "Add contact");
            form.binder.forField(name).withValidator(FieldRules.required("Enter a name."))
                    .withValidator(FieldRules.atMost(10, "The name")).bind("name");
            form.binder.forField(city).bind("city");
            addFields(name, city);
        }
    }

    final List<Contact> saved = new ArrayList<>();
    final List<String> afterSave = new ArrayList<>();
    ContactDialog dialog;

    @BeforeEach
    void openDialog() {
        MockVaadin.setup();
        dialog = new ContactDialog();
        dialog.edit(new Contact("", "Wichita"), contact -> {
            if (contact.city().isBlank()) {
                throw new IllegalArgumentException("Enter the city.");
            }
            saved.add(contact);
            return "Added " + contact.name() + ".";
        }, () -> afterSave.add("refreshed"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theDialogShowsTheRecordItWasOpenedOn() {
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.city.getValue()).isEqualTo("Wichita");
        assertThat(dialog.save.getText()).isEqualTo("Add contact");
        assertThat(dialog.save.isDisableOnClick()).isTrue();
    }

    @Test
    void aFieldThatBreaksCoresLimitShowsItsErrorAndNothingIsSaved() {
        dialog.name.setValue("A name far longer than ten");
        _click(dialog.save);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("The name can have at most 10 characters.");
        assertThat(dialog.error.getText()).isEqualTo(RecordForm.CHECK_THE_FIELDS);
        assertThat(dialog.save.isEnabled()).as("the user may try again").isTrue();
        assertThat(saved).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aRefusalFromTheServiceShowsUnderTheFormAndKeepsWhatWasTyped() {
        dialog.name.setValue("Ada");
        dialog.city.setValue(" ");
        _click(dialog.save);

        assertThat(dialog.error.getText()).isEqualTo("Enter the city.");
        assertThat(dialog.name.getValue()).isEqualTo("Ada");
        assertThat(dialog.save.isEnabled()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNoNotifications();
        assertThat(afterSave).isEmpty();
    }

    @Test
    void aSaveShowsOneOutcomeClosesTheDialogAndThenRunsWhatFollows() {
        dialog.name.setValue("Ada");
        _click(dialog.save);

        assertThat(saved).containsExactly(new Contact("Ada", "Wichita"));
        NotificationsKt.expectNotifications("Added Ada.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(afterSave).containsExactly("refreshed");
        assertThat(dialog.save.isEnabled()).as("a second click on its way saves nothing").isFalse();
    }
}
