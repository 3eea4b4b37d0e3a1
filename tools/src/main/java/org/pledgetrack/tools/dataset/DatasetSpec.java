package org.pledgetrack.tools.dataset;

/**
 * What to generate. The same seed and sizes always give the same dataset (for the same today).
 *
 * @param agencies             agencies, all with a pledge (default 18,000: every US agency)
 * @param grants               BCJI grants (default about one per 36 agencies)
 * @param deliverablesPerGrant TA deliverables per grant
 * @param taStaff              TA staff accounts; agencies are shared out among them (the national
 *                             TA account comes on top and has them all)
 */
public record DatasetSpec(long seed, int agencies, int grants, int deliverablesPerGrant, int taStaff) {

    public DatasetSpec {
        if (agencies < 1 || agencies > 1_000_000) {
            throw new IllegalArgumentException("agencies must be between 1 and 1,000,000");
        }
        if (grants < 0 || deliverablesPerGrant < 0 || taStaff < 1) {
            throw new IllegalArgumentException("grants and deliverables cannot be negative; at least one TA staff");
        }
    }

    public static DatasetSpec of(long seed, int agencies) {
        return new DatasetSpec(seed, agencies, Math.max(1, agencies / 36), 10, Math.max(1, agencies / 300));
    }
}
