package org.pledgetrack.core.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The agency status lists {@link SnapshotService#agencyStatus} pages through, kept in memory (issue
 * 7: the read API's agency status under 50 concurrent clients). A whole list per key, not a page:
 * computing one page sorted the date's rows (17,633 on the bench dataset) for every page and counted
 * them again, about 50 ms of database time a page, so 177 pages cost some 9 s after every job run;
 * the whole list is one query of about 120 ms, and every page of it is then a slice.
 *
 * <p>Bounded by the rows held ({@link SnapshotCacheSettings}), least recently used out first.
 * A list is only ever found under the snapshot generation it was computed at, so a change the
 * generation counts shows at once; lists of older generations are no longer asked for and age out.
 * The time limit (default 10 minutes) is a backstop for what
 * the generation cannot see: rows changed by hand in the database, and an agency deleted with its
 * rows (foreign-key cascades fire no triggers). The application does neither.
 */
@Component
@EnableConfigurationProperties(SnapshotCacheSettings.class)
class AgencyStatusCache {

    /**
     * What a list depends on: the generation, whose agencies may be read
     * ({@link org.pledgetrack.core.security.AccessPolicy#readableAgenciesKey}), the requested date
     * (null: the latest) and the state filter as queried.
     */
    record Key(long generation, String readable, LocalDate asOf, String state) {
    }

    private final Cache<Key, AgencyStatusList> lists;

    AgencyStatusCache(SnapshotCacheSettings settings) {
        this.lists = Caffeine.newBuilder()
                .maximumWeight(settings.maxRows())
                .weigher((Key key, AgencyStatusList list) -> list.rows().size() + 1)
                .expireAfterWrite(settings.ttl())
                .build();
    }

    /**
     * The list kept under the key, or the one {@code load} computes (null: nothing to keep, e.g. no
     * snapshot yet). Concurrent requests for a missing key wait for one computation.
     */
    AgencyStatusList get(Key key, Function<Key, AgencyStatusList> load) {
        return lists.get(key, load);
    }

    /**
     * One date's agency rows for one set of readable agencies (and state), in page order, with when
     * they were computed (null for a date without a run) and a digest of everything in it, the same
     * in every JVM (records print their components; numbers, dates, instants, strings and enum names
     * print the same everywhere). The time is in the digest: a run that recomputes the same numbers
     * still changes the answer.
     */
    record AgencyStatusList(LocalDate asOf, @Nullable Instant computedAt, List<AgencyStatusRow> rows, String digest) {

        static AgencyStatusList of(LocalDate asOf, @Nullable Instant computedAt, String state,
                                   List<AgencyStatusRow> rows) {
            MessageDigest sha = sha256();
            sha.update((asOf + "|" + computedAt + "|" + state).getBytes(StandardCharsets.UTF_8));
            for (AgencyStatusRow row : rows) {
                sha.update(("\n" + row).getBytes(StandardCharsets.UTF_8));
            }
            return new AgencyStatusList(asOf, computedAt, List.copyOf(rows), HexFormat.of().formatHex(sha.digest()));
        }

        /** Rows {@code offset} to {@code offset + limit} (fewer at the end), with a version of that page. */
        AgencyStatusPage page(int offset, int limit) {
            int from = Math.min(offset, rows.size());
            int to = (int) Math.min((long) from + limit, rows.size());
            byte[] version = sha256().digest((digest + "|" + offset + "|" + limit).getBytes(StandardCharsets.UTF_8));
            return new AgencyStatusPage(asOf, computedAt, rows.subList(from, to), rows.size(), HexFormat.of().formatHex(version, 0, 16));
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
