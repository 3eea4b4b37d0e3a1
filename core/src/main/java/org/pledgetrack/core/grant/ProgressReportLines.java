package org.pledgetrack.core.grant;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT_MEASURE;
import static org.pledgetrack.db.Tables.GRANT_PARTNER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PROGRAM_MEASURE;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_EVENT_SITE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.pledgetrack.db.tables.GranteeReport;
import org.pledgetrack.db.tables.Organization;

/**
 * One grant's progress report for the period that includes the as-of date, as an overseer attaches
 * it when reporting to BJA: the grant's facts (funds at risk by the one rule), the period, the
 * answers to the four standard questions, the period's measures, the TA deliverables of the period
 * (a TA event once, with the number of sites it served) and the partners. One line per fact, in
 * three texts (section, item, detail), ordered by part and position within the part.
 */
final class ProgressReportLines {

    private static final GranteeReport R = GRANTEE_REPORT.as("r");
    private static final GranteeReport PERIOD = GRANTEE_REPORT.as("period");
    private static final Organization O = ORGANIZATION.as("o");
    private static final Field<Integer> PART = DSL.field(DSL.name("part"), Integer.class);
    private static final Field<Long> POSITION = DSL.field(DSL.name("position"), Long.class);
    private static final Field<String> SECTION = DSL.field(DSL.name("section"), String.class);
    private static final Field<String> ITEM = DSL.field(DSL.name("item"), String.class);
    private static final Field<String> DETAIL = DSL.field(DSL.name("detail"), String.class);

    private final DSLContext dsl;
    private final LocalDate asOf;
    private final long grantId;
    private final List<Select<Record5<Integer, Long, String, String, String>>> parts = new ArrayList<>();

    private ProgressReportLines(DSLContext dsl, LocalDate asOf, long grantId) {
        this.dsl = dsl;
        this.asOf = asOf;
        this.grantId = grantId;
    }

    static ResultQuery<Record3<String, String, String>> of(DSLContext dsl, LocalDate asOf, long grantId) {
        return new ProgressReportLines(dsl, asOf, grantId).query();
    }

    private ResultQuery<Record3<String, String, String>> query() {
        grantFacts();
        period();
        measures();
        deliverables();
        partners();
        Select<Record5<Integer, Long, String, String, String>> union = parts.getFirst();
        for (Select<Record5<Integer, Long, String, String, String>> part : parts.subList(1, parts.size())) {
            union = union.unionAll(part);
        }
        Table<?> progress = union.asTable("progress");
        return dsl.select(SECTION, ITEM, DETAIL).from(progress).orderBy(PART, POSITION, ITEM);
    }

    private void grantFacts() {
        List<Field<String>> facts = List.of(BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.TITLE, BCJI_GRANT.SITE_NAME,
                DSL.field(select(O.NAME).from(O).where(O.ID.eq(BCJI_GRANT.GRANTEE_ORG_ID))),
                coalesce(DSL.field(select(O.NAME).from(O).where(O.ID.eq(BCJI_GRANT.LEAD_AGENCY_ID))), inline("—")),
                concat(inline("$"), DSL.field("format({0}, 2)", String.class, BCJI_GRANT.AWARD_AMOUNT)),
                concat(BCJI_GRANT.START_ON.cast(String.class), inline(" to "), BCJI_GRANT.END_ON.cast(String.class)),
                FundsAtRiskOn.yesOrNo(BCJI_GRANT.ID, DSL.val(asOf)));
        List<String> names = List.of("Award number", "Title", "Site", "Grantee", "Lead agency", "Award amount",
                "Award period", "Funds at risk on " + asOf);
        for (int i = 0; i < facts.size(); i++) {
            parts.add(line(1, inline((long) i), "Grant", inline(names.get(i)), facts.get(i))
                    .from(BCJI_GRANT).where(BCJI_GRANT.ID.eq(grantId)));
        }
    }

    private void period() {
        List<String> names = List.of("Report", "Period", "Due", "Submitted", "Review", ReportNarrative.ACCOMPLISHMENTS,
                ReportNarrative.GOALS_MET, ReportNarrative.PROBLEMS, ReportNarrative.ASSISTANCE_NEEDED);
        List<Field<String>> details = List.of(labels(R.KIND, ReportKind.values(), ReportKind::label),
                concat(R.PERIOD_START.cast(String.class), inline(" to "), R.PERIOD_END.cast(String.class)),
                R.DUE_ON.cast(String.class), coalesce(R.SUBMITTED_ON.cast(String.class), inline("Not submitted")),
                DSL.lower(DSL.replace(R.STATE, inline("_"), inline(" "))),
                answer(R.ACCOMPLISHMENTS), answer(R.GOALS_MET), answer(R.PROBLEMS), answer(R.ASSISTANCE_NEEDED));
        for (int i = 0; i < details.size(); i++) {
            boolean narrative = i >= 5;
            parts.add(line(narrative ? 3 : 2, inline((long) i), narrative ? "Narrative" : "Period",
                    inline(names.get(i)), details.get(i)).from(grantAndPeriod()).where(BCJI_GRANT.ID.eq(grantId)));
        }
        parts.add(line(2, inline(0L), "Period", inline("Progress report"),
                inline("No progress report period includes " + asOf))
                .from(BCJI_GRANT).where(BCJI_GRANT.ID.eq(grantId),
                        DSL.notExists(DSL.selectOne().from(PERIOD).where(periodOf(PERIOD)))));
    }

