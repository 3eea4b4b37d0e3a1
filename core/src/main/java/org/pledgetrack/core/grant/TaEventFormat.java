package org.pledgetrack.core.grant;

public enum TaEventFormat {
    IN_PERSON("In person"), VIRTUAL("Virtual");

    private final String label;

    TaEventFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
