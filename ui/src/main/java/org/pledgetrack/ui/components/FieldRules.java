package org.pledgetrack.ui.components;

import com.vaadin.flow.data.binder.Validator;
import org.pledgetrack.core.input.TextInput;

/**
 * Binder validators that check what core's {@link TextInput} checks, with core's limits and
 * wording, so a field shows the refusal beside itself before the service would refuse it.
 */
public final class FieldRules {

    private FieldRules() {
    }

    /**
     * At most {@code maxLength} characters, blanks around the text not counted. Give the field the
     * same limit with {@code setMaxLength} so the browser stops typing there too.
     */
    public static Validator<String> atMost(int maxLength, String fieldName) {
        return Validator.from(value -> TextInput.fits(value, maxLength), TextInput.tooLong(fieldName, maxLength));
    }

    /** Not empty or blank, with the message core gives for the same field. */
    public static Validator<String> required(String message) {
        return Validator.from(value -> value != null && !value.isBlank(), message);
    }
}
