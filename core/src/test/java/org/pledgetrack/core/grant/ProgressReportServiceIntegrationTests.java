package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.db.Tables.BCJI_GRANT;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.notification.Notification;
import org.pledgetrack.core.notification.NotificationKind;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The progress-report calendar and workflow against the real database, on grants made for each
 * test (and deleted after it) so that the demo grants stay as they are.
 */
@GrantsIntegrationTest
class ProgressReportServiceIntegrationTests extends GranteeWorkflowTest {

    private static final ReportNarrative ANSWERS = new ReportNarrative("Two listening sessions held.",
            "Engagement goal met.", "Turnover of the site coordinator.", "None this period.");

    @Autowired GrantService grants;
    @Autowired ProgressReportService progressReports;
    @Autowired AttachmentService deliverableFiles;
    @Autowired AuditLog audit;
    @Autowired NotificationService notifications;

    @Test
    void theCalendarRunsAcrossYearEndsWithSemiAnnualReportsAndAFinalReport() {
        grantId = wichitaGrant(LocalDate.of(2024, 10, 1), LocalDate.of(2027, 9, 30));
        List<GranteeReport> calendar = grants.reportSchedule(wichita, grantId);
        assertThat(calendar).extracting(GranteeReport::kind, GranteeReport::periodStart, GranteeReport::periodEnd,
                GranteeReport::dueOn).containsExactly(
                tuple(ReportKind.PROGRESS_REPORT, "2024-10-01", "2024-12-31", "2025-01-30"),
                tuple(ReportKind.PROGRESS_REPORT, "2025-01-01", "2025-06-30", "2025-07-30"),
                tuple(ReportKind.PROGRESS_REPORT, "2025-07-01", "2025-12-31", "2026-01-30"),
                tuple(ReportKind.PROGRESS_REPORT, "2026-01-01", "2026-06-30", "2026-07-30"),
                tuple(ReportKind.PROGRESS_REPORT, "2026-07-01", "2026-12-31", "2027-01-30"),
                tuple(ReportKind.PROGRESS_REPORT, "2027-01-01", "2027-06-30", "2027-07-30"),
                tuple(ReportKind.FINAL_REPORT, "2027-07-01", "2027-09-30", "2028-01-28"));
        assertThat(grants.reportSchedule(wichita, grantId)).as("asking again stores nothing new").hasSize(7);
    }

    @Test
    void theOverseerHearsOfASubmissionAndTheGranteeOfAReturnWithItsCommentAndOfTheAcceptance() {
        grantId = wichitaGrant(LocalDate.of(2025, 10, 1), LocalDate.of(2028, 9, 30));
        GranteeReport first = grants.reportSchedule(wichita, grantId).getFirst();
        submit(first);
        String link = "progress-reports/" + first.id();
        assertThat(notificationOf(overseer, NotificationKind.PROGRESS_REPORT_SUBMITTED, link).title())
                .isEqualTo("Test site submitted a semi-annual progress report");
        assertThat(notificationsAbout(wichita, link)).as("the grantee is not told of its own submission").isEmpty();

        int submitted = progressReports.report(overseer, first.id()).report().version();
        progressReports.returnToGrantee(overseer, first.id(), submitted, "Add the people housed.");
        assertThat(notificationOf(wichita, NotificationKind.PROGRESS_REPORT_RETURNED, link).body())
                .isEqualTo("Add the people housed.");

        submit(progressReports.report(wichita, first.id()).report());
        progressReports.accept(overseer, first.id(), progressReports.report(overseer, first.id()).report().version());
        assertThat(notificationOf(wichita, NotificationKind.PROGRESS_REPORT_ACCEPTED, link).title())
                .isEqualTo("Accepted: Test site semi-annual progress report");
        assertThat(notificationsAbout(overseer, link)).filteredOn(n -> n.kind() == NotificationKind.PROGRESS_REPORT_SUBMITTED)
                .as("one per submission").hasSize(2);
    }

