package org.pledgetrack.batch.rosterimport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * How far running imports have got, kept in memory: the insert step runs in one transaction, so
 * nothing it writes is visible to the screen before the end. Validation takes the first half of
 * the bar, the insert the second.
 */
@Component
class RosterImportProgress {

    private final Map<Long, Double> fractions = new ConcurrentHashMap<>();

    void validating(long importId, RosterFile file) {
        fractions.put(importId, file.fractionRead() / 2);
    }

    void inserting(long importId, RosterFile file) {
        fractions.put(importId, 0.5 + file.fractionRead() / 2);
    }

    double of(long importId) {
        return fractions.getOrDefault(importId, 0.0);
    }

    void forget(long importId) {
        fractions.remove(importId);
    }
}
