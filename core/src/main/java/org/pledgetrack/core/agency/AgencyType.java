package org.pledgetrack.core.agency;

public enum AgencyType {
    MUNICIPAL("Municipal"), COUNTY_SHERIFF("County sheriff"), STATE_POLICE("State police"), TRIBAL("Tribal"),
    UNIVERSITY("University or college"), OTHER("Other");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    /** How people read the type, in reports and on screen. */
    public String label() {
        return label;
    }
}
