package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Given Wichita's pledge with the demo's two policy documents and evidence files added on two more items, when its TA staff member asks for its
 * dossier, then the job stores a ZIP that opens with its summary PDF (every item's title and status)
 * and each kept evidence file in its item's folder, byte for byte; others may not ask for it.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class DossierJobFunctionalTests {

    private static final int WAIT_STEPS = 600;

    @Autowired
    private ReportJobLauncher launcher;
    @Autowired
    private ReportService reports;
    @Autowired
    private PledgeService pledges;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void wichitasDossierHoldsItsSummaryPdfAndEveryEvidenceFileInItsItemsFolder() throws Exception {
        CurrentUser agency = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        PledgeOverview wichita = pledges.overview(agency, agency.organizationId()).orElseThrow();
        List<PledgeItem> open = wichita.areas().stream().flatMap(area -> area.items().stream())
                .filter(item -> item.status() == ItemStatus.NOT_STARTED || item.status() == ItemStatus.IN_PROGRESS)
                .limit(2).toList();
        assertThat(open).hasSize(2);
        byte[] policy = Items.pdf().readAllBytes();
        evidence.addFile(agency, open.get(0).id(), new ByteArrayInputStream(policy), "policy.pdf", "Adopted policy");
        evidence.addFile(agency, open.get(1).id(), new ByteArrayInputStream(policy), "training.pdf", null);
        long removed = evidence.addFile(agency, open.get(1).id(), new ByteArrayInputStream(policy), "draft.pdf", null);
        evidence.remove(agency, removed, "Superseded");

        ReportFile file = waitUntilDone(ta, launcher.generateDossier(ta, agency.organizationId()));

        assertThat(file.status()).isEqualTo(ReportStatus.READY);
        assertThat(file.type()).isEqualTo(ReportType.AGENCY_DOSSIER);
        assertThat(file.format()).isEqualTo(ReportFormat.ZIP);
        assertThat(file.rowCount()).as("the kept evidence files: the demo's two and these two").isEqualTo(4);
        Map<String, byte[]> entries = unzip(ta, file);
        String firstFolder = DossierZipWriter.folderOf(open.get(0).number(), open.get(0).title());
        String secondFolder = DossierZipWriter.folderOf(open.get(1).number(), open.get(1).title());
        assertThat(entries.keySet()).containsExactly(DossierZipWriter.SUMMARY,
                folderOf(agency, 1) + "/bias-free-policing-policy.pdf", folderOf(agency, 5) + "/use-of-force-policy.pdf",
                firstFolder + "/policy.pdf", secondFolder + "/training.pdf");
        assertThat(ReportFileReader.pdfText(entries.get(folderOf(agency, 1) + "/bias-free-policing-policy.pdf")))
                .contains("Bias-Free Policing Policy (demo)");
        assertThat(entries.get(firstFolder + "/policy.pdf")).isEqualTo(policy);
        String summary = ReportFileReader.pdfText(entries.get(DossierZipWriter.SUMMARY));
        assertThat(summary).contains("Pledge dossier: Wichita Police Department", "KS0870300");
        for (PledgeItem item : wichita.areas().stream().flatMap(area -> area.items().stream()).toList()) {
            assertThat(summary.replaceAll("\\s+", " "))
                    .contains(item.number() + ". " + item.title().substring(0, Math.min(40, item.title().length())));
        }
        assertThat(summary).contains("Status: Verified", "Status: Not started", "Adopted policy",
                "removed", "Superseded");
        assertThat(file.sizeBytes()).isEqualTo(jdbc.queryForObject(
                "SELECT size_bytes FROM report_file WHERE id = ?", Long.class, file.id()));
        assertThat(reports.file(Users.signedIn(users, DemoAccounts.OVERSEER), file.id()).ready()).isTrue();
        assertThatThrownBy(() -> reports.open(Users.signedIn(users, DemoAccounts.ADMIN), file.id()))
                .as("admins read every report, but not an agency's evidence").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void taStaffOfAnotherAgencyAndAdminsAreRefusedAndNothingIsRecorded() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        long madison = Items.agencyId(pledges, Users.signedIn(users, DemoAccounts.OVERSEER), "WI0130100");
        long wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId();
        int filesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM report_file", Integer.class);

        assertThatThrownBy(() -> launcher.generateDossier(ta, madison)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> launcher.generateDossier(Users.signedIn(users, DemoAccounts.DAYTON_AGENCY), wichita))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> launcher.generateDossier(Users.signedIn(users, DemoAccounts.ADMIN), wichita))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_file", Integer.class)).isEqualTo(filesBefore);
    }

    private String folderOf(CurrentUser agency, int number) {
        return DossierZipWriter.folderOf(number, Items.item(pledges, agency, agency.organizationId(), number).title());
    }

    private ReportFile waitUntilDone(CurrentUser user, ReportFile started) throws InterruptedException {
        ReportFile file = reports.file(user, started.id());
        for (int i = 0; i < WAIT_STEPS && file.status() == ReportStatus.GENERATING; i++) {
            Thread.sleep(100);
            file = reports.file(user, started.id());
        }
        return file;
    }

    private Map<String, byte[]> unzip(CurrentUser user, ReportFile file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = reports.open(user, file.id()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
