package org.pledgetrack.core.generator;

/**
 * What a generation run wrote and how long it took.
 *
 * @param taStaff TA staff accounts written, the national one included
 * @param snapshotDays days before today with agency snapshot rows
 */
public record DatasetSummary(int agencies, int pledgeItems, int statusChanges, int evidence, int grants,
                             int deliverables, int taStaff, int snapshotDays, int agencySnapshotRows,
                             int areaSnapshotRows, long millis) {

    DatasetSummary withPriorSnapshots(int days, int agencyRows, int areaRows, long totalMillis) {
        return new DatasetSummary(agencies, pledgeItems, statusChanges, evidence, grants, deliverables, taStaff, days,
                agencyRows, areaRows, totalMillis);
    }

    @Override
    public String toString() {
        return ("%,d agencies, %,d pledge items, %,d status changes, %,d evidence links, %,d grants, %,d deliverables, "
                + "%,d TA staff, %d days of prior snapshots (%,d agency and %,d focus-area rows) in %,d ms")
                .formatted(agencies, pledgeItems, statusChanges, evidence, grants, deliverables, taStaff, snapshotDays,
                        agencySnapshotRows, areaSnapshotRows, millis);
    }
}
