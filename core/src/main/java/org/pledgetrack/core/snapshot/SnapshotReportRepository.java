package org.pledgetrack.core.snapshot;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.pledgetrack.core.snapshot.SqlRatio.percent;
import static org.pledgetrack.core.snapshot.SqlRatio.quotient;
import static org.pledgetrack.db.Tables.AGENCY_AREA_SNAPSHOT;
import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;
import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.CATALOG_VERSION;
import static org.pledgetrack.db.Tables.DELIVERABLE_SNAPSHOT;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.GRANT_PARTNER;
import static org.pledgetrack.db.Tables.GRANT_PROVIDER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.ROLLUP_SNAPSHOT;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.pledgetrack.core.grant.FundsAtRiskOn;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.db.tables.AgencyAreaSnapshot;
import org.pledgetrack.db.tables.AgencySnapshot;
import org.pledgetrack.db.tables.DeliverableSnapshot;
import org.pledgetrack.db.tables.FocusArea;
import org.pledgetrack.db.tables.Organization;
import org.pledgetrack.db.tables.RollupSnapshot;
import org.springframework.stereotype.Repository;

/** The report queries over the snapshot tables; see {@link SnapshotReportReader}. */
@Repository
class SnapshotReportRepository {

    private static final AgencySnapshot S = AGENCY_SNAPSHOT.as("s");
    private static final AgencyAreaSnapshot A = AGENCY_AREA_SNAPSHOT.as("a");
    private static final FocusArea F = FOCUS_AREA.as("f");
    private static final Organization O = ORGANIZATION.as("o");
    private static final RollupSnapshot R = ROLLUP_SNAPSHOT.as("r");
    private static final DeliverableSnapshot D = DELIVERABLE_SNAPSHOT.as("d");
    private static final Organization PROVIDER = ORGANIZATION.as("p");
    private static final Organization PARTNER = ORGANIZATION.as("partner");
    private static final Organization LEAD_AGENCY = ORGANIZATION.as("lead_agency");
    /** A column a summary row leaves empty. */
    private static final Field<Object> EMPTY = inline((Object) null);

    private final DSLContext dsl;

    SnapshotReportRepository(DSLContext dsl) {
        // the job runs each query as one statement; jOOQ would otherwise raise the session's
        // group_concat_max_len with statements of its own before the partners' GROUP_CONCAT
        this.dsl = dsl.configuration()
                .deriveSettings(settings -> settings.withRenderGroupConcatMaxLenSessionVariable(false)).dsl();
    }

    List<FocusAreaColumn> publishedFocusAreas() {
        return dsl.select(FOCUS_AREA.POSITION, FOCUS_AREA.NAME).from(FOCUS_AREA)
                .where(FOCUS_AREA.CATALOG_VERSION_ID.eq(publishedCatalogVersion()))
                .orderBy(FOCUS_AREA.POSITION)
                .fetch(r -> new FocusAreaColumn(r.value1(), r.value2()));
    }

    private static Field<Long> publishedCatalogVersion() {
        return DSL.field(select(max(CATALOG_VERSION.ID)).from(CATALOG_VERSION)
                .where(CATALOG_VERSION.STATE.eq("PUBLISHED")));
    }

