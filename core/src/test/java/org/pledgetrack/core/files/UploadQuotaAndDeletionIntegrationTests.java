package org.pledgetrack.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.AttachmentService;
import org.pledgetrack.core.grant.DeliverableAttachment;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.pledge.Evidence;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemWorkflow;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.KeptFiles;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Small limits, so that a few files of 900 bytes reach them: Dayton's files may take 3 KB, its user may
 * upload 5 KB per 10 minutes, and removed files are deleted at once (an undo period of zero). The demo
 * data keeps no file of Dayton's (Wichita's Action Plan diagram is its own), so Dayton starts with nothing
 * kept; uploads may be 2 KB, so that the demo's diagram loads. Runs with the local store;
 * {@link UploadQuotaAndDeletionOnDatabaseStoreIntegrationTests} runs the same with the database store.
 */
@SpringBootTest(properties = {"pledgetrack.files.max-size=2KB", "pledgetrack.files.organization-quota=3KB",
        "pledgetrack.files.user-rate-bytes=5KB", "pledgetrack.files.user-rate-period=PT10M",
        "pledgetrack.files.removed-retention=PT0S"})
class UploadQuotaAndDeletionIntegrationTests {

    @Autowired EvidenceService evidence;
    @Autowired PledgeItemService items;
    @Autowired PledgeService pledges;
    @Autowired RemovedFileDeletion deletion;
    @Autowired AttachmentService attachments;
    @Autowired DeliverableService deliverables;
    @Autowired GrantService grants;
    @Autowired UserRepository users;
    /** The store's directory as the bean has it: the setting holds ${random.uuid}, which differs on every read. */
    @Autowired FileProperties fileProperties;
    @Autowired DSLContext dsl;
    KeptFiles kept;
    PledgeItem daytonItem;

    private static final Set<String> TEST_FILES =
            Set.of("first.pdf", "second.pdf", "third.pdf", "fourth.pdf", "fifth.pdf", "sixth.pdf");

    /**
     * Against an external database (README's second test mode) every test class shares one database, so
     * files other classes removed are waiting too: delete them first, so that each count here is this test's.
     */
    @BeforeEach
    void nothingElseIsWaitingToBeDeleted() {
        kept = new KeptFiles(fileProperties, dsl);
        deletion.deleteExpired();
    }

    /**
     * Leaves Dayton as found: this test's files removed and deleted, its uploads out of the rate window.
     * Against an external database both store variants of this class share one database, and the second
     * would otherwise start with the first one's space and upload rate used up.
     */
    @AfterEach
    void leaveDaytonAsFound() {
        if (daytonItem == null) {
            return;
        }
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        for (Evidence file : evidenceOf(dayton, daytonItem)) {
            if (TEST_FILES.contains(file.originalFilename())) {
                evidence.remove(dayton, file.id(), "test clean-up");
            }
        }
        deletion.deleteExpired();
        dsl.execute("UPDATE evidence SET uploaded_at = uploaded_at - INTERVAL 1 DAY WHERE uploaded_by = ?", dayton.id());
    }

    @Test
    void quotaRefusesPastTheOrganizationsSpaceRemovedFilesAreDeletedToFreeItAndTheRateStopsABurst() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        PledgeItem item = pledges.overview(dayton, dayton.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream())
                .filter(candidate -> ItemWorkflow.evidenceEditable(candidate.status())).findFirst().orElseThrow();
        daytonItem = item;
        long first = evidence.addFile(dayton, item.id(), pdfOf900Bytes(), "first.pdf", null);
        evidence.addFile(dayton, item.id(), pdfOf900Bytes(), "second.pdf", null);
        evidence.addFile(dayton, item.id(), pdfOf900Bytes(), "third.pdf", null);
        int rowsBefore = evidenceOf(dayton, item).length;
        Set<String> filesBefore = kept.keys();

