package org.pledgetrack.core.snapshot;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency status pages {@link SnapshotService#agencyStatus} answered, kept in memory (issue 7:
 * the read API's agency status under 50 concurrent clients). Bounded by the number of rows held
 * ({@code pledgetrack.snapshot-cache.max-rows}, default 100,000: roughly 35 MB; the 18,000
 * agencies of one date are 18,000), least recently used out first.
 *
 * <p>An entry is only ever found under the snapshot generation it was computed at, so a change the
 * generation counts is seen at once; entries of older generations are simply no longer asked for
 * and age out. The time limit ({@code pledgetrack.snapshot-cache.ttl}, default 10 minutes) is a
 * backstop for what the generation cannot see: rows changed by hand in the database, and an agency
 * deleted with its rows (foreign-key cascades fire no triggers). The application does neither.
 */
@Component
class AgencyStatusCache {

    /**
     * What an answer depends on: the generation, whose agencies may be read
     * ({@link org.pledgetrack.core.security.AccessPolicy#readableAgenciesKey}), the requested date
     * (null: the latest), the state filter as queried, and the page.
     */
    record Key(long generation, String readable, LocalDate asOf, String state, int offset, int limit) {
    }

    private final Cache<Key, AgencyStatusPage> pages;

    AgencyStatusCache(@Value("${pledgetrack.snapshot-cache.max-rows:100000}") long maxRows,
                      @Value("${pledgetrack.snapshot-cache.ttl:PT10M}") Duration ttl) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxRows)
                .weigher((Key key, AgencyStatusPage page) -> page.rows().size() + 1)
                .expireAfterWrite(ttl)
                .build();
    }

    /**
     * The page kept under the key, or the one {@code load} computes (null: nothing to keep, e.g. no
     * snapshot yet). Concurrent requests for a missing key wait for one computation.
     */
    AgencyStatusPage get(Key key, Function<Key, AgencyStatusPage> load) {
        return pages.get(key, load);
    }

    /** Entries held now (after pending evictions), for tests. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