    ResultQuery<? extends Record> agencyStatus(LocalDate asOf, ReportFilters filters, List<FocusAreaColumn> areas) {
        List<SelectField<?>> columns = new ArrayList<>(List.of(O.NAME, O.ORI, S.STATE, S.PLEDGE_STATUS,
                S.SCHEDULE_STATUS, S.ITEMS_TOTAL, S.VERIFIED, S.SUBMITTED, S.WAITING_REVIEW, S.PCT_VERIFIED,
                S.EXPECTED_PCT));
        for (FocusAreaColumn area : areas) {
            columns.add(DSL.field(select(A.PCT_VERIFIED).from(A).join(F).on(F.ID.eq(A.FOCUS_AREA_ID))
                    .where(A.AS_OF.eq(S.AS_OF), A.AGENCY_ID.eq(S.AGENCY_ID), F.POSITION.eq(area.position())))
                    // a name of its own: the progress bar counts the rows in a derived table
                    .as("pct_verified_area_" + area.position()));
        }
        // the rest of the agency's row, for sorting and filtering in a spreadsheet
        columns.addAll(List.of(O.CITY, O.AGENCY_TYPE, O.SWORN_OFFICERS, PLEDGE.SIGNED_ON, PLEDGE.TARGET_ON,
                S.NOT_STARTED, S.IN_PROGRESS, S.RETURNED, S.PCT_SUBMITTED, S.DAYS_SINCE_ACTIVITY, S.OLDEST_WAIT_DAYS));
        return dsl.select(columns)
                .from(S).join(O).on(O.ID.eq(S.AGENCY_ID)).join(PLEDGE).on(PLEDGE.ID.eq(S.PLEDGE_ID))
                .where(agencyRows(asOf, filters))
                .orderBy(O.NAME, S.AGENCY_ID);
    }

    /**
     * One row over the report's agency rows: counts summed, percentages from the summed counts (per
     * focus area from the agency × focus-area rows), the expected share weighted by items, the
     * longest review wait; unfiltered it equals the NATIONAL roll-up row.
     */
    ResultQuery<? extends Record> agencyStatusSummary(LocalDate asOf, ReportFilters filters, List<FocusAreaColumn> areas,
                                           String label) {
        Condition rows = agencyRows(asOf, filters);
        List<SelectField<?>> columns = new ArrayList<>(List.of(DSL.val(label), EMPTY, EMPTY, EMPTY, EMPTY,
                sum(S.ITEMS_TOTAL), sum(S.VERIFIED), sum(S.SUBMITTED), sum(S.WAITING_REVIEW),
                percent(sum(S.VERIFIED), sum(S.ITEMS_TOTAL)),
                quotient(sum(S.EXPECTED_PCT.mul(S.ITEMS_TOTAL)), sum(S.ITEMS_TOTAL))));
        for (FocusAreaColumn area : areas) {
            columns.add(DSL.field(select(percent(sum(A.VERIFIED), sum(A.ITEMS_TOTAL)))
                    .from(A).join(F).on(F.ID.eq(A.FOCUS_AREA_ID))
                    .where(A.AS_OF.eq(asOf), F.POSITION.eq(area.position()),
                            A.AGENCY_ID.in(select(S.AGENCY_ID).from(S).join(O).on(O.ID.eq(S.AGENCY_ID)).where(rows)))));
        }
        columns.addAll(List.of(EMPTY, EMPTY, sum(O.SWORN_OFFICERS), EMPTY, EMPTY, sum(S.NOT_STARTED),
                sum(S.IN_PROGRESS), sum(S.RETURNED), percent(sum(S.SUBMITTED).plus(sum(S.VERIFIED)), sum(S.ITEMS_TOTAL)),
                EMPTY, max(S.OLDEST_WAIT_DAYS)));
        return dsl.select(columns).from(S).join(O).on(O.ID.eq(S.AGENCY_ID)).where(rows);
    }

    /** The agency rows of the date the filters choose. */
    private static Condition agencyRows(LocalDate asOf, ReportFilters filters) {
        Condition rows = S.AS_OF.eq(asOf);
        if (filters.state() != null) {
            rows = rows.and(S.STATE.eq(filters.state()));
        }
        if (filters.scheduleStatus() != null) {
            rows = rows.and(S.SCHEDULE_STATUS.eq(filters.scheduleStatus().name()));
        }
        if (filters.providerId() != null) {
            rows = rows.and(S.AGENCY_ID.in(select(TA_AGENCY_ASSIGNMENT.AGENCY_ID).from(TA_AGENCY_ASSIGNMENT)
                    .join(APP_USER).on(APP_USER.ID.eq(TA_AGENCY_ASSIGNMENT.USER_ID))
                    .where(APP_USER.ORGANIZATION_ID.eq(filters.providerId()))));
        }
        if (filters.grantId() != null) {
            rows = rows.and(S.AGENCY_ID.in(select(BCJI_GRANT.LEAD_AGENCY_ID).from(BCJI_GRANT)
                    .where(BCJI_GRANT.ID.eq(filters.grantId()))));
        }
        return rows;
    }

