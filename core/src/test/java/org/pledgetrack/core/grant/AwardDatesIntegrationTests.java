package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.db.Tables.BCJI_GRANT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing a grant's award dates: the report calendar is regenerated from the new dates at once,
 * submitted reports keep their content (one whose period the award no longer has stays listed,
 * outside the calendar), the phases follow, and only overseers and admins may do it. Audited.
 */
@GrantsIntegrationTest
class AwardDatesIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ReportNarrative ANSWERS = new ReportNarrative("Outreach shifts.", "On track.", "None.",
            "None.");

    @Autowired GrantService grants;
    @Autowired ProgressReportService progressReports;
    @Autowired GrantRepository grantRepository;
    @Autowired UserRepository users;
    @Autowired AuditLog audit;
    @Autowired DSLContext dsl;
    @Autowired MutableClock clock;

    CurrentUser wichita;
    CurrentUser overseer;
    CurrentUser ta;
    long grantId;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        grantId = grantRepository.insertGrant(new NewGrant("DATES-" + System.nanoTime(), "Award dates test grant",
                wichita.organizationId(), wichita.organizationId(), "Award dates site", new BigDecimal("100000.00"),
                null, LocalDate.of(2024, 10, 1), LocalDate.of(2027, 9, 30)), clock.instant());
        grantRepository.insertPhase(grantId, GrantPhase.PLANNING, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30));
        grantRepository.insertPhase(grantId, GrantPhase.IMPLEMENTATION, LocalDate.of(2025, 10, 1),
                LocalDate.of(2027, 9, 30));
    }

    @AfterEach
    void deleteGrant() {
        dsl.deleteFrom(BCJI_GRANT).where(BCJI_GRANT.ID.eq(grantId)).execute();
    }

    @Test
    void anExtensionAcrossAYearEndAddsTheHalfYearAndMovesTheFinalReport() {
        GranteeReport first = grants.reportSchedule(wichita, grantId).getFirst();
        submit(first);

        grants.changeAwardDates(overseer, grantId, version(), LocalDate.of(2024, 11, 1), LocalDate.of(2028, 3, 31));

        List<GranteeReport> calendar = grants.reportSchedule(wichita, grantId);
        assertThat(calendar).extracting(GranteeReport::kind, GranteeReport::periodStart, GranteeReport::periodEnd,
                GranteeReport::dueOn).endsWith(
                org.assertj.core.groups.Tuple.tuple(ReportKind.PROGRESS_REPORT, LocalDate.of(2027, 7, 1),
                        LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 30)),
                org.assertj.core.groups.Tuple.tuple(ReportKind.FINAL_REPORT, LocalDate.of(2028, 1, 1),
                        LocalDate.of(2028, 3, 31), LocalDate.of(2028, 7, 29)));
        assertThat(calendar).filteredOn(r -> r.kind() == ReportKind.FINAL_REPORT).hasSize(1);
        GranteeReport submitted = calendar.getFirst();
        assertThat(submitted.id()).isEqualTo(first.id());
        assertThat(submitted.periodStart()).as("a submitted report keeps the period it reported on")
                .isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(progressReports.report(wichita, first.id()).narrative()).isEqualTo(ANSWERS);
        assertThat(grants.grant(overseer, grantId).phases()).extracting(GrantDetail.PhaseDates::startOn,
                GrantDetail.PhaseDates::endOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 9, 30)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 10, 1), LocalDate.of(2028, 3, 31)));
        assertThat(audit.historyOf(GrantPartnerService.ENTITY, grantId)).extracting(AuditEntry::field,
                AuditEntry::oldValue, AuditEntry::newValue).contains(
                org.assertj.core.groups.Tuple.tuple("start_on", "2024-10-01", "2024-11-01"),
                org.assertj.core.groups.Tuple.tuple("end_on", "2027-09-30", "2028-03-31"));
    }

    @Test
    void aShortenedAwardDropsUnsubmittedReportsKeepsASubmittedOneOutsideTheCalendarAndMovesTheFinalReport() {
        GranteeReport secondHalf2025 = grants.reportSchedule(wichita, grantId).stream()
                .filter(r -> r.periodEnd().equals(LocalDate.of(2025, 12, 31))).findFirst().orElseThrow();
        submit(secondHalf2025);

        grants.changeAwardDates(overseer, grantId, version(), LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30));

        List<GranteeReport> calendar = grants.reportSchedule(wichita, grantId);
        assertThat(calendar).extracting(GranteeReport::kind, GranteeReport::periodEnd, GranteeReport::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReportKind.PROGRESS_REPORT, LocalDate.of(2024, 12, 31),
                                LocalDate.of(2025, 1, 30)),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.PROGRESS_REPORT, LocalDate.of(2025, 6, 30),
                                LocalDate.of(2025, 7, 30)),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.FINAL_REPORT, LocalDate.of(2025, 9, 30),
                                LocalDate.of(2026, 1, 28)),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.PROGRESS_REPORT, LocalDate.of(2025, 12, 31),
                                LocalDate.of(2026, 1, 30)));
        GranteeReport kept = calendar.getLast();
        assertThat(kept.id()).isEqualTo(secondHalf2025.id());
        assertThat(kept.review()).isEqualTo(ReportReview.SUBMITTED);
        assertThat(GranteeReportCalendar.inCalendar(kept, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30)))
                .as("shown as outside the award's calendar").isFalse();
        assertThat(GranteeReportCalendar.inCalendar(calendar.getFirst(), LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 9, 30))).isTrue();
        assertThat(progressReports.report(overseer, kept.id()).narrative()).isEqualTo(ANSWERS);
        assertThat(grants.grant(overseer, grantId).phases()).extracting(GrantDetail.PhaseDates::phase)
                .containsExactly(GrantPhase.PLANNING);
    }

    @Test
    void onlyOverseersAndAdminsChangeTheDatesAndAStaleVersionOrBackwardDatesAreRefused() {
        int version = version();
        LocalDate start = LocalDate.of(2024, 10, 1);
        assertThatThrownBy(() -> grants.changeAwardDates(wichita, grantId, version, start, LocalDate.of(2028, 9, 30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grants.changeAwardDates(ta, grantId, version, start, LocalDate.of(2028, 9, 30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grants.changeAwardDates(overseer, grantId, version, start, start.minusDays(1)))
                .hasMessage("The award must end after it starts.");
        grants.changeAwardDates(overseer, grantId, version, start, LocalDate.of(2028, 9, 30));
        assertThatThrownBy(() -> grants.changeAwardDates(overseer, grantId, version, start, LocalDate.of(2029, 9, 30)))
                .isInstanceOf(EditConflictException.class);
        assertThat(grants.grant(wichita, grantId).summary().endOn()).isEqualTo(LocalDate.of(2028, 9, 30));
    }

    private int version() {
        return grants.grant(overseer, grantId).version();
    }

    private void submit(GranteeReport report) {
        List<MeasureCount> measures = progressReports.report(wichita, report.id()).counts();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        measures.forEach(m -> counts.put(m.measureId(), 5));
        progressReports.submit(wichita, report.id(), report.version(), ANSWERS, counts);
    }
}
