package org.pledgetrack.core.grant;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.files.UploadLimit;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.review.ReviewDecision;
import org.pledgetrack.core.review.ReviewRule;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.pledgetrack.db.tables.records.GranteeReportRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content of the grantee's progress reports and their review. The grantee (the grant's own
 * organizations) answers the four standard questions, gives the period's count for each of the
 * program's measures, attaches files and submits once the period has ended; the overseer accepts
 * the report or returns it with a comment, and a returned report is edited and submitted again.
 * Everyone who may read the grant reads its reports. Every change is audited; submissions, returns
 * and acceptances are published ({@link ProgressReportMoved}) so that the other side is notified.
 */
@Service
public class ProgressReportService {

    static final String ENTITY = "GRANTEE_REPORT";
    private static final String NO_ACCESS = "You do not have access to this information.";
    private static final ReviewRule<ReportReview> REVIEW = new ReviewRule<>("report", ReportReview.SUBMITTED,
            ReportReview.ACCEPTED, "accepted", ReportReview.RETURNED);

    private final GranteeReportRepository reports;
    private final AttachmentService attachments;
    private final GrantRepository grants;
    private final GrantAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressReportService(GranteeReportRepository reports, AttachmentService attachments, GrantRepository grants,
                          GrantAccess access, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.attachments = attachments;
        this.grants = grants;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The names and size {@link #attach} accepts, for the upload to apply before it keeps a byte. */
    public UploadLimit uploadLimit() {
        return attachments.uploadLimit();
    }

    /** The report with its answers, counts, files and last review, for whoever may read the grant. */
    @Transactional(readOnly = true)
    public ProgressReport report(CurrentUser user, long reportId) {
        GranteeReportRecord record = existing(reportId);
        access.requireRead(user, record.getGrantId());
        BcjiGrantRecord grant = grants.findGrant(record.getGrantId()).orElseThrow();
        return new ProgressReport(GranteeReportRepository.toReport(record, today()), grant.getSiteName(),
                new ReportNarrative(record.getAccomplishments(), record.getGoalsMet(), record.getProblems(),
                        record.getAssistanceNeeded()),
                reports.findCounts(reportId, grant.getProgram()), attachments.reportAttachments(reportId),
                reports.findUserName(record.getSubmittedBy()).orElse(null),
                reports.findUserName(record.getReviewedBy()).orElse(null), record.getReviewedAt(),
                record.getReviewComment());
    }

    /**
     * The grantee keeps a draft: any answer or count may be blank. Refused once the report is
     * submitted or accepted, for text or counts out of range, or when someone saved in between.
     */
    @Transactional
    public void saveDraft(CurrentUser user, long reportId, int version, ReportNarrative narrative,
                          Map<Long, Integer> counts) {
        GranteeReportRecord record = editable(user, reportId);
        ReportReview next = record.getState().equals(ReportReview.RETURNED.name()) ? ReportReview.RETURNED
                : ReportReview.DRAFT;
        save(user, record, version, checked(narrative), checkedCounts(record, counts), next);
    }

    /**
     * The grantee submits: all four answers and a count for every measure, after the period has
     * ended. The first submission's date is the one the deadline is judged by.
     */
    @Transactional
    public void submit(CurrentUser user, long reportId, int version, ReportNarrative narrative,
                       Map<Long, Integer> counts) {
        GranteeReportRecord record = editable(user, reportId);
        if (!today().isAfter(record.getPeriodEnd())) {
            throw new IllegalArgumentException("The report can be submitted after its period ends on "
                    + record.getPeriodEnd() + ".");
        }
        ReportNarrative answers = complete(checked(narrative));
        Map<Long, Integer> checkedCounts = checkedCounts(record, counts);
        String program = grants.findGrant(record.getGrantId()).orElseThrow().getProgram();
        List<String> missing = reports.findCounts(reportId, program).stream()
                .filter(m -> !checkedCounts.containsKey(m.measureId())).map(MeasureCount::label).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Enter this period's count for: " + String.join(", ", missing)
                    + " (0 if there was none).");
        }
        save(user, record, version, answers, checkedCounts, ReportReview.SUBMITTED);
        reports.markSubmitted(reportId, today(), user.id());
        audit.recordChange(user, agencyOf(record), ENTITY, reportId, "submitted_on", record.getSubmittedOn(),
                record.getSubmittedOn() == null ? today() : record.getSubmittedOn());
        publish(record, ProgressReportMoved.Move.SUBMITTED, null, version + 1);
    }

