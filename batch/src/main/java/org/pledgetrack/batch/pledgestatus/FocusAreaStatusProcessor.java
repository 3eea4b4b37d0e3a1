package org.pledgetrack.batch.pledgestatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.pledgetrack.core.pledge.ScheduleRule;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Computes one agency's snapshot for the as-of date from the counts the reader brought: totals,
 * percentages and schedule status per focus area and overall by the {@link ScheduleRule}, days
 * since the agency last worked on an item, and how many items wait for review and since when.
 * No database access: the reader has read everything in one pass.
 */
class FocusAreaStatusProcessor implements ItemProcessor<AgencyProgress, AgencyStatus> {

    private final ScheduleRule rule;
    private final LocalDate asOf;

    FocusAreaStatusProcessor(ScheduleRule rule, LocalDate asOf) {
        this.rule = rule;
        this.asOf = asOf;
    }

    @Override
    public AgencyStatus process(AgencyProgress agency) {
        ItemCounts total = agency.areas().stream().map(AgencyProgress.AreaCounts::counts)
                .reduce(ItemCounts.NONE, ItemCounts::plus);
        BigDecimal expected = rule.expectedPercent(agency.pledge().signedOn(), asOf, total.total(), 0);
        List<AgencyStatus.AreaStatus> areas = agency.areas().stream()
                .map(area -> new AgencyStatus.AreaStatus(area.focusAreaId(), progress(area.counts(), expected)))
                .toList();
        return new AgencyStatus(agency.pledge(), progress(total, expected), daysSince(agency.lastActivity()),
                total.submitted(), daysSince(agency.oldestWaitingSubmission()), areas);
    }

    private AgencyStatus.Progress progress(ItemCounts counts, BigDecimal expected) {
        return new AgencyStatus.Progress(counts, ScheduleRule.percent(counts.submittedOrVerified(), counts.total()),
                ScheduleRule.percent(counts.verified(), counts.total()), expected,
                rule.statusOf(counts.verified(), counts.total(), expected));
    }

    /** Whole days from the date of {@code at} (stored as UTC) to the as-of date; never negative. */
    private Integer daysSince(LocalDateTime at) {
        if (at == null) {
            return null;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(at.toLocalDate(), asOf));
    }
}
