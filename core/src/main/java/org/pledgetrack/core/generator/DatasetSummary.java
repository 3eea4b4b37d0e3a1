package org.pledgetrack.core.generator;

/** What a generation run wrote and how long it took. */
public record DatasetSummary(int agencies, int pledgeItems, int statusChanges, int evidence, int grants,
                             int deliverables, int taStaff, long millis) {

    @Override
    public String toString() {
        return "%,d agencies, %,d pledge items, %,d status changes, %,d evidence links, %,d grants, %,d deliverables, %,d TA staff in %,d ms"
                .formatted(agencies, pledgeItems, statusChanges, evidence, grants, deliverables, taStaff, millis);
    }
}
