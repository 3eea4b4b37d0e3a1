package org.pledgetrack.core.grant;

import java.time.LocalDate;

import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Component;

/**
 * The queries of the reports read from the grants and their deliverables and reports, for the report
 * job to stream. It checks nothing, because the report was checked when it was requested
 * ({@code ReportService.request}) and the job runs without a signed-in user: the rows are those the
 * filters choose (null = all). Each query's columns are in the report's column order.
 */
@Component
public class GrantReportReader {

    private final GrantReportRepository repository;

    GrantReportReader(GrantReportRepository repository) {
        this.repository = repository;
    }

    /**
     * The deliverables overdue on {@code asOf} (due before it, not cancelled, not delivered by then) of
     * the grant, provider and lead agency's state chosen, by due date: award number, TA provider, title,
     * type, due date, days overdue on {@code asOf} and today's status.
     */
    public ResultQuery<? extends Record> overdueDeliverables(LocalDate asOf, Long grantId, Long providerId, String state) {
        return repository.overdueDeliverables(asOf, grantId, providerId, state);
    }

    /** The summary row of {@link #overdueDeliverables}: how many there are, and the longest days overdue. */
    public ResultQuery<? extends Record> overdueDeliverablesSummary(LocalDate asOf, Long grantId, Long providerId,
                                                         String state) {
        return repository.overdueDeliverablesSummary(asOf, grantId, providerId, state);
    }

    /**
     * One grant's progress report for the period that includes {@code asOf}, one line per fact in three
     * texts (section, item, detail): the grant's facts (funds at risk on {@code asOf} by the one rule),
     * the period's report and its answers to the four standard questions (or that no period includes
     * the date), the period's measures, its TA deliverables (a TA event once, with the number of sites
     * it served) and the partners.
     */
    public ResultQuery<Record3<String, String, String>> progressReport(LocalDate asOf, long grantId) {
        return repository.progressReport(asOf, grantId);
    }
}
