package org.pledgetrack.batch.pledgestatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.core.pledge.DayCount;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Computes one agency's snapshot for the as-of date from the counts the reader brought: totals,
 * percentages, expected share and schedule status per focus area and overall by the
 * {@link ScheduleRule}, days since the agency last moved an item, and how many items wait for review
 * and since when. No database access: the reader has read everything in one pass.
 */
class FocusAreaStatusProcessor implements ItemProcessor<AgencyProgressOnDate, AgencyStatus> {

    private final ScheduleRule rule;
    private final LocalDate asOf;

    FocusAreaStatusProcessor(ScheduleRule rule, LocalDate asOf) {
        this.rule = rule;
        this.asOf = asOf;
    }

    @Override
    public AgencyStatus process(AgencyProgressOnDate agency) {
        LocalDate signedOn = agency.pledge().signedOn();
        List<AgencyStatus.AreaStatus> areas = agency.areas().stream()
                .map(area -> new AgencyStatus.AreaStatus(area.focusAreaId(),
                        progress(signedOn, area.counts(), rule.expectedPercent(signedOn, asOf,
                                area.counts().total(), area.ownTargetDue()))))
                .toList();
        ItemCounts total = agency.areas().stream().map(AgencyProgressOnDate.AreaCounts::counts)
                .reduce(ItemCounts.NONE, ItemCounts::plus);
        int ownTargetDue = agency.areas().stream().mapToInt(AgencyProgressOnDate.AreaCounts::ownTargetDue).sum();
        BigDecimal expected = rule.expectedPercent(signedOn, asOf, total.total(), ownTargetDue);
        return new AgencyStatus(agency.pledge(), progress(signedOn, total, expected), daysSince(agency.lastActivity()),
                total.submitted(), daysSince(agency.oldestWaitingSubmission()), areas);
    }

    private AgencyStatus.Progress progress(LocalDate signedOn, ItemCounts counts, BigDecimal expected) {
        return new AgencyStatus.Progress(counts, ScheduleRule.percent(counts.submittedOrVerified(), counts.total()),
                ScheduleRule.percent(counts.verified(), counts.total()), expected,
                rule.statusOf(signedOn, asOf, counts.verified(), counts.total(), expected));
    }

    private Integer daysSince(Instant at) {
        return at == null ? null : DayCount.between(at, asOf);
    }
}
