package org.pledgetrack.tools.dataset;

/**
 * What a generation run wrote and how long it took.
 *
 * @param statusChanges       item status changes
 * @param targetChanges       item own target dates set or moved
 * @param pledgeStatusChanges pledges withdrawn
 * @param taStaff             TA staff accounts written, the national one included
 */
public record DatasetSummary(int agencies, int pledgeItems, int statusChanges, int targetChanges,
                             int pledgeStatusChanges, int evidence, int grants, int deliverables, int taStaff,
                             long millis) {

    @Override
    public String toString() {
        return ("%,d agencies, %,d pledge items, %,d status changes, %,d target date changes, %,d pledge status "
                + "changes, %,d evidence links, %,d grants, %,d deliverables, %,d TA staff in %,d ms")
                .formatted(agencies, pledgeItems, statusChanges, targetChanges, pledgeStatusChanges, evidence, grants,
                        deliverables, taStaff, millis);
    }
}
