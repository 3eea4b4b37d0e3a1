package org.pledgetrack.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgetrack.core.CoreTestApplication;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Runs ops/backup.sh and ops/restore.sh (the system's mariadb-dump and mariadb clients) against
 * the test database, then boots the application on the restored database and files directory and
 * finds there a change and an evidence file made just before the backup. Uses Dayton's item 23
 * (not started, so evidence can be added). With the local store; {@link BackupRestoreOnDatabaseStoreIntegrationTests}
 * does the same with the files in the database (and so in the dump).
 */
@SpringBootTest
class BackupRestoreIntegrationTests {

    private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired UserRepository users;
    @Autowired FileStore fileStore;
    @Autowired FileProperties fileProperties;

    @Test
    void restoredBackupHoldsTheLatestChangeAndItsEvidenceFile(@TempDir Path work) throws Exception {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        PledgeItem item = Items.item(pledges, dayton, dayton.organizationId(), 23);
        String marker = "saved before the backup " + UUID.randomUUID();
        items.updateDetails(dayton, item.id(), item.version(), new ItemDetailsChange("Lt. Backup",
                LocalDate.of(2027, 1, 31), marker));
        long evidenceId = evidence.addFile(dayton, item.id(), Items.pdf(), "backup-check.pdf", null);
        String restoredDb = "pledgetrack_restored_" + UUID.randomUUID().toString().substring(0, 8);
        Path restoredFiles = work.resolve("restored-files");
        Map<String, String> server = serverSettings();
        // Read from the store itself: the test setting of pledgetrack.files.dir holds ${random.uuid},
        // which gives a new value each time it is resolved.
        Path filesDir = (Path) ReflectionTestUtils.getField(fileStore, "directory");

        List<String> written = run(server, Map.of("DB_NAME", database(), "FILES_DIR", filesDir.toString()),
                "backup.sh", work.resolve("backups").toString());
        try {
            run(server, Map.of("DB_NAME", restoredDb, "FILES_DIR", restoredFiles.toString()),
                    "restore.sh", written.get(0), written.get(1));

            try (ConfigurableApplicationContext restored = startOn(restoredDb, restoredFiles)) {
                PledgeItemService restoredItems = restored.getBean(PledgeItemService.class);
                CurrentUser restoredDayton = Users.signedIn(restored.getBean(UserRepository.class),
                        DemoAccounts.DAYTON_AGENCY);
                assertThat(restoredItems.detail(restoredDayton, item.id()).item().notes()).isEqualTo(marker);
                try (InputStream file = restored.getBean(EvidenceService.class)
                        .download(restoredDayton, evidenceId).content().get()) {
                    assertThat(file.readAllBytes()).isEqualTo(Items.PDF);
                }
            }
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS `" + restoredDb + "`");
        }
    }

    /** The application on the restored database, as an operator would start it after a restore. */
    private ConfigurableApplicationContext startOn(String restoredDb, Path restoredFiles) {
        HikariDataSource pool = (HikariDataSource) dataSource;
        String url = pool.getJdbcUrl().replaceFirst("/" + database() + "\\?", "/" + restoredDb + "?");
        return new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + pool.getUsername(),
                        "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
                        "--pledgetrack.demo-data=false",
                        "--pledgetrack.files.store=" + fileProperties.store(),
                        "--pledgetrack.files.dir=" + restoredFiles);
    }

    private List<String> run(Map<String, String> server, Map<String, String> settings, String script,
                             String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(OPS.resolve(script).toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().putAll(server);
        builder.environment().putAll(settings);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(script + " said: " + output).isZero();
        return output.lines().toList();
    }

    private Map<String, String> serverSettings() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        URI uri = URI.create(pool.getJdbcUrl().substring("jdbc:".length()));
        return Map.of("DB_HOST", uri.getHost(), "DB_PORT", String.valueOf(uri.getPort()),
                "DB_USER", pool.getUsername(), "DB_PASSWORD", pool.getPassword() == null ? "" : pool.getPassword());
    }

    private String database() {
        return jdbc.queryForObject("SELECT DATABASE()", String.class);
    }
}
