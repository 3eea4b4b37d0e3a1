package org.pledgetrack.batch.pledgestatus;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Which agencies an incremental run's compute step reads: the outdated agencies the clearing step
 * found, kept in the job's execution context so that a restart reads the same ones (and, as the
 * reader skips agencies with rows, not those of committed chunks). Beyond {@value #MAX_IDS} ids
 * nothing is kept (the context is stored in a TEXT column) and the step reads every agency without
 * a row, which costs little next to computing that many.
 */
final class AgenciesToCompute {

    /** The job execution context's key; absent: every agency without a row. */
    static final String KEY = "agenciesToCompute";

    private static final int MAX_IDS = 2_000;

    private AgenciesToCompute() {
    }

    static void remember(ExecutionContext jobContext, List<Long> agencyIds) {
        if (agencyIds.size() <= MAX_IDS) {
            jobContext.putString(KEY, AgencyIds.inList(agencyIds));
        }
    }
}