    /** The overseer accepts a submitted report. */
    @Transactional
    public void accept(CurrentUser user, long reportId, int version) {
        GranteeReportRecord record = reviewable(user, reportId);
        decide(user, record, version, REVIEW.accept(ReportReview.valueOf(record.getState()), user.id(), clock.instant()));
    }

    /** The overseer returns a submitted report to the grantee with a comment saying what to change. */
    @Transactional
    public void returnToGrantee(CurrentUser user, long reportId, int version, String comment) {
        String text = ReviewRule.returnComment(comment);
        GranteeReportRecord record = reviewable(user, reportId);
        decide(user, record, version,
                REVIEW.returnWith(ReportReview.valueOf(record.getState()), text, user.id(), clock.instant()));
    }

    /**
     * Stores the file and attaches it to a report the grantee may still edit; refused with a clear
     * message for a wrong name, type or size, or past the upload rate or quota, leaving nothing.
     */
    @Transactional
    public long attach(CurrentUser user, long reportId, InputStream content, String originalFilename) {
        GranteeReportRecord record = editable(user, reportId);
        return attachments.attachToReport(user, agencyOf(record), reportId, content, originalFilename);
    }

    /** The file's content for download, for whoever may read the grant, while its bytes are kept. */
    @Transactional(readOnly = true)
    public InputStream openAttachment(CurrentUser user, long attachmentId) {
        ReportAttachment attachment = existingAttachment(attachmentId);
        access.requireRead(user, existing(attachment.reportId()).getGrantId());
        return attachments.openReportFile(attachment);
    }

    /** The grantee removes a file from a report it may still edit; recorded, the bytes kept for the undo period. */
    @Transactional
    public void removeAttachment(CurrentUser user, long attachmentId) {
        ReportAttachment attachment = existingAttachment(attachmentId);
        GranteeReportRecord record = editable(user, attachment.reportId());
        attachments.removeFromReport(user, agencyOf(record), attachment);
    }

    private GranteeReportRecord reviewable(CurrentUser user, long reportId) {
        GranteeReportRecord record = existing(reportId);
        access.requireReportReview(user, record.getGrantId());
        return record;
    }

    private void decide(CurrentUser user, GranteeReportRecord record, int version,
                        ReviewDecision<ReportReview> decision) {
        long reportId = record.getId();
        if (!reports.review(reportId, version, decision)) {
            throw conflict(reportId);
        }
        decision.recordIn(audit, user, agencyOf(record), ENTITY, reportId, record.getState(), record.getReviewComment());
        publish(record, decision.state() == ReportReview.ACCEPTED ? ProgressReportMoved.Move.ACCEPTED
                : ProgressReportMoved.Move.RETURNED, decision.comment(), version + 1);
    }

    /** Tells the other side: the overseer of a submission, the grantee of a return or an acceptance. */
    private void publish(GranteeReportRecord record, ProgressReportMoved.Move move, String comment, int version) {
        BcjiGrantRecord grant = grants.findGrant(record.getGrantId()).orElseThrow();
        events.publishEvent(new ProgressReportMoved(record.getId(), grant.getId(), grant.getSiteName(),
                ReportKind.valueOf(record.getKind()), move, comment, version));
    }

    private void save(CurrentUser user, GranteeReportRecord record, int version, ReportNarrative narrative,
                      Map<Long, Integer> counts, ReportReview next) {
        long reportId = record.getId();
        String program = grants.findGrant(record.getGrantId()).orElseThrow().getProgram();
        Map<String, Integer> before = countsByCode(reports.findCounts(reportId, program));
        if (!reports.updateContent(reportId, version, narrative, next, user.id(), clock.instant())) {
            throw conflict(reportId);
        }
        reports.replaceCounts(reportId, counts);
        Long agencyId = agencyOf(record);
        audit.recordChange(user, agencyId, ENTITY, reportId, "accomplishments", record.getAccomplishments(),
                narrative.accomplishments());
        audit.recordChange(user, agencyId, ENTITY, reportId, "goals_met", record.getGoalsMet(), narrative.goalsMet());
        audit.recordChange(user, agencyId, ENTITY, reportId, "problems", record.getProblems(), narrative.problems());
        audit.recordChange(user, agencyId, ENTITY, reportId, "assistance_needed", record.getAssistanceNeeded(),
                narrative.assistanceNeeded());
        Map<String, Integer> after = countsByCode(reports.findCounts(reportId, program));
        after.forEach((code, count) -> audit.recordChange(user, agencyId, ENTITY, reportId, "measure " + code,
                before.get(code), count));
        audit.recordChange(user, agencyId, ENTITY, reportId, "state", record.getState(), next.name());
    }

