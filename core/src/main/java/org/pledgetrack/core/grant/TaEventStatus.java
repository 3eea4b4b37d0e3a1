package org.pledgetrack.core.grant;

/** Planned until TA staff record that it was held (with hours and attendance); a held event stays held. */
public enum TaEventStatus {
    PLANNED("Planned"), HELD("Held");

    private final String label;

    TaEventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
