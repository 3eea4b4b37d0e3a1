package org.pledgetrack.core.pledge;

import java.time.LocalDate;

/** The fields of an item the agency edits: who owns it, by when, and notes. */
public record ItemDetailsChange(String ownerName, LocalDate targetOn, String notes) {
}
