package org.pledgetrack.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The migration that keeps deliverable and progress-report attachments in one table, run on a schema
 * of its own on the test server: migrated to the version before it, given attachments of both kinds
 * with the same ids and audit entries about them (also about attachments deleted since), then migrated.
 */
@SpringBootTest
class AttachmentTableMigrationIntegrationTests {

    private static final String BEFORE_MERGE = "191";
    private static final String MERGE = "192";

    @Autowired DataSource dataSource;
    @Autowired DSLContext dsl;

    private String schema;
    private String url;

    @BeforeEach
    void createSchema() {
        schema = "attachment_merge_" + System.nanoTime();
        dsl.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String current = dsl.fetchValue(DSL.field("database()", String.class));
        url = hikari().getJdbcUrl().replace("/" + current + "?", "/" + schema + "?");
    }

    @AfterEach
    void dropSchema() {
        dsl.execute("DROP DATABASE IF EXISTS " + schema);
    }

    @Test
    void bothKindsMoveIntoOneTableWithTheirFilesAndOwnersAndTheAuditStillNamesEachAttachment() throws SQLException {
        migrateTo(BEFORE_MERGE);
        try (Connection connection = connect()) {
            DSLContext old = DSL.using(connection, SQLDialect.MYSQL);
            // only the rows the attachments hang on: their grant, provider and uploaders do not matter here
            old.execute("SET FOREIGN_KEY_CHECKS = 0");
            old.execute("INSERT INTO ta_deliverable (id, grant_id, provider_org_id, type, title, due_on, status, "
                    + "created_at, updated_at) VALUES (10, 1, 1, 'TRAINING', 'Course', '2026-03-01', 'DELIVERED', "
                    + "'2026-01-05', '2026-01-05')");
            old.execute("INSERT INTO grantee_report (id, grant_id, kind, period_start, period_end, due_on) "
                    + "VALUES (20, 1, 'PROGRESS_REPORT', '2026-01-01', '2026-06-30', '2026-07-30')");
            old.execute("SET FOREIGN_KEY_CHECKS = 1");
            old.execute("INSERT INTO deliverable_attachment (id, deliverable_id, label, original_filename, content_type, "
                    + "size_bytes, sha256, storage_key, uploaded_at, removed_at, file_deleted_at) VALUES "
                    + "(1, 10, 'Agenda', 'agenda.pdf', 'application/pdf', 100, '" + "a".repeat(64) + "', 'key-d1', "
                    + "'2026-03-01', NULL, NULL), "
                    + "(2, 10, 'Sign-in sheet', 'sign-in.pdf', 'application/pdf', 200, '" + "b".repeat(64) + "', "
                    + "'key-d2', '2026-03-02', '2026-03-03', '2026-04-03')");
            old.execute("INSERT INTO grantee_report_attachment (id, report_id, original_filename, content_type, "
                    + "size_bytes, sha256, storage_key, uploaded_at) VALUES "
                    + "(1, 20, 'counts.xlsx', 'application/vnd.ms-excel', 300, '" + "c".repeat(64) + "', 'key-r1', '2026-07-01'), "
                    + "(2, 20, 'photos.pdf', 'application/pdf', 400, '" + "d".repeat(64) + "', 'key-r2', '2026-07-02'), "
                    + "(3, 20, 'minutes.pdf', 'application/pdf', 500, '" + "e".repeat(64) + "', 'key-r3', '2026-07-03')");
            // every attachment's audit entry names its file; 7 and 9 were deleted with their deliverable and report
            old.execute("INSERT INTO audit_log (occurred_at, actor_name, entity_type, entity_id, action, field, new_value) "
                    + "VALUES " + audited("DELIVERABLE_ATTACHMENT", 1, "agenda.pdf") + ", "
                    + audited("DELIVERABLE_ATTACHMENT", 2, "sign-in.pdf") + ", "
                    + audited("DELIVERABLE_ATTACHMENT", 7, "deleted-agenda.pdf") + ", "
                    + audited("GRANTEE_REPORT_ATTACHMENT", 1, "counts.xlsx") + ", "
                    + audited("GRANTEE_REPORT_ATTACHMENT", 2, "photos.pdf") + ", "
                    + audited("GRANTEE_REPORT_ATTACHMENT", 3, "minutes.pdf") + ", "
                    + audited("GRANTEE_REPORT_ATTACHMENT", 9, "deleted-counts.xlsx"));
        }

        migrateTo(MERGE);

        try (Connection connection = connect()) {
            DSLContext merged = DSL.using(connection, SQLDialect.MYSQL);
            assertThat(merged.fetch("SELECT storage_key, owner, deliverable_id, report_id, label, original_filename, "
                    + "size_bytes, removed_at IS NOT NULL, file_deleted_at IS NOT NULL FROM attachment ORDER BY storage_key")
                    .map(Record::intoArray)).containsExactly(
                    new Object[] {"key-d1", "DELIVERABLE", 10L, null, "Agenda", "agenda.pdf", 100L, 0, 0},
                    new Object[] {"key-d2", "DELIVERABLE", 10L, null, "Sign-in sheet", "sign-in.pdf", 200L, 1, 1},
                    new Object[] {"key-r1", "PROGRESS_REPORT", null, 20L, null, "counts.xlsx", 300L, 0, 0},
                    new Object[] {"key-r2", "PROGRESS_REPORT", null, 20L, null, "photos.pdf", 400L, 0, 0},
                    new Object[] {"key-r3", "PROGRESS_REPORT", null, 20L, null, "minutes.pdf", 500L, 0, 0});

            Map<Long, String> fileById = merged.fetch("SELECT id, original_filename FROM attachment").stream()
                    .collect(Collectors.toMap(r -> r.get(0, Long.class), r -> r.get(1, String.class)));
            assertThat(fileById).as("one id per attachment").hasSize(5);
            assertThat(merged.fetch("SELECT entity_type, entity_id, new_value FROM audit_log "
                            + "WHERE entity_type LIKE '%ATTACHMENT' AND new_value NOT LIKE 'deleted-%'"))
                    .as("each entry names the attachment whose file it records")
                    .hasSize(5).allSatisfy(entry -> assertThat(fileById.get(entry.get(1, Long.class)))
                            .isEqualTo(entry.get(2, String.class)));
            assertThat(merged.fetch("SELECT a.owner, l.entity_type FROM audit_log l JOIN attachment a ON a.id = l.entity_id "
                    + "WHERE l.entity_type LIKE '%ATTACHMENT'").map(r -> tuple(r.get(0), r.get(1))))
                    .as("deliverable and report entries meet attachments of their own kind").containsOnly(
                            tuple("DELIVERABLE", "DELIVERABLE_ATTACHMENT"),
                            tuple("PROGRESS_REPORT", "GRANTEE_REPORT_ATTACHMENT"));

            long deletedReportFileEntry = number(merged, "SELECT entity_id FROM audit_log "
                    + "WHERE new_value = 'deleted-counts.xlsx'");
            merged.execute("INSERT INTO attachment (owner, report_id, original_filename, content_type, size_bytes, "
                    + "sha256, storage_key, uploaded_at) VALUES ('PROGRESS_REPORT', 20, 'new.pdf', 'application/pdf', "
                    + "1, '" + "f".repeat(64) + "', 'key-new', '2026-12-01')");
            long newId = number(merged, "SELECT id FROM attachment WHERE storage_key = 'key-new'");
            assertThat(newId).as("a new attachment takes no id the audit log already names")
                    .isGreaterThan(deletedReportFileEntry).isGreaterThan(7L);
            assertThat(number(merged, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema
                    + "' AND table_name IN ('deliverable_attachment', 'grantee_report_attachment')")).isZero();
        }
    }

    private static long number(DSLContext db, String sql) {
        return db.fetchOne(sql).get(0, Long.class);
    }

    private static String audited(String entityType, long entityId, String filename) {
        return "('2026-07-01', 'Test', '" + entityType + "', " + entityId + ", 'UPDATE', 'attached', '" + filename + "')";
    }

    private void migrateTo(String version) {
        HikariDataSource main = hikari();
        Flyway.configure().dataSource(url, main.getUsername(), main.getPassword())
                .locations("classpath:db/migration").target(version).load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, hikari().getUsername(), hikari().getPassword());
    }

    private HikariDataSource hikari() {
        return (HikariDataSource) dataSource;
    }
}