    @Test
    void aShortenedAwardDropsTheLaterReportsAndMovesTheFinalReportKeepingWhatWasSubmitted() {
        grantId = wichitaGrant(LocalDate.of(2025, 10, 1), LocalDate.of(2028, 9, 30));
        GranteeReport first = grants.reportSchedule(wichita, grantId).getFirst();
        submit(first);
        dsl.update(BCJI_GRANT).set(BCJI_GRANT.END_ON, LocalDate.of(2026, 3, 31))
                .where(BCJI_GRANT.ID.eq(grantId)).execute();

        List<GranteeReport> calendar = grants.reportSchedule(wichita, grantId);
        assertThat(calendar).extracting(GranteeReport::kind, GranteeReport::periodStart, GranteeReport::periodEnd,
                GranteeReport::dueOn).containsExactly(
                tuple(ReportKind.PROGRESS_REPORT, "2025-10-01", "2025-12-31", "2026-01-30"),
                tuple(ReportKind.FINAL_REPORT, "2026-01-01", "2026-03-31", "2026-07-29"));
        assertThat(calendar.getFirst().review()).isEqualTo(ReportReview.SUBMITTED);
        assertThat(calendar.getLast().status()).as("120 days after the new end, long past")
                .isEqualTo(GranteeReportStatus.FUNDS_AT_RISK);
    }

    @Test
    void fundsAreAtRiskOnTheFifteenthDayAfterAMissedDueDateOnTheGrantPageTheListAndTheFilter() {
        grantId = wichitaGrant(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        GranteeReport first = grants.reportSchedule(wichita, grantId).getFirst();
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 7, 30));

        clock.setDate(first.dueOn().plusDays(14));
        assertThat(reportOf(grants.reportSchedule(wichita, grantId), first).status())
                .isEqualTo(GranteeReportStatus.OVERDUE);
        assertThat(summary(overseer).fundsAtRisk()).isFalse();
        assertThat(grants.grant(overseer, grantId).summary().fundsAtRisk()).isFalse();

        clock.setDate(first.dueOn().plusDays(15));
        assertThat(reportOf(grants.reportSchedule(wichita, grantId), first).status())
                .isEqualTo(GranteeReportStatus.FUNDS_AT_RISK);
        assertThat(summary(overseer).fundsAtRisk()).isTrue();
        assertThat(grants.grant(wichita, grantId).summary().fundsAtRisk()).isTrue();
        assertThat(grants.visibleGrants(overseer, new GrantFilter(null, null, null, false, true)))
                .extracting(GrantSummary::id).contains(grantId);