    ResultQuery<? extends Record> focusAreaSummary(LocalDate asOf, String state) {
        return rollupRows().where(rollupScopes(asOf, state))
                .orderBy(R.SCOPE_TYPE, R.SCOPE_KEY, R.FOCUS_AREA_POSITION);
    }

    /** The scopes' roll-up rows over all focus areas: national, and the state chosen. */
    ResultQuery<? extends Record> focusAreaSummaryTotals(LocalDate asOf, String state) {
        Condition totals = rollupScopes(asOf, state).and(R.FOCUS_AREA_POSITION.eq(0));
        if (state == null) {
            totals = totals.and(R.SCOPE_TYPE.eq("NATIONAL"));
        }
        return rollupRows().where(totals).orderBy(R.SCOPE_TYPE, R.SCOPE_KEY);
    }

    private SelectJoinStep<? extends Record> rollupRows() {
        Field<String> focusArea = DSL.coalesce(DSL.field(select(F.NAME).from(F)
                .where(F.CATALOG_VERSION_ID.eq(publishedCatalogVersion()), F.POSITION.eq(R.FOCUS_AREA_POSITION))),
                inline("All focus areas"));
        return dsl.select(R.SCOPE_TYPE, DSL.when(R.SCOPE_TYPE.eq("STATE"), R.SCOPE_KEY), focusArea, R.AGENCIES,
                        R.ITEMS_TOTAL, R.SUBMITTED, R.VERIFIED, R.PCT_SUBMITTED, R.PCT_VERIFIED, R.ON_TRACK, R.AT_RISK,
                        R.BEHIND, R.PAST_DEADLINE, R.COMPLETE)
                .from(R);
    }

    private static Condition rollupScopes(LocalDate asOf, String state) {
        Condition scopes = R.AS_OF.eq(asOf).and(R.SCOPE_TYPE.in("NATIONAL", "STATE"));
        return state == null ? scopes : scopes.and(R.SCOPE_TYPE.eq("NATIONAL").or(R.SCOPE_KEY.eq(state)));
    }

    ResultQuery<? extends Record> grantDeliverables(LocalDate asOf, ReportFilters filters) {
        return dsl.select(BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.SITE_NAME, D.PLANNED, D.DELIVERED, D.ON_TIME_PCT,
                        D.OVERDUE, D.OLDEST_OVERDUE_DAYS, D.DUE_NEXT_30_DAYS, D.REQUEST_FIRST_RESPONSE_HOURS_MEDIAN,
                        D.REQUEST_DELIVERY_DAYS_MEDIAN, D.GRANTEE_REPORTS_LATE,
                        FundsAtRiskOn.yesOrNo(BCJI_GRANT.ID, D.AS_OF).as("funds_at_risk"), partners().as("partners"))
                .from(snapshotGrants()).where(grantRows(asOf, filters))
                .orderBy(BCJI_GRANT.AWARD_NUMBER);
    }

    /** Medians cannot be recomputed from the rows' medians, so the summary leaves them empty. */
    ResultQuery<? extends Record> grantDeliverablesSummary(LocalDate asOf, ReportFilters filters, String label) {
        return dsl.select(DSL.val(label), EMPTY, sum(D.PLANNED), sum(D.DELIVERED),
                        percent(sum(D.DELIVERED_ON_TIME), sum(D.DELIVERED)), sum(D.OVERDUE), max(D.OLDEST_OVERDUE_DAYS),
                        sum(D.DUE_NEXT_30_DAYS), EMPTY, EMPTY, sum(D.GRANTEE_REPORTS_LATE), EMPTY, EMPTY)
                .from(snapshotGrants()).where(grantRows(asOf, filters));
    }

