package org.pledgetrack.batch.pledgestatus;

import static org.pledgetrack.db.Tables.AGENCY_AREA_SNAPSHOT;
import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;
import static org.pledgetrack.db.Tables.ROLLUP_SNAPSHOT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.snapshot.SnapshotGeneration;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Rolls an as-of date's agency rows up per scope (NATIONAL, STATE, PROVIDER, STAFF) and per focus
 * area position (0 = all areas): the job's last step, and the roll-ups of generated prior
 * snapshots. It replaces the date's roll-ups (in the caller's transaction), so running it again (a
 * restart) gives the same rows. Percentages are computed from the summed counts by the same
 * {@link ScheduleRule#percent} as the agency rows; schedule-status columns count agencies
 * (position 0) or agency focus areas (positions 1-6).
 *
 * <p>One pass over the date's rows in Java: four GROUP BY queries (one per scope type, each joining
 * every row with its scope keys) took seconds per date at 18,000 agencies.
 */
public class StatusRollupTasklet implements Tasklet {

    private final DSLContext dsl;
    private final Clock clock;

    public StatusRollupTasklet(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate asOf = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(SnapshotJobParameters.AS_OF);
        rollUp(asOf, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return RepeatStatus.FINISHED;
    }

    /** Replaces the as-of date's roll-ups with ones computed from its agency rows, stamped {@code now} (UTC). */
    public void rollUp(LocalDate asOf, LocalDateTime now) {
        RollupKeys keys = new RollupKeys(dsl);
        Map<Long, List<String[]>> agencyScopes = new HashMap<>();
        RollupTotals totals = new RollupTotals();
        dsl.select(AGENCY_SNAPSHOT.AGENCY_ID, AGENCY_SNAPSHOT.STATE, AGENCY_SNAPSHOT.ITEMS_TOTAL,
                        AGENCY_SNAPSHOT.SUBMITTED, AGENCY_SNAPSHOT.VERIFIED, AGENCY_SNAPSHOT.SCHEDULE_STATUS)
                .from(AGENCY_SNAPSHOT).where(AGENCY_SNAPSHOT.AS_OF.eq(asOf))
                .forEach(r -> {
                    List<String[]> scopes = keys.scopes(r.value1(), r.value2());
                    agencyScopes.put(r.value1(), scopes);
                    totals.add(scopes, 0, r.value3(), r.value4(), r.value5(), ScheduleStatus.valueOf(r.value6()));
                });
        dsl.select(AGENCY_AREA_SNAPSHOT.AGENCY_ID, AGENCY_AREA_SNAPSHOT.FOCUS_AREA_ID,
                        AGENCY_AREA_SNAPSHOT.ITEMS_TOTAL, AGENCY_AREA_SNAPSHOT.SUBMITTED, AGENCY_AREA_SNAPSHOT.VERIFIED,
                        AGENCY_AREA_SNAPSHOT.SCHEDULE_STATUS)
                .from(AGENCY_AREA_SNAPSHOT).where(AGENCY_AREA_SNAPSHOT.AS_OF.eq(asOf))
                .forEach(r -> {
                    List<String[]> scopes = agencyScopes.get(r.value1());
                    if (scopes != null) {
                        totals.add(scopes, keys.position(r.value2()), r.value3(), r.value4(), r.value5(),
                                ScheduleStatus.valueOf(r.value6()));
                    }
                });
        dsl.deleteFrom(ROLLUP_SNAPSHOT).where(ROLLUP_SNAPSHOT.AS_OF.eq(asOf)).execute();
        Instant computedAt = now.toInstant(ZoneOffset.UTC);
        MultiRowInsert.insert(dsl, totals.rows(asOf, computedAt));
        // the date's rows are final (and may be the new latest date): the read API computes its answers
        // again (last statement: it holds the generation's row lock until the caller commits)
        SnapshotGeneration.bump(dsl, clock.instant());
    }
}
