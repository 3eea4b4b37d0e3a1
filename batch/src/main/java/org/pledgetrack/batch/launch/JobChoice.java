package org.pledgetrack.batch.launch;

/** A job a user can start: its name (for the command line) and what people call it. */
public record JobChoice(String name, String label) {
}
