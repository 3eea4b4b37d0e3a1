package org.pledgetrack.ui.components;

/** The bean of a {@link com.vaadin.flow.data.binder.Binder} over one text field (a comment, an answer). */
public final class SingleText {

    private String text = "";

    public String get() {
        return text;
    }

    public void set(String text) {
        this.text = text;
    }
}
