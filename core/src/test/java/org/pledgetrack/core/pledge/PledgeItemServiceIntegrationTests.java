package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.HostileUploads.HostileUpload;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

/**
 * The item workflow on the real database with the demo data. Each test works on its own Wichita
 * or Dayton item (by number) so that tests do not depend on each other.
 */
@SpringBootTest
class PledgeItemServiceIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired UserRepository users;
    /** The store's directory as the bean has it: the setting holds ${random.uuid}, which differs on every read. */
    @Autowired FileProperties fileProperties;

    CurrentUser wichita() {
        return Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
    }

    CurrentUser ta() {
        return Users.signedIn(users, DemoAccounts.TA_STAFF);
    }

    PledgeItem wichitaItem(int number) {
        return Items.item(pledges, wichita(), wichita().organizationId(), number);
    }

    @Test
    void agencySubmitsWithEvidenceTaReturnsAgencyResubmitsTaVerifies() {
        PledgeItem item = wichitaItem(18);
        assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);

        item = items.changeStatus(wichita(), item.id(), item.version(), ItemStatus.IN_PROGRESS, null);
        long itemId = item.id();
        int version = item.version();
        assertThatThrownBy(() -> items.changeStatus(wichita(), itemId, version, ItemStatus.SUBMITTED, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence");

        evidence.addFile(wichita(), itemId, Items.pdf(), "bias-free-policy.pdf", "Signed policy");
        item = items.changeStatus(wichita(), itemId, version, ItemStatus.SUBMITTED, null);
        assertThat(item.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(item.submittedAt()).isNotNull();
        assertThat(items.reviewQueue(ta(), ReviewQueueFilter.everything())).extracting(e -> e.item().id()).contains(itemId);

        int submittedVersion = item.version();
        assertThatThrownBy(() -> items.changeStatus(ta(), itemId, submittedVersion, ItemStatus.RETURNED, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        item = items.changeStatus(ta(), itemId, submittedVersion, ItemStatus.RETURNED,
                "The policy is not signed by the chief.");

        ItemDetail seenByAgency = items.detail(wichita(), itemId);
        assertThat(seenByAgency.item().status()).isEqualTo(ItemStatus.RETURNED);
        assertThat(seenByAgency.item().openComments()).isEqualTo(1);
        assertThat(seenByAgency.comments()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ItemComment.Kind.RETURN_REASON);
            assertThat(c.body()).isEqualTo("The policy is not signed by the chief.");
        });
        assertThat(seenByAgency.allowedStatuses()).containsExactly(ItemStatus.IN_PROGRESS, ItemStatus.SUBMITTED);

        item = items.changeStatus(wichita(), itemId, item.version(), ItemStatus.SUBMITTED, null);
        item = items.changeStatus(ta(), itemId, item.version(), ItemStatus.VERIFIED, null);
        assertThat(item.status()).isEqualTo(ItemStatus.VERIFIED);
        assertThat(item.openComments()).isZero();

        List<AuditEntry> history = items.detail(wichita(), itemId).history();
        assertThat(history).filteredOn(e -> "status".equals(e.field()))
                .extracting(AuditEntry::newValue)
                .containsExactly("IN_PROGRESS", "SUBMITTED", "RETURNED", "SUBMITTED", "VERIFIED");
        assertThat(history).extracting(AuditEntry::action).contains("EVIDENCE_ADDED", "RETURN_REASON");
        assertThat(history).filteredOn(e -> "VERIFIED".equals(e.newValue())).singleElement()
                .satisfies(e -> assertThat(e.actorName()).isEqualTo("Theo Advisor (demo)"));
    }

    @Test
    void agencyCannotVerifyItsOwnItem() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        PledgeItem submitted = Items.item(pledges, dayton, dayton.organizationId(), 17);
        assertThat(submitted.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThatThrownBy(() -> items.changeStatus(dayton, submitted.id(), submitted.version(), ItemStatus.VERIFIED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(items.detail(dayton, submitted.id()).allowedStatuses()).doesNotContain(ItemStatus.VERIFIED);
    }

    @Test
    void reopeningAVerifiedItemRecordsWhy() {
        PledgeItem verified = wichitaItem(1);
        assertThat(verified.status()).isEqualTo(ItemStatus.VERIFIED);
        assertThatThrownBy(() -> items.changeStatus(ta(), verified.id(), verified.version(), ItemStatus.RETURNED, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reopened");

        PledgeItem reopened = items.changeStatus(ta(), verified.id(), verified.version(), ItemStatus.RETURNED,
                "The published policy link is dead.");
        assertThat(reopened.status()).isEqualTo(ItemStatus.RETURNED);
        assertThat(items.detail(wichita(), verified.id()).comments()).last()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ItemComment.Kind.REOPEN_REASON));
    }

    @Test
    void secondSaveOfTheSameVersionIsRefusedNamingWhoChangedIt() {
        PledgeItem item = wichitaItem(19);
        items.updateDetails(wichita(), item.id(), item.version(),
                new ItemDetailsChange("Lt. Ortiz", null, "Draft with legal"));

        assertThatThrownBy(() -> items.updateDetails(ta(), item.id(), item.version(),
                new ItemDetailsChange("Someone else", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.updateDetails(wichita(), item.id(), item.version(),
                new ItemDetailsChange("Sgt. Kim", null, "Other notes")))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining(wichita().displayName())
                .hasMessageContaining("UTC");
        assertThatThrownBy(() -> items.changeStatus(wichita(), item.id(), item.version(), ItemStatus.IN_PROGRESS, null))
                .isInstanceOf(EditConflictException.class);

        PledgeItem saved = wichitaItem(19);
        assertThat(saved.ownerName()).isEqualTo("Lt. Ortiz");
        assertThat(saved.version()).isEqualTo(item.version() + 1);
        assertThat(items.detail(wichita(), item.id()).history())
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo("owner");
                    assertThat(e.oldValue()).isNull();
                    assertThat(e.newValue()).isEqualTo("Lt. Ortiz");
                });
    }

    static List<HostileUpload> hostileUploads() {
        return HostileUploads.all(DataSize.ofMegabytes(20).toBytes(), "20 MB");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUploads")
    void hostileEvidenceFileIsRefusedWithItsMessageLeavingNoFileAndNoRow(HostileUpload upload) {
        PledgeItem item = wichitaItem(15);
        assertThat(items.detail(wichita(), item.id()).canEditEvidence()).isTrue();
        int evidenceBefore = items.detail(wichita(), item.id()).evidence().size();
        Set<String> filesBefore = HostileUploads.filesIn(fileProperties.dir());

        assertThatThrownBy(() -> evidence.addFile(wichita(), item.id(), upload.content().get(), upload.fileName(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(upload.message());

        assertThat(items.detail(wichita(), item.id()).evidence()).hasSize(evidenceBefore);
        assertThat(HostileUploads.filesIn(fileProperties.dir())).isEqualTo(filesBefore);
    }

    @Test
    void removingEvidenceIsRecordedAndReversible() throws Exception {
        PledgeItem item = wichitaItem(20);
        long fileId = evidence.addFile(wichita(), item.id(), Items.pdf(), "survey.pdf", null);
        long linkId = evidence.addLink(wichita(), item.id(), "https://example.org/open-data", "Open data page");
        assertThatThrownBy(() -> evidence.addLink(wichita(), item.id(), "javascript:alert(1)", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");

        evidence.remove(wichita(), fileId, "Wrong version");
        ItemDetail detail = items.detail(wichita(), item.id());
        assertThat(detail.item().evidenceCount()).isEqualTo(1);
        assertThat(detail.evidence()).filteredOn(e -> e.id() == fileId).singleElement().satisfies(e -> {
            assertThat(e.removed()).isTrue();
            assertThat(e.removedReason()).isEqualTo("Wrong version");
            assertThat(e.originalFilename()).isEqualTo("survey.pdf");
        });

        evidence.restore(wichita(), fileId);
        assertThat(items.detail(wichita(), item.id()).item().evidenceCount()).isEqualTo(2);
        assertThat(items.detail(wichita(), item.id()).history()).extracting(AuditEntry::action)
                .contains("EVIDENCE_ADDED", "EVIDENCE_REMOVED", "EVIDENCE_RESTORED");
        try (InputStream in = evidence.download(ta(), fileId).content().get()) {
            assertThat(in.readAllBytes()).isEqualTo(Items.PDF);
        }
        assertThat(evidence.download(wichita(), fileId).contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> evidence.download(wichita(), linkId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherAgencyGetsAccessErrorsForEveryTamperedId() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        PledgeItem item = wichitaItem(21);
        long fileId = evidence.addFile(wichita(), item.id(), Items.pdf(), "plan.pdf", null);
        items.addComment(wichita(), item.id(), "Our plan is attached.");

        assertThatThrownBy(() -> items.detail(dayton, item.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.changeStatus(dayton, item.id(), item.version(), ItemStatus.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.updateDetails(dayton, item.id(), item.version(),
                new ItemDetailsChange("x", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.addComment(dayton, item.id(), "hi")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.download(dayton, fileId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.remove(dayton, fileId, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.addFile(dayton, item.id(), Items.pdf(), "x.pdf", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pledges.overview(dayton, wichita().organizationId()))
                .isInstanceOf(AccessDeniedException.class);
        // unknown ids look exactly like foreign ones
        assertThatThrownBy(() -> items.detail(dayton, 987_654_321L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.download(dayton, 987_654_321L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.reviewQueue(dayton, ReviewQueueFilter.everything())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overseerReadsEverythingButChangesNothing() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        PledgeItem item = wichitaItem(22);
        ItemDetail detail = items.detail(overseer, item.id());
        assertThat(detail.allowedStatuses()).isEmpty();
        assertThat(detail.canComment()).isFalse();
        assertThatThrownBy(() -> items.addComment(overseer, item.id(), "hi")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.changeStatus(overseer, item.id(), item.version(), ItemStatus.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(items.reviewQueue(overseer, ReviewQueueFilter.everything())).isNotEmpty();
    }

    @Test
    void taStaffReviewsOnlyAssignedAgencies() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long madison = Items.agencyId(pledges, overseer, "WI0130100");
        PledgeItem madisonItem = Items.item(pledges, overseer, madison, 5);
        assertThat(madisonItem.status()).isEqualTo(ItemStatus.SUBMITTED);

        assertThatThrownBy(() -> items.detail(ta(), madisonItem.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.changeStatus(ta(), madisonItem.id(), madisonItem.version(), ItemStatus.VERIFIED,
                null)).isInstanceOf(AccessDeniedException.class);
        List<ReviewEntry> queue = items.reviewQueue(ta(), ReviewQueueFilter.everything());
        assertThat(queue).extracting(ReviewEntry::agencyName).doesNotContain("Madison Police Department")
                .contains("Wichita Police Department");
        assertThat(queue).extracting(e -> e.item().submittedAt()).isSorted();
    }

    @Test
    void commentsAreKeptAsTypedAndNeedText() {
        PledgeItem item = wichitaItem(23);
        items.addComment(ta(), item.id(), "<script>alert('x')</script> Please attach the survey.");
        assertThat(items.detail(wichita(), item.id()).comments()).last()
                .satisfies(c -> assertThat(c.body()).isEqualTo("<script>alert('x')</script> Please attach the survey."));
        assertThatThrownBy(() -> items.addComment(wichita(), item.id(), "   "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
