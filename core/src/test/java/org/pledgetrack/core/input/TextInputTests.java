package org.pledgetrack.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextInputTests {

    @Test
    void optionalTextIsStrippedAndBlankMeansNone() {
        assertThat(TextInput.optional("  Lt. Ramos \n", 200, "The owner")).isEqualTo("Lt. Ramos");
        assertThat(TextInput.optional(" \t ", 200, "The owner")).isNull();
        assertThat(TextInput.optional(null, 200, "The owner")).isNull();
    }

    @Test
    void lengthIsMeasuredAfterStrippingAndTooLongNamesTheFieldWithTheLimit() {
        assertThat(TextInput.optional(" " + "x".repeat(4000) + " ", 4000, "The notes")).hasSize(4000);
        assertThatThrownBy(() -> TextInput.optional("x".repeat(4001), 4000, "The notes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The notes can have at most 4,000 characters.");
        assertThatThrownBy(() -> TextInput.required("x".repeat(201), 200, "The topic", "Enter a topic."))
                .hasMessage("The topic can have at most 200 characters.");
    }

    @Test
    void requiredTextIsStrippedAndMissingGetsTheFieldsOwnMessage() {
        assertThat(TextInput.required(" Survey ", 200, "The topic", "Enter a topic.")).isEqualTo("Survey");
        assertThatThrownBy(() -> TextInput.required("  ", 200, "The topic", "Enter a topic."))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Enter a topic.");
        assertThatThrownBy(() -> TextInput.required(null, 200, "The topic", "Enter a topic."))
                .hasMessage("Enter a topic.");
    }
}
