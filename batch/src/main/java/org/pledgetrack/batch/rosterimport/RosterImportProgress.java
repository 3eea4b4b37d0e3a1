package org.pledgetrack.batch.rosterimport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * How far running checks and imports have read their file, kept in memory: the import runs in one
 * transaction, so nothing it writes is visible to the screen before the end.
 */
@Component
class RosterImportProgress {

    private final Map<Long, Double> fractions = new ConcurrentHashMap<>();

    void reading(long importId, RosterFile file) {
        fractions.put(importId, file.fractionRead());
    }

    double of(long importId) {
        return fractions.getOrDefault(importId, 0.0);
    }

    void forget(long importId) {
        fractions.remove(importId);
    }
}
