package org.pledgetrack.core.actionplan;

/** How far a work plan task has come once the Action Plan is approved. */
public enum TaskStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
