package org.pledgetrack.core.actionplan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The Action Plan's current diagram linking strategies to crime drivers. */
public record PlanDiagram(long id, String originalFilename, String contentType, long sizeBytes,
                          @Nullable String uploadedByName, Instant uploadedAt) {
}
