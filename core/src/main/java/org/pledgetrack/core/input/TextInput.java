package org.pledgetrack.core.input;

import java.util.Locale;

/**
 * Free text typed into a form, checked the same way in every service: surrounding blanks are
 * dropped, and text longer than its column is refused with one wording that names the field,
 * before the database could refuse it with an error the user cannot read. Callers store what these
 * methods return, so the length checked is the length stored.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * The text without surrounding blanks, or null when there is none (null or blank).
     *
     * @param field how the message names the field, e.g. "The owner"
     */
    public static String optional(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(tooLong(field, maxLength));
        }
        return text;
    }

    /** The refusal of text longer than {@code maxLength}, worded once for services and forms alike. */
    public static String tooLong(String field, int maxLength) {
        return field + " can have at most " + String.format(Locale.US, "%,d", maxLength) + " characters.";
    }

    /** Whether {@link #optional} accepts the text's length: surrounding blanks do not count. */
    public static boolean fits(String value, int maxLength) {
        return value == null || value.strip().length() <= maxLength;
    }

    /**
     * The text without surrounding blanks; null or blank is refused with {@code missingMessage},
     * which each form words for its own field.
     */
    public static String required(String value, int maxLength, String field, String missingMessage) {
        String text = optional(value, maxLength, field);
        if (text == null) {
            throw new IllegalArgumentException(missingMessage);
        }
        return text;
    }
}
