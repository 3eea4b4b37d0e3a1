package org.pledgetrack.core.draft;

import java.time.Instant;

/** Unsaved text as its owner last typed it. */
public record Draft(String text, Instant updatedAt) {
}
