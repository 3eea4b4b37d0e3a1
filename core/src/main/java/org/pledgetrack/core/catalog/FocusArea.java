package org.pledgetrack.core.catalog;

import org.jspecify.annotations.Nullable;

public record FocusArea(long id, int position, String name, @Nullable String description) {
}
