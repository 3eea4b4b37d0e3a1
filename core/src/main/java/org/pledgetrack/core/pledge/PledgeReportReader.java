package org.pledgetrack.core.pledge;

import java.time.LocalDate;

import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Component;

/**
 * The queries of the reports about one agency's pledge, for the report job to stream: it checks
 * nothing, because the report was checked when it was requested ({@code ReportService.request}),
 * and the job runs without a signed-in user. Each query's columns are in the report's column order.
 */
@Component
public class PledgeReportReader {

    private final PledgeReportRepository repository;

    PledgeReportReader(PledgeReportRepository repository) {
        this.repository = repository;
    }

    /**
     * The item-level detail: each item of the pledge the agency's status on {@code asOf} is about
     * (by the pledge status job's definition), by item number: number, focus area, title, status and
     * own target date on that date, and today's owner. None for an agency without such a pledge.
     */
    public ResultQuery<? extends Record> agencyItems(LocalDate asOf, Long agencyId) {
        return repository.agencyItems(asOf, agencyId);
    }

    /**
     * The rows of a dossier: each evidence file of the agency's current pledge on {@code asOf} that is
     * kept (not removed, bytes not deleted), by item number, in upload order: item number, item title,
     * file name and the storage key its bytes are read from.
     */
    public ResultQuery<Record4<Integer, String, String, String>> dossierFiles(LocalDate asOf, Long agencyId) {
        return repository.dossierFiles(asOf, agencyId);
    }
}
