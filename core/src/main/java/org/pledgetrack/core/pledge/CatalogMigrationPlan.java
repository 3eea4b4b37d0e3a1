package org.pledgetrack.core.pledge;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;

/**
 * What moving a pledge to another catalog version would do, for the admin to check and change: each of the
 * pledge's items with its status, whether anything is recorded on it, and the new item proposed for it
 * (the new version's item with the same number, if any).
 */
public record CatalogMigrationPlan(long pledgeId, String agencyName, CatalogVersion from, CatalogVersion to,
                                   List<Line> lines) {

    public CatalogMigrationPlan {
        lines = List.copyOf(lines);
    }

    /**
     * @param proposedItemId the new version's item it moves to; null when none is proposed
     * @param hasWork        a status, evidence, a comment or a history is recorded on it: it must be mapped
     */
    public record Line(CatalogItem oldItem, long pledgeItemId, ItemStatus status, boolean hasWork,
                       @Nullable Long proposedItemId) {
    }
}