        submit(first);
        assertThat(summary(overseer).fundsAtRisk()).as("a late submission lifts the risk").isFalse();
        assertThat(grants.reportSchedule(wichita, grantId).getFirst().status())
                .isEqualTo(GranteeReportStatus.SUBMITTED_LATE);
    }

    @Test
    void theGranteeSubmitsTheOverseerReturnsItWithACommentAndAcceptsTheResubmission() throws IOException {
        grantId = wichitaGrant(LocalDate.of(2025, 10, 1), LocalDate.of(2028, 9, 30));
        GranteeReport report = grants.reportSchedule(wichita, grantId).getFirst();
        List<MeasureCount> measures = progressReports.report(wichita, report.id()).counts();
        assertThat(measures).extracting(MeasureCount::label).containsExactly("TA sessions attended",
                "Community meetings held", "People served", "Cross-sector partner meetings held");

        progressReports.saveDraft(wichita, report.id(), report.version(),
                new ReportNarrative("Draft so far", null, null, null), Map.of(measures.getFirst().measureId(), 3));
        ProgressReport draft = progressReports.report(overseer, report.id());
        assertThat(draft.report().review()).isEqualTo(ReportReview.DRAFT);
        assertThat(draft.counts().getFirst().count()).isEqualTo(3);
        assertThatThrownBy(() -> progressReports.submit(wichita, report.id(), draft.report().version(),
                new ReportNarrative("Done", "Met", null, "None"), counts(measures)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all four questions");
        assertThatThrownBy(() -> progressReports.submit(wichita, report.id(), draft.report().version(), ANSWERS,
                Map.of(measures.getFirst().measureId(), 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("People served");
        assertThatThrownBy(() -> progressReports.submit(ta, report.id(), draft.report().version(), ANSWERS,
                counts(measures))).isInstanceOf(AccessDeniedException.class);
        long fileId = progressReports.attach(wichita, report.id(), Items.pdf(), "sign-in.pdf");
        try (InputStream file = progressReports.openAttachment(overseer, fileId)) {
            assertThat(file.readAllBytes()).isEqualTo(Items.pdf().readAllBytes());
        }
        assertThatThrownBy(() -> deliverableFiles.open(overseer, fileId)).as("a report's file is no deliverable's")
                .isInstanceOf(AccessDeniedException.class);

        progressReports.submit(wichita, report.id(), draft.report().version(), ANSWERS, counts(measures));
        ProgressReport submitted = progressReports.report(overseer, report.id());
        assertThat(submitted.report().review()).isEqualTo(ReportReview.SUBMITTED);
        assertThat(submitted.report().submittedOn()).isEqualTo(TODAY);
        assertThat(submitted.attachments()).extracting(ReportAttachment::originalFilename).containsExactly("sign-in.pdf");
        assertThatThrownBy(() -> progressReports.saveDraft(wichita, report.id(), submitted.report().version(),
                ANSWERS, Map.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> progressReports.removeAttachment(wichita, fileId))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> progressReports.accept(wichita, report.id(), submitted.report().version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progressReports.returnToGrantee(overseer, report.id(), submitted.report().version(),
                " ")).isInstanceOf(IllegalArgumentException.class);

        progressReports.returnToGrantee(overseer, report.id(), submitted.report().version(),
                "Say how many people the outreach shifts served.");
        ProgressReport returned = progressReports.report(wichita, report.id());
        assertThat(returned.report().review()).isEqualTo(ReportReview.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Say how many people the outreach shifts served.");
        assertThat(returned.reviewedBy()).isEqualTo(overseer.displayName());

        clock.setDate(TODAY.plusDays(3));
        progressReports.submit(wichita, report.id(), returned.report().version(), ANSWERS, counts(measures));
        ProgressReport resubmitted = progressReports.report(overseer, report.id());
        assertThat(resubmitted.report().submittedOn()).as("the first submission's date stays").isEqualTo(TODAY);
        progressReports.accept(overseer, report.id(), resubmitted.report().version());
        assertThat(progressReports.report(wichita, report.id()).report().review())
                .isEqualTo(ReportReview.ACCEPTED);

        assertThat(audit.historyOf(ProgressReportService.ENTITY, report.id()))
                .extracting(AuditEntry::field, AuditEntry::newValue)
                .contains(tuple("state", "DRAFT"), tuple("state", "SUBMITTED"), tuple("state", "RETURNED"),
                        tuple("review_comment", "Say how many people the outreach shifts served."),
                        tuple("state", "ACCEPTED"), tuple("measure PEOPLE_SERVED", "12"),
                        tuple("accomplishments", ANSWERS.accomplishments()));
    }

    @Test
    void anotherAgencyNeitherReadsNorWritesTheReport() {
        grantId = wichitaGrant(LocalDate.of(2025, 10, 1), LocalDate.of(2028, 9, 30));
        GranteeReport report = grants.reportSchedule(wichita, grantId).getFirst();
        assertThatThrownBy(() -> progressReports.report(dayton, report.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progressReports.saveDraft(dayton, report.id(), report.version(), ANSWERS, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progressReports.report(dayton, 999_999_999L)).isInstanceOf(AccessDeniedException.class);
    }

    private void submit(GranteeReport report) {
        List<MeasureCount> measures = progressReports.report(wichita, report.id()).counts();
        progressReports.submit(wichita, report.id(), report.version(), ANSWERS, counts(measures));
    }

    /** 4, 8, 12, ... for the measures in order. */
    private static Map<Long, Integer> counts(List<MeasureCount> measures) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            counts.put(measures.get(i).measureId(), 4 * (i + 1));
        }
        return counts;
    }

    private Notification notificationOf(CurrentUser user, NotificationKind kind, String link) {
        return notificationsAbout(user, link).stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    }

    private List<Notification> notificationsAbout(CurrentUser user, String link) {
        return notifications.latest(user).stream().filter(n -> n.link().equals(link)).toList();
    }

    private GrantSummary summary(CurrentUser user) {
        return grants.visibleGrants(user).stream().filter(g -> g.id() == grantId).findFirst().orElseThrow();
    }

    private static GranteeReport reportOf(List<GranteeReport> calendar, GranteeReport report) {
        return calendar.stream().filter(r -> r.id() == report.id()).findFirst().orElseThrow();
    }

    private long wichitaGrant(LocalDate start, LocalDate end) {
        return wichitaGrant("TEST-" + start + "-" + end, "Progress report test grant", "Test site", null, start, end);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        Object[] converted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            converted[i] = values[i] instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : values[i];
        }
        return org.assertj.core.groups.Tuple.tuple(converted);
    }
}