        // 2,700 bytes kept + 900 > 3 KB
        assertThatThrownBy(() -> evidence.addFile(dayton, item.id(), pdfOf900Bytes(), "fourth.pdf", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"fourth.pdf\" (1 KB) does not fit: the files of Dayton Police Department take 3 KB of its "
                        + "3 KB. Remove files that are no longer needed (their space is freed when they are deleted, "
                        + "0 seconds after removal) or ask an administrator.");
        assertThat(evidenceOf(dayton, item)).hasSize(rowsBefore);
        assertThat(kept.keys()).isEqualTo(filesBefore);

        String sha256 = evidenceRow(dayton, item, first).sha256();
        evidence.remove(dayton, first, "Wrong version");
        assertThat(deletion.deleteExpired()).isEqualTo(1);

        Evidence deleted = evidenceRow(dayton, item, first);
        assertThat(deleted.fileDeleted()).isTrue();
        assertThat(deleted.originalFilename()).isEqualTo("first.pdf");
        assertThat(deleted.sha256()).isEqualTo(sha256);
        assertThat(kept.keys()).hasSize(filesBefore.size() - 1);
        assertThat(items.detail(dayton, item.id()).history())
                .filteredOn(entry -> "FILE_DELETED".equals(entry.action())).extracting(AuditEntry::newValue)
                .endsWith("first.pdf (SHA-256 " + sha256 + ")"); // the newest: on a shared database the item has older ones
        assertThatThrownBy(() -> evidence.restore(dayton, first)).isInstanceOf(IllegalStateException.class)
                .hasMessage("\"first.pdf\" was removed and its file deleted after the undo period; upload it again if "
                        + "it is still needed.");
        assertThatThrownBy(() -> evidence.download(dayton, first)).isInstanceOf(IllegalStateException.class);

        // the space is free again
        evidence.addFile(dayton, item.id(), pdfOf900Bytes(), "fourth.pdf", null);
        removeOldestAndDelete(dayton, item);
        evidence.addFile(dayton, item.id(), pdfOf900Bytes(), "fifth.pdf", null);
        removeOldestAndDelete(dayton, item);
        // 1,800 bytes kept, so the quota has room; but 4,500 bytes uploaded lately + 900 > 5 KB
        assertThatThrownBy(() -> evidence.addFile(dayton, item.id(), pdfOf900Bytes(), "sixth.pdf", null))
                .hasMessage("You uploaded 5 KB in the last 10 minutes; with \"sixth.pdf\" (1 KB) that would be more "
                        + "than the 5 KB allowed per 10 minutes. Try again later.");
    }

    @Test
    void removedAttachmentLosesItsBytesAfterTheUndoPeriodKeepingItsNameAndSha256() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        long grantId = grants.visibleGrants(ta).getFirst().id();
        long deliverableId = deliverables.deliverablesOf(ta, grantId).getFirst().id();
        long id = attachments.attach(ta, deliverableId, pdfOf900Bytes(), "sign-in.pdf", "Sign-in sheet");
        String sha256 = attachmentRow(ta, deliverableId, id).sha256();
        int filesBefore = kept.keys().size();

        attachments.remove(ta, id);
        assertThat(deletion.deleteExpired()).isEqualTo(1);

        DeliverableAttachment deleted = attachmentRow(ta, deliverableId, id);
        assertThat(deleted.fileDeleted()).isTrue();
        assertThat(List.of(deleted.originalFilename(), deleted.sha256())).containsExactly("sign-in.pdf", sha256);
        assertThat(kept.keys()).hasSize(filesBefore - 1);
        assertThatThrownBy(() -> attachments.open(ta, id)).isInstanceOf(IllegalStateException.class)
                .hasMessage("\"sign-in.pdf\" was removed and its file deleted after the undo period.");
        assertThat(deletion.deleteExpired()).isZero();
    }

    private DeliverableAttachment attachmentRow(CurrentUser user, long deliverableId, long id) {
        return attachments.attachments(user, deliverableId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private void removeOldestAndDelete(CurrentUser user, PledgeItem item) {
        evidence.remove(user, evidenceOf(user, item)[0].id(), null);
        assertThat(deletion.deleteExpired()).isEqualTo(1);
    }

    private Evidence[] evidenceOf(CurrentUser user, PledgeItem item) {
        return items.detail(user, item.id()).evidence().stream().filter(e -> !e.removed()).toArray(Evidence[]::new);
    }

    private Evidence evidenceRow(CurrentUser user, PledgeItem item, long id) {
        return items.detail(user, item.id()).evidence().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private static InputStream pdfOf900Bytes() {
        return new ByteArrayInputStream(Arrays.copyOf(Items.PDF, 900));
    }
}
