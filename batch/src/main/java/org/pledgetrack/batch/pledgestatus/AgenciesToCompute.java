package org.pledgetrack.batch.pledgestatus;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Which agencies an incremental run's compute step reads: the outdated agencies its clearing step
 * found, kept in the job's execution context so that a restart reads the same ones (and, as the
 * reader skips agencies with up-to-date rows, not those of committed chunks). Beyond
 * {@value #MAX_IDS} ids (the context is stored in a TEXT column) it keeps "every agency": the step
 * then looks at all of them, which costs little next to computing that many. A full run keeps
 * nothing, and nothing kept also tells the writers that there are no rows to replace.
 */
final class AgenciesToCompute {

    /** The job execution context's key. */
    static final String KEY = "agenciesToCompute";

    private static final String EVERY_AGENCY = "every agency";
    private static final int MAX_IDS = 2_000;

    private AgenciesToCompute() {
    }

    static void remember(ExecutionContext jobContext, List<Long> agencyIds) {
        jobContext.putString(KEY, isShortList(agencyIds) ? AgencyIds.inList(agencyIds) : EVERY_AGENCY);
    }

    /** Whether the agencies are few enough to be kept as a list (at most {@value #MAX_IDS}). */
    static boolean isShortList(List<Long> agencyIds) {
        return agencyIds.size() <= MAX_IDS;
    }

    static void forget(ExecutionContext jobContext) {
        jobContext.remove(KEY);
    }

    /** The reader's condition on agency {@code o} for what {@link #remember} kept (null: a full run). */
    static String condition(String remembered) {
        return remembered == null || EVERY_AGENCY.equals(remembered) ? "TRUE" : "o.id IN (" + remembered + ")";
    }

    /** Whether the run computes a list of agencies (at most {@value #MAX_IDS}) rather than all of them. */
    static boolean isShortList(String remembered) {
        return remembered != null && !EVERY_AGENCY.equals(remembered);
    }

    /** Whether agencies may have rows to replace: an incremental run. */
    static boolean replacesRows(String remembered) {
        return remembered != null;
    }
}