    private void measures() {
        parts.add(line(4, PROGRAM_MEASURE.POSITION.cast(Long.class), "Measures", PROGRAM_MEASURE.LABEL,
                GRANTEE_REPORT_MEASURE.VALUE.cast(String.class))
                .from(grantAndPeriod())
                .join(GRANTEE_REPORT_MEASURE).on(GRANTEE_REPORT_MEASURE.REPORT_ID.eq(R.ID))
                .join(PROGRAM_MEASURE).on(PROGRAM_MEASURE.ID.eq(GRANTEE_REPORT_MEASURE.MEASURE_ID))
                .where(BCJI_GRANT.ID.eq(grantId)));
    }

    private void deliverables() {
        Field<LocalDate> when = coalesce(TA_DELIVERABLE.DELIVERED_ON, TA_DELIVERABLE.SCHEDULED_ON,
                TA_DELIVERABLE.DUE_ON);
        Field<String> hours = DSL.field("trim(trailing '.' from trim(trailing '0' from {0}))", String.class,
                TA_DELIVERABLE.HOURS);
        Field<Integer> sites = DSL.field(select(DSL.count()).from(TA_EVENT_SITE)
                .where(TA_EVENT_SITE.EVENT_ID.eq(TA_DELIVERABLE.TA_EVENT_ID)));
        Field<String> detail = concat(labels(TA_DELIVERABLE.TYPE, DeliverableType.values(), DeliverableType::label),
                inline(" · "), labels(TA_DELIVERABLE.STATUS, DeliverableStatus.values(), DeliverableStatus::label),
                inline(" · "), when.cast(String.class),
                coalesce(concat(inline(" · "), hours, inline(" hours")), inline("")),
                coalesce(concat(inline(" · "), TA_DELIVERABLE.ATTENDEES.cast(String.class), inline(" attendees")),
                        inline("")),
                DSL.when(TA_DELIVERABLE.TA_EVENT_ID.isNull(), inline(""))
                        .otherwise(concat(inline(" · TA event that served "), sites.cast(String.class), inline(" sites"))));
        parts.add(line(5, DSL.field("to_days({0})", Long.class, when), "TA deliverables", TA_DELIVERABLE.TITLE, detail)
                .from(grantAndPeriod())
                .join(TA_DELIVERABLE).on(TA_DELIVERABLE.GRANT_ID.eq(BCJI_GRANT.ID),
                        TA_DELIVERABLE.STATUS.ne(DeliverableStatus.CANCELLED.name()),
                        when.between(R.PERIOD_START, R.PERIOD_END))
                .where(BCJI_GRANT.ID.eq(grantId)));
    }

    private void partners() {
        parts.add(line(6, inline(0L), "Partners", O.NAME, concat(GRANT_PARTNER.ROLE,
                        coalesce(concat(inline(" · "), GRANT_PARTNER.CONTACT_NAME), inline(""))))
                .from(GRANT_PARTNER).join(O).on(O.ID.eq(GRANT_PARTNER.ORGANIZATION_ID))
                .where(GRANT_PARTNER.GRANT_ID.eq(grantId)));
    }

    /** The grant and its report of the period that includes the as-of date (the latest such period). */
    private Table<?> grantAndPeriod() {
        return BCJI_GRANT.join(R).on(R.ID.eq(select(PERIOD.ID).from(PERIOD).where(periodOf(PERIOD))
                .orderBy(PERIOD.PERIOD_END.desc(), PERIOD.ID).limit(1)));
    }

    /** A progress or final report of the grant whose period includes the as-of date. */
    private Condition periodOf(GranteeReport report) {
        return report.GRANT_ID.eq(BCJI_GRANT.ID)
                .and(report.KIND.in(ReportKind.PROGRESS_REPORT.name(), ReportKind.FINAL_REPORT.name()))
                .and(DSL.val(asOf).between(report.PERIOD_START, report.PERIOD_END));
    }

    /**
     * One part of the union: its order (part, position) and its three texts in the tables' collation,
     * so that literals, casts and columns can stand in one column.
     */
    private SelectSelectStep<Record5<Integer, Long, String, String, String>> line(
            int part, Field<Long> position, String section, Field<String> item, Field<String> detail) {
        return DSL.select(inline(part).as(PART), position.as(POSITION), collated(inline(section)).as(SECTION),
                collated(item).as(ITEM), collated(detail).as(DETAIL));
    }

    private static Field<String> collated(Field<String> text) {
        return DSL.field("convert({0} using utf8mb4)", SQLDataType.VARCHAR, text).collate("utf8mb4_unicode_ci");
    }

    private static Field<String> answer(Field<String> column) {
        return coalesce(DSL.nullif(DSL.trim(column), inline("")), inline("Not answered"));
    }

    /** The codes of a column as people read them: the enum's labels, written into the SQL. */
    private static <E extends Enum<E>> Field<String> labels(Field<String> column, E[] values, Function<E, String> label) {
        CaseValueStep<String> choose = DSL.choose(column);
        CaseWhenStep<String, String> labelled = null;
        for (E value : values) {
            labelled = labelled == null ? choose.when(inline(value.name()), inline(label.apply(value)))
                    : labelled.when(inline(value.name()), inline(label.apply(value)));
        }
        return labelled.otherwise(column);
    }
}
