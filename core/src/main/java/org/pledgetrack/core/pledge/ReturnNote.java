package org.pledgetrack.core.pledge;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Why a returned item came back to the agency: the reviewer's reason, who gave it and when. */
public record ReturnNote(String reason, @Nullable String byName, Instant at) {
}
