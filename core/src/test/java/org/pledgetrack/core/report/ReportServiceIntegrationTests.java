package org.pledgetrack.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.CoreTestApplication;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Report metadata, downloads and retention (in these tests files expire at once: retention PT0S). */
@SpringBootTest(classes = CoreTestApplication.class)
class ReportServiceIntegrationTests {

    @Autowired
    private ReportService reports;
    @Autowired
    private ReportStorage storage;
    @Autowired
    private UserRepository users;

    @Test
    void expiredFilesAreDeletedAndMarkedExpired() throws Exception {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ReportFile file = reports.request(overseer, ReportType.AGENCY_STATUS, ReportFormat.CSV, LocalDate.now(),
                ReportFilters.NONE);
        String key = storage.newKey();
        try (OutputStream out = storage.create(key)) {
            out.write("Agency\n".getBytes(StandardCharsets.UTF_8));
        }
        reports.markReady(file.id(), new GeneratedReport(key, 0, 7, "0".repeat(64)));
        assertThat(reports.open(overseer, file.id()).readAllBytes()).hasSize(7);

        assertThat(reports.expireOld()).isPositive();

        ReportFile expired = reports.file(overseer, file.id());
        assertThat(expired.status()).isEqualTo(ReportStatus.EXPIRED);
        assertThat(expired.storageKey()).isNull();
        assertThatThrownBy(() -> reports.open(overseer, file.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void unknownFileIsRefusedLikeAForeignOne() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> reports.file(overseer, 987_654_321L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void itemDetailNeedsAnAgency() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> reports.request(overseer, ReportType.AGENCY_ITEMS, ReportFormat.PDF, LocalDate.now(),
                ReportFilters.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agency");
    }

    @Test
    void anItemDetailFileRecordsOnlyTheAgencyItIsNarrowedTo() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId();

        ReportFile file = reports.request(overseer, ReportType.AGENCY_ITEMS, ReportFormat.CSV, LocalDate.now(),
                new ReportFilters("OH", null, null, ScheduleStatus.BEHIND, wichita));

        assertThat(file.filters()).isEqualTo(new ReportFilters(null, null, null, null, wichita));
        assertThat(reports.file(overseer, file.id()).filtersText()).contains("Wichita")
                .doesNotContain("OH", "Behind", "BEHIND");
    }

    @Test
    void scheduleThatNeverFiresIsRefused() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> reports.saveDefinition(overseer, "Never", ReportType.AGENCY_STATUS, ReportFormat.CSV,
                ReportFilters.NONE, "0 0 6 30 2 *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never fires");
    }

    @Test
    void agencyUsersMayOnlyChooseTheItemDetail() {
        CurrentUser agency = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);

        assertThat(reports.typesFor(agency)).containsExactly(ReportType.AGENCY_ITEMS);
        assertThat(reports.choices(agency).agencies()).extracting(Choice::id).containsExactly(agency.organizationId());
    }

    @Test
    void onlyOverseersAndAdminsAreOfferedTheGrants() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThat(reports.choices(dayton).grants()).isEmpty();
        assertThat(reports.choices(overseer).grants()).extracting(Choice::name)
                .anyMatch(name -> name.contains("Wichita Project HOPE"));
    }
}