    private static Table<?> snapshotGrants() {
        return D.join(BCJI_GRANT).on(BCJI_GRANT.ID.eq(D.SCOPE_ID));
    }

    private static Condition grantRows(LocalDate asOf, ReportFilters filters) {
        Condition rows = D.AS_OF.eq(asOf);
        if (filters.grantId() != null) {
            rows = rows.and(BCJI_GRANT.ID.eq(filters.grantId()));
        }
        if (filters.providerId() != null) {
            rows = rows.and(BCJI_GRANT.ID.in(select(GRANT_PROVIDER.GRANT_ID).from(GRANT_PROVIDER)
                    .where(GRANT_PROVIDER.PROVIDER_ORG_ID.eq(filters.providerId()))));
        }
        if (filters.state() != null) {
            rows = rows.and(BCJI_GRANT.LEAD_AGENCY_ID.in(select(LEAD_AGENCY.ID).from(LEAD_AGENCY)
                    .where(LEAD_AGENCY.STATE.eq(filters.state()))));
        }
        return rows.and(D.SCOPE_TYPE.eq("GRANT"));
    }

    /** The grant's partners with their roles, e.g. "Newman University (Research partner)". */
    private static Field<String> partners() {
        return DSL.field(select(DSL.groupConcat(DSL.concat(PARTNER.NAME, inline(" ("), GRANT_PARTNER.ROLE, inline(")")))
                .orderBy(PARTNER.NAME).separator("; "))
                .from(GRANT_PARTNER).join(PARTNER).on(PARTNER.ID.eq(GRANT_PARTNER.ORGANIZATION_ID))
                .where(GRANT_PARTNER.GRANT_ID.eq(BCJI_GRANT.ID)));
    }

    ResultQuery<? extends Record> providerActivity(LocalDate asOf, Long providerId) {
        // every figure from the date's snapshot row: the hours, attendees and ratings are those of the
        // deliveries its delivered count counts (see V97)
        return dsl.select(PROVIDER.NAME, D.PLANNED, D.DELIVERED, D.ON_TIME_PCT, D.OVERDUE, D.HOURS_DELIVERED,
                        D.ATTENDEES, D.RATED_DELIVERIES, quotient(D.RATING_SUM, D.RATED_DELIVERIES),
                        D.REQUEST_FIRST_RESPONSE_HOURS_MEDIAN, D.REQUEST_DELIVERY_DAYS_MEDIAN)
                .from(snapshotProviders()).where(providerRows(asOf, providerId))
                .orderBy(PROVIDER.NAME);
    }

    ResultQuery<? extends Record> providerActivitySummary(LocalDate asOf, Long providerId, String label) {
        return dsl.select(DSL.val(label), sum(D.PLANNED), sum(D.DELIVERED),
                        percent(sum(D.DELIVERED_ON_TIME), sum(D.DELIVERED)), sum(D.OVERDUE), sum(D.HOURS_DELIVERED),
                        sum(D.ATTENDEES), sum(D.RATED_DELIVERIES), quotient(sum(D.RATING_SUM), sum(D.RATED_DELIVERIES)),
                        EMPTY, EMPTY)
                .from(snapshotProviders()).where(providerRows(asOf, providerId));
    }

    private static Table<?> snapshotProviders() {
        return D.join(PROVIDER).on(PROVIDER.ID.eq(D.SCOPE_ID));
    }

    private static Condition providerRows(LocalDate asOf, Long providerId) {
        Condition rows = D.AS_OF.eq(asOf).and(D.SCOPE_TYPE.eq("PROVIDER"));
        return providerId == null ? rows : rows.and(PROVIDER.ID.eq(providerId));
    }

    Optional<Instant> deliverablesComputedAt(LocalDate asOf) {
        return Optional.ofNullable(dsl.select(max(DELIVERABLE_SNAPSHOT.COMPUTED_AT)).from(DELIVERABLE_SNAPSHOT)
                .where(DELIVERABLE_SNAPSHOT.AS_OF.eq(asOf)).fetchOne(0, Instant.class));
    }
}
