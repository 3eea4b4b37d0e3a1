package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.pledgetrack.batch.common.RestartDrill;
import org.pledgetrack.db.tables.records.AgencyAreaSnapshotRecord;
import org.pledgetrack.db.tables.records.AgencySnapshotRecord;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Inserts a chunk of agency snapshots, the agency rows and their focus-area rows, by
 * {@link MultiRowInsert}. The date's rows were cleared when the run began and the reader skips
 * agencies that already have a row, so there is never a row to replace.
 */
class SnapshotWriter implements ItemWriter<AgencyStatus> {

    private final DSLContext dsl;
    private final Clock clock;
    private final LocalDate asOf;
    private final StepExecution stepExecution;

    SnapshotWriter(DSLContext dsl, Clock clock, LocalDate asOf, StepExecution stepExecution) {
        this.dsl = dsl;
        this.clock = clock;
        this.asOf = asOf;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends AgencyStatus> chunk) {
        RestartDrill.check(stepExecution, chunk.size());
        Instant now = clock.instant();
        List<AgencySnapshotRecord> agencies = new ArrayList<>();
        List<AgencyAreaSnapshotRecord> areas = new ArrayList<>();
        for (AgencyStatus status : chunk) {
            agencies.add(agencyRow(status, now));
            for (AgencyStatus.AreaStatus area : status.areas()) {
                areas.add(areaRow(status.pledge(), area, now));
            }
        }
        MultiRowInsert.insert(dsl, agencies);
        MultiRowInsert.insert(dsl, areas);
    }

    private AgencySnapshotRecord agencyRow(AgencyStatus status, Instant now) {
        PledgeOnDate pledge = status.pledge();
        AgencyStatus.Progress total = status.total();
        ItemCounts counts = total.counts();
        return new AgencySnapshotRecord()
                .setAsOf(asOf).setAgencyId(pledge.agencyId()).setPledgeId(pledge.pledgeId()).setState(pledge.state())
                .setPledgeStatus(pledge.pledgeStatus())
                .setItemsTotal(counts.total()).setNotStarted(counts.notStarted()).setInProgress(counts.inProgress())
                .setSubmitted(counts.submitted()).setReturned(counts.returned()).setVerified(counts.verified())
                .setPctSubmitted(total.pctSubmitted()).setPctVerified(total.pctVerified())
                .setExpectedPct(total.expectedPct()).setScheduleStatus(total.scheduleStatus().name())
                .setDaysSinceActivity(status.daysSinceActivity()).setWaitingReview(status.waitingReview())
                .setOldestWaitDays(status.oldestWaitDays())
                .setComputedAt(now);
    }

    private AgencyAreaSnapshotRecord areaRow(PledgeOnDate pledge, AgencyStatus.AreaStatus area, Instant now) {
        AgencyStatus.Progress progress = area.progress();
        ItemCounts counts = progress.counts();
        return new AgencyAreaSnapshotRecord()
                .setAsOf(asOf).setAgencyId(pledge.agencyId()).setFocusAreaId(area.focusAreaId())
                .setPledgeId(pledge.pledgeId())
                .setItemsTotal(counts.total()).setNotStarted(counts.notStarted()).setInProgress(counts.inProgress())
                .setSubmitted(counts.submitted()).setReturned(counts.returned()).setVerified(counts.verified())
                .setPctSubmitted(progress.pctSubmitted()).setPctVerified(progress.pctVerified())
                .setExpectedPct(progress.expectedPct()).setScheduleStatus(progress.scheduleStatus().name())
                .setComputedAt(now);
    }
}