    private static Map<String, Integer> countsByCode(List<MeasureCount> counts) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        counts.forEach(c -> byCode.put(c.code(), c.count()));
        return byCode;
    }

    private static ReportNarrative checked(ReportNarrative narrative) {
        ReportNarrative n = narrative == null ? ReportNarrative.empty() : narrative;
        int max = ReportNarrative.MAX_ANSWER_LENGTH;
        return new ReportNarrative(TextInput.optional(n.accomplishments(), max, "The accomplishments"),
                TextInput.optional(n.goalsMet(), max, "The goals met"),
                TextInput.optional(n.problems(), max, "The problems or barriers"),
                TextInput.optional(n.assistanceNeeded(), max, "The assistance needed"));
    }

    private static ReportNarrative complete(ReportNarrative n) {
        if (n.accomplishments() == null || n.goalsMet() == null || n.problems() == null
                || n.assistanceNeeded() == null) {
            throw new IllegalArgumentException("Answer all four questions before submitting "
                    + "(write \"None\" where there is nothing to report).");
        }
        return n;
    }

    /** Counts for the program's measures only, each from 0 to the maximum; blank ones are left out. */
    private Map<Long, Integer> checkedCounts(GranteeReportRecord record, Map<Long, Integer> counts) {
        String program = grants.findGrant(record.getGrantId()).orElseThrow().getProgram();
        Set<Long> measures = reports.findCounts(record.getId(), program).stream().map(MeasureCount::measureId)
                .collect(Collectors.toSet());
        Map<Long, Integer> checked = new LinkedHashMap<>();
        (counts == null ? Map.<Long, Integer>of() : counts).forEach((measureId, count) -> {
            if (!measures.contains(measureId)) {
                throw new IllegalArgumentException("That measure is not one of this program's.");
            }
            if (count != null) {
                if (count < 0 || count > MeasureCount.MAX_COUNT) {
                    throw new IllegalArgumentException("A count is a whole number from 0 to "
                            + String.format("%,d", MeasureCount.MAX_COUNT) + ".");
                }
                checked.put(measureId, count);
            }
        });
        return checked;
    }

    private GranteeReportRecord editable(CurrentUser user, long reportId) {
        GranteeReportRecord record = existing(reportId);
        access.requireGrantee(user, record.getGrantId());
        if (!ReportReview.valueOf(record.getState()).editable()) {
            throw new IllegalStateException(record.getState().equals(ReportReview.ACCEPTED.name())
                    ? "This report is accepted and can no longer be changed."
                    : "This report is submitted and waits for the overseer; it can be changed if it is returned.");
        }
        return record;
    }

    private EditConflictException conflict(long reportId) {
        GranteeReportRecord current = existing(reportId);
        Instant at = current.getUpdatedAt() == null ? clock.instant() : current.getUpdatedAt();
        return new EditConflictException("This report", reports.findUpdatedByName(reportId), at);
    }

    /** An unknown id is refused like a forbidden one, so probing ids reveals nothing. */
    private GranteeReportRecord existing(long reportId) {
        return reports.findRecord(reportId).orElseThrow(() -> new AccessDeniedException(NO_ACCESS));
    }

    private ReportAttachment existingAttachment(long attachmentId) {
        return attachments.reportAttachment(attachmentId).orElseThrow(() -> new AccessDeniedException(NO_ACCESS));
    }

    private Long agencyOf(GranteeReportRecord record) {
        return grants.findGrant(record.getGrantId()).map(BcjiGrantRecord::getLeadAgencyId).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
