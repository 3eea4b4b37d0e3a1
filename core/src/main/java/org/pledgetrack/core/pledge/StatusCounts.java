package org.pledgetrack.core.pledge;

import java.util.EnumMap;
import java.util.Map;

/** How many items stand in each status. */
public record StatusCounts(Map<ItemStatus, Integer> counts) {

    public StatusCounts {
        EnumMap<ItemStatus, Integer> copy = new EnumMap<>(ItemStatus.class);
        for (ItemStatus status : ItemStatus.values()) {
            copy.put(status, counts.getOrDefault(status, 0));
        }
        counts = Map.copyOf(copy);
    }

    public int of(ItemStatus status) {
        return counts.get(status);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Verified items as a share of all items, 0-100. */
    public double percentVerified() {
        return total() == 0 ? 0 : 100.0 * of(ItemStatus.VERIFIED) / total();
    }
}
