package org.pledgetrack.core.demo;

import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT_MEASURE;
import static org.pledgetrack.db.Tables.PROGRAM_MEASURE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_TARGET_CHANGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.core.grant.ReportNarrative;
import org.pledgetrack.core.grant.ReportReview;
import org.pledgetrack.core.pledge.Evidence;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.springframework.stereotype.Repository;

/**
 * Writes what the demo's pledges and grant went through: each item's status and target date
 * changes with the item's current fields as they follow from them, evidence for its submissions,
 * a pledge's closing, the grantee's progress reports filed and reviewed. Only for loading demo data, which has no
 * workflow to replay.
 */
@Repository
class DemoHistoryRepository {

    private static final String RETURN_REASON = "Please attach the adopted policy, not the draft.";

    /** A grantee report whose due date has passed. */
    record DueReport(long id, LocalDate periodEnd, LocalDate dueOn) {
    }

    private final DSLContext dsl;

    DemoHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The pledge's published use-of-force policy (item 5's evidence) also serves item 2, which asks for the
     * same policy to be published: one document on two items, as an agency attaches it, with the date the
     * policy took effect and a review date three years after. Nothing when item 5 has no evidence yet.
     */
    void shareUseOfForcePolicy(long pledgeId) {
        Map<Integer, Long> itemIds = dsl.select(CATALOG_ITEM.NUMBER, PLEDGE_ITEM.ID).from(PLEDGE_ITEM)
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .where(PLEDGE_ITEM.PLEDGE_ID.eq(pledgeId)).and(CATALOG_ITEM.NUMBER.in(2, 5))
                .fetchMap(CATALOG_ITEM.NUMBER, PLEDGE_ITEM.ID);
        var policy = dsl.selectFrom(EVIDENCE).where(EVIDENCE.PLEDGE_ITEM_ID.eq(itemIds.get(5)))
                .orderBy(EVIDENCE.ID).limit(1).fetchOptional();
        if (policy.isEmpty() || itemIds.get(2) == null) {
            return;
        }
        var row = policy.get();
        LocalDate effective = row.getUploadedAt().atZone(ZoneOffset.UTC).toLocalDate().minusDays(30);
        dsl.update(EVIDENCE).set(EVIDENCE.EFFECTIVE_ON, effective).set(EVIDENCE.REVIEW_BY, effective.plusYears(3))
                .set(EVIDENCE.DESCRIPTION, "Use-of-force policy, as published (demo)")
                .where(EVIDENCE.ID.eq(row.getId())).execute();
        dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.PLEDGE_ITEM_ID, itemIds.get(2))
                .set(EVIDENCE.KIND, row.getKind())
                .set(EVIDENCE.URL, row.getUrl())
                .set(EVIDENCE.DESCRIPTION, "Use-of-force policy, as published (demo)")
                .set(EVIDENCE.EFFECTIVE_ON, effective)
                .set(EVIDENCE.REVIEW_BY, effective.plusYears(3))
                .set(EVIDENCE.ATTACHED_FROM_ID, row.getId())
                .set(EVIDENCE.UPLOADED_BY, row.getUploadedBy())
                .set(EVIDENCE.UPLOADED_AT, row.getUploadedAt())
                .execute();
    }

    /**
     * Sets each started item's current fields from its history and writes that history; TA staff
     * make the reviewers' moves, {@code agencyUserId} (null: an agency without an account) the rest.
     */
    void writeItems(long pledgeId, Map<Integer, ItemHistory> items, Long agencyUserId, Long taStaffId) {
        Map<Integer, Long> itemIds = dsl.select(CATALOG_ITEM.NUMBER, PLEDGE_ITEM.ID).from(PLEDGE_ITEM)
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .where(PLEDGE_ITEM.PLEDGE_ID.eq(pledgeId))
                .fetchMap(CATALOG_ITEM.NUMBER, PLEDGE_ITEM.ID);
        var statusChanges = dsl.insertInto(PLEDGE_ITEM_STATUS_CHANGE, PLEDGE_ITEM_STATUS_CHANGE.PLEDGE_ITEM_ID,
                PLEDGE_ITEM_STATUS_CHANGE.FROM_STATUS, PLEDGE_ITEM_STATUS_CHANGE.TO_STATUS,
                PLEDGE_ITEM_STATUS_CHANGE.REASON, PLEDGE_ITEM_STATUS_CHANGE.CHANGED_BY,
                PLEDGE_ITEM_STATUS_CHANGE.CHANGED_AT);
        var targetChanges = dsl.insertInto(PLEDGE_ITEM_TARGET_CHANGE, PLEDGE_ITEM_TARGET_CHANGE.PLEDGE_ITEM_ID,
                PLEDGE_ITEM_TARGET_CHANGE.TARGET_ON, PLEDGE_ITEM_TARGET_CHANGE.CHANGED_BY,
                PLEDGE_ITEM_TARGET_CHANGE.CHANGED_AT);
        var evidence = dsl.insertInto(EVIDENCE, EVIDENCE.PLEDGE_ITEM_ID, EVIDENCE.KIND, EVIDENCE.URL,
                EVIDENCE.DESCRIPTION, EVIDENCE.UPLOADED_AT);
        boolean anySubmitted = false;
        boolean anyTarget = false;
        for (Map.Entry<Integer, ItemHistory> entry : items.entrySet()) {
            long itemId = itemIds.get(entry.getKey());
            ItemHistory history = entry.getValue();
            ItemHistory.Change last = history.changes().getLast();
            dsl.update(PLEDGE_ITEM)
                    .set(PLEDGE_ITEM.STATUS, history.status().name())
                    .set(PLEDGE_ITEM.TARGET_ON, history.targetOn())
                    .set(PLEDGE_ITEM.SUBMITTED_AT, history.lastSubmission())
                    .set(PLEDGE_ITEM.VERIFIED_AT, history.verifiedAt())
                    .set(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT, history.lastAgencyActivity())
                    .set(PLEDGE_ITEM.UPDATED_BY, last.byAgency() ? agencyUserId : taStaffId)
                    .set(PLEDGE_ITEM.UPDATED_AT, last.at())
                    .where(PLEDGE_ITEM.ID.eq(itemId))
                    .execute();
            for (ItemHistory.Change change : history.changes()) {
                statusChanges = statusChanges.values(itemId, change.from().name(), change.to().name(),
                        change.to() == ItemStatus.RETURNED ? RETURN_REASON : null,
                        change.byAgency() ? agencyUserId : taStaffId, change.at());
            }
            Instant firstSubmission = history.changes().stream().filter(c -> c.to() == ItemStatus.SUBMITTED)
                    .map(ItemHistory.Change::at).findFirst().orElse(null);
            if (firstSubmission != null) {
                // the workflow lets nothing be submitted without evidence
                evidence = evidence.values(itemId, Evidence.EvidenceKind.LINK.name(),
                        "https://www.example.org/transparency/trust-building/item-" + entry.getKey(),
                        "Published policy and implementation note (demo)", firstSubmission);
                anySubmitted = true;
            }
            for (ItemHistory.TargetChange change : history.targetChanges()) {
                targetChanges = targetChanges.values(itemId, change.targetOn(), agencyUserId, change.at());
                anyTarget = true;
            }
        }
        if (!items.isEmpty()) {
            statusChanges.execute();
        }
        if (anySubmitted) {
            evidence.execute();
        }
        if (anyTarget) {
            targetChanges.execute();
        }
    }

    /** The overseer returned the filed report {@code daysLater} days after it was filed, with the comment. */
    void returnReport(long reportId, String comment, long overseerUserId, Instant filedAt, int daysLater) {
        Instant at = filedAt.plusSeconds(daysLater * 86_400L);
        dsl.update(GRANTEE_REPORT)
                .set(GRANTEE_REPORT.STATE, ReportReview.RETURNED.name())
                .set(GRANTEE_REPORT.REVIEW_COMMENT, comment)
                .set(GRANTEE_REPORT.REVIEWED_BY, overseerUserId)
                .set(GRANTEE_REPORT.REVIEWED_AT, at)
                .set(GRANTEE_REPORT.UPDATED_BY, overseerUserId)
                .set(GRANTEE_REPORT.UPDATED_AT, at)
                .set(GRANTEE_REPORT.VERSION, GRANTEE_REPORT.VERSION.plus(1))
                .where(GRANTEE_REPORT.ID.eq(reportId))
                .execute();
    }

    /** The grantee saved a first answer of a report that is not due yet. */
    void draftReport(long reportId, String accomplishments, long granteeUserId, Instant at) {
        dsl.update(GRANTEE_REPORT)
                .set(GRANTEE_REPORT.STATE, ReportReview.DRAFT.name())
                .set(GRANTEE_REPORT.ACCOMPLISHMENTS, accomplishments)
                .set(GRANTEE_REPORT.UPDATED_BY, granteeUserId)
                .set(GRANTEE_REPORT.UPDATED_AT, at)
                .set(GRANTEE_REPORT.VERSION, GRANTEE_REPORT.VERSION.plus(1))
                .where(GRANTEE_REPORT.ID.eq(reportId))
                .execute();
    }

    /** The grant's first report not due before {@code today} whose period has begun, if any. */
    java.util.Optional<Long> findCurrentReport(long grantId, LocalDate today) {
        return dsl.select(GRANTEE_REPORT.ID).from(GRANTEE_REPORT)
                .where(GRANTEE_REPORT.GRANT_ID.eq(grantId)).and(GRANTEE_REPORT.DUE_ON.ge(today))
                .and(GRANTEE_REPORT.PERIOD_START.le(today))
                .orderBy(GRANTEE_REPORT.DUE_ON).limit(1)
                .fetchOptional(GRANTEE_REPORT.ID);
    }

    /** The grant's reports due before {@code today}, earliest first. */
    List<DueReport> findReportsDueBefore(long grantId, LocalDate today) {
        return dsl.select(GRANTEE_REPORT.ID, GRANTEE_REPORT.PERIOD_END, GRANTEE_REPORT.DUE_ON).from(GRANTEE_REPORT)
                .where(GRANTEE_REPORT.GRANT_ID.eq(grantId)).and(GRANTEE_REPORT.DUE_ON.lt(today))
                .orderBy(GRANTEE_REPORT.DUE_ON, GRANTEE_REPORT.KIND)
                .fetch(r -> new DueReport(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The grantee filed the report on {@code submittedOn} with its answers and a count per measure
     * of the program ({@code countFor} gives the measure's position's count); the overseer accepted
     * it a week later unless {@code review} leaves it submitted.
     */
    void fileReport(long reportId, LocalDate submittedOn, long granteeUserId, Instant at, ReportNarrative narrative,
                    java.util.function.IntUnaryOperator countFor, ReportReview review, long overseerUserId) {
        boolean accepted = review == ReportReview.ACCEPTED;
        dsl.update(GRANTEE_REPORT)
                .set(GRANTEE_REPORT.SUBMITTED_ON, submittedOn)
                .set(GRANTEE_REPORT.SUBMITTED_BY, granteeUserId)
                .set(GRANTEE_REPORT.STATE, review.name())
                .set(GRANTEE_REPORT.ACCOMPLISHMENTS, narrative.accomplishments())
                .set(GRANTEE_REPORT.GOALS_MET, narrative.goalsMet())
                .set(GRANTEE_REPORT.PROBLEMS, narrative.problems())
                .set(GRANTEE_REPORT.ASSISTANCE_NEEDED, narrative.assistanceNeeded())
                .set(GRANTEE_REPORT.REVIEWED_BY, accepted ? overseerUserId : null)
                .set(GRANTEE_REPORT.REVIEWED_AT, accepted ? at.plusSeconds(7 * 86_400L) : null)
                .set(GRANTEE_REPORT.UPDATED_BY, accepted ? overseerUserId : granteeUserId)
                .set(GRANTEE_REPORT.UPDATED_AT, accepted ? at.plusSeconds(7 * 86_400L) : at)
                .set(GRANTEE_REPORT.VERSION, GRANTEE_REPORT.VERSION.plus(accepted ? 2 : 1))
                .where(GRANTEE_REPORT.ID.eq(reportId))
                .execute();
        dsl.select(PROGRAM_MEASURE.ID, PROGRAM_MEASURE.POSITION).from(PROGRAM_MEASURE)
                .where(PROGRAM_MEASURE.PROGRAM.eq("BCJI")).and(PROGRAM_MEASURE.ACTIVE.isTrue())
                .fetch().forEach(m -> dsl.insertInto(GRANTEE_REPORT_MEASURE)
                        .set(GRANTEE_REPORT_MEASURE.REPORT_ID, reportId)
                        .set(GRANTEE_REPORT_MEASURE.MEASURE_ID, m.value1())
                        .set(GRANTEE_REPORT_MEASURE.VALUE, countFor.applyAsInt(m.value2()))
                        .execute());
    }

    /** The item of the pledge with this number and when it first had evidence (its first submission), if it had. */
    Optional<ItemEvidenceStart> findFirstEvidence(long pledgeId, int itemNumber) {
        return dsl.select(PLEDGE_ITEM.ID, DSL.min(EVIDENCE.UPLOADED_AT)).from(PLEDGE_ITEM)
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .join(EVIDENCE).on(EVIDENCE.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID))
                .where(PLEDGE_ITEM.PLEDGE_ID.eq(pledgeId), CATALOG_ITEM.NUMBER.eq(itemNumber))
                .groupBy(PLEDGE_ITEM.ID)
                .fetchOptional(r -> new ItemEvidenceStart(r.value1(), r.value2()));
    }

    record ItemEvidenceStart(long itemId, Instant at) {
    }
}
