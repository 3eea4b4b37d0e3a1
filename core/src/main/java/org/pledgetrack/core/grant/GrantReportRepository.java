package org.pledgetrack.core.grant;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.pledgetrack.db.tables.Organization;
import org.springframework.stereotype.Repository;

/** The report queries over grants and their deliverables; see {@link GrantReportReader}. */
@Repository
class GrantReportRepository {

    private static final Organization PROVIDER = ORGANIZATION.as("p");
    private static final Organization LEAD_AGENCY = ORGANIZATION.as("lead_agency");
    /** A column a summary row leaves empty. */
    private static final Field<Object> EMPTY = inline((Object) null);

    private final DSLContext dsl;

    GrantReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ResultQuery<? extends Record> overdueDeliverables(LocalDate asOf, Long grantId, Long providerId, String state) {
        return dsl.select(BCJI_GRANT.AWARD_NUMBER, PROVIDER.NAME, TA_DELIVERABLE.TITLE, TA_DELIVERABLE.TYPE,
                        TA_DELIVERABLE.DUE_ON, daysOverdue(asOf), TA_DELIVERABLE.STATUS)
                .from(deliverablesWithGrantAndProvider())
                .where(overdueOn(asOf, grantId, providerId, state))
                .orderBy(TA_DELIVERABLE.DUE_ON, TA_DELIVERABLE.ID);
    }

    ResultQuery<? extends Record> overdueDeliverablesSummary(LocalDate asOf, Long grantId, Long providerId, String state) {
        Field<String> label = DSL.concat(inline("All overdue deliverables: "), DSL.count().cast(String.class),
                inline(" (days overdue: the longest)"));
        return dsl.select(label, EMPTY, EMPTY, EMPTY, EMPTY, DSL.max(daysOverdue(asOf)), EMPTY)
                .from(deliverablesWithGrantAndProvider())
                .where(overdueOn(asOf, grantId, providerId, state));
    }

    ResultQuery<Record3<String, String, String>> progressReport(LocalDate asOf, long grantId) {
        return ProgressReportLines.of(dsl, asOf, grantId);
    }

    private static Field<Integer> daysOverdue(LocalDate asOf) {
        return DSL.localDateDiff(DSL.val(asOf), TA_DELIVERABLE.DUE_ON);
    }

    private static Table<?> deliverablesWithGrantAndProvider() {
        return TA_DELIVERABLE.join(BCJI_GRANT).on(BCJI_GRANT.ID.eq(TA_DELIVERABLE.GRANT_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(TA_DELIVERABLE.PROVIDER_ORG_ID));
    }

    /** Deliverables due before {@code asOf}, not cancelled, not delivered by then; narrowed by the filters set. */
    private static Condition overdueOn(LocalDate asOf, Long grantId, Long providerId, String state) {
        Condition overdue = TA_DELIVERABLE.DUE_ON.lt(asOf)
                .and(TA_DELIVERABLE.STATUS.ne(DeliverableStatus.CANCELLED.name()))
                .and(TA_DELIVERABLE.DELIVERED_ON.isNull().or(TA_DELIVERABLE.DELIVERED_ON.gt(asOf)));
        if (grantId != null) {
            overdue = overdue.and(BCJI_GRANT.ID.eq(grantId));
        }
        if (providerId != null) {
            overdue = overdue.and(TA_DELIVERABLE.PROVIDER_ORG_ID.eq(providerId));
        }
        if (state != null) {
            overdue = overdue.and(BCJI_GRANT.LEAD_AGENCY_ID.in(select(LEAD_AGENCY.ID).from(LEAD_AGENCY)
                    .where(LEAD_AGENCY.STATE.eq(state))));
        }
        return overdue;
    }
}
