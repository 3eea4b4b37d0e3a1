package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportSettings;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * With {@code pledgetrack.files.store=database}, a report the job wrote on one node downloads from another
 * node of the same database that has folders of its own: here node A is this test's application, node B a
 * second application started on the same database, as a second server of a cluster would be.
 */
@SpringBootTest(classes = BatchTestApplication.class, properties = "pledgetrack.files.store=database")
class ReportOnAnotherNodeIntegrationTests {

    @Autowired ReportJobLauncher launcher;
    @Autowired ReportService reports;
    @Autowired SnapshotJobLauncher snapshots;
    @Autowired UserRepository users;
    @Autowired DataSource dataSource;
    @Autowired ReportSettings reportSettings;
    @Autowired FileProperties fileProperties;

    @Test
    void aReportWrittenByTheJobOnOneNodeDownloadsFromAnother(@TempDir Path nodeB) throws Exception {
        snapshots.runNow("pledgeStatus", ReportJobIntegrationTests.AS_OF, "test");
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        ReportFile file = launcher.generateNow(reports.request(overseer, ReportType.AGENCY_STATUS, ReportFormat.XLSX,
                ReportJobIntegrationTests.AS_OF, ReportFilters.NONE));

        assertThat(file.status()).isEqualTo(ReportStatus.READY);
        assertThat(HostileUploads.filesIn(reportSettings.dir())).as("nothing on node A's disk").isEmpty();
        assertThat(HostileUploads.filesIn(fileProperties.dir())).as("nothing on node A's disk").isEmpty();
        try (ConfigurableApplicationContext otherNode = startNodeOnTheSameDatabase(nodeB)) {
            ReportService reportsOnB = otherNode.getBean(ReportService.class);
            CurrentUser overseerOnB = Users.signedIn(otherNode.getBean(UserRepository.class), DemoAccounts.OVERSEER);
            byte[] content;
            try (InputStream in = reportsOnB.open(overseerOnB, file.id())) {
                content = in.readAllBytes();
            }
            assertThat((long) content.length).isEqualTo(file.sizeBytes());
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                    .isEqualTo(file.sha256());
        }
    }

    /**
     * Node B: core alone, as another application node reading the shared store. Not a {@code @Configuration},
     * so that neither this test's context nor the batch tests' component scan picks it up.
     */
    @EnableAutoConfiguration
    @ComponentScan("org.pledgetrack.core")
    static class CoreNode {
    }

    private ConfigurableApplicationContext startNodeOnTheSameDatabase(Path folders) {
        HikariDataSource pool = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(CoreNode.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + pool.getJdbcUrl(),
                        "--spring.datasource.username=" + pool.getUsername(),
                        "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
                        "--pledgetrack.demo-data=false",
                        "--pledgetrack.files.store=database",
                        "--pledgetrack.files.dir=" + folders.resolve("files"),
                        "--pledgetrack.reports.dir=" + folders.resolve("reports"));
    }
}
