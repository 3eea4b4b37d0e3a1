package org.pledgetrack.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** Report files over the API: the same bytes as in the Reports view, for the owner only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApiTokenService tokens;
    @Autowired UserRepository users;
    @Autowired ReportService reports;
    @Autowired ReportJobLauncher launcher;

    @Test
    void overseerDownloadsTheSameBytesWithAToken() throws Exception {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        LocalDate asOf = reports.latestSnapshotDate().orElseThrow();
        ReportFile file = launcher.generateNow(reports.request(overseer, ReportType.AGENCY_STATUS, ReportFormat.CSV,
                asOf, ReportFilters.NONE));
        String token = tokens.create(overseer, DemoAccounts.PASSWORD, "reports", 30).secret();

        byte[] viaApi = get("/api/v1/reports/" + file.id() + "/file", token);
        String list = new String(get("/api/v1/reports?size=500", token));

        try (InputStream stored = reports.open(overseer, file.id())) {
            assertThat(viaApi).isEqualTo(stored.readAllBytes());
        }
        assertThat(list).contains("\"id\":" + file.id()).contains(file.sha256()).doesNotContain("storageKey");
        assertThat(status("/api/v1/reports/" + file.id() + "/file", null)).isEqualTo(401);
    }

    @Test
    void agencyTokenCannotDownloadSomeoneElsesReport() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ReportFile file = launcher.generateNow(reports.request(overseer, ReportType.GRANT_DELIVERABLES,
                ReportFormat.CSV, reports.latestSnapshotDate().orElseThrow(), ReportFilters.NONE));
        String agencyToken = tokens.create(Users.signedIn(users, DemoAccounts.DAYTON_AGENCY), DemoAccounts.PASSWORD, "mine", 30).secret();

        assertThat(status("/api/v1/reports/" + file.id() + "/file", agencyToken)).as("answered like an unknown id")
                .isEqualTo(404);
        assertThat(new String(get("/api/v1/reports", agencyToken))).doesNotContain("\"id\":" + file.id() + ",");
    }

    private byte[] get(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> h.setBearerAuth(token)).retrieve().body(byte[].class);
    }

    private int status(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
