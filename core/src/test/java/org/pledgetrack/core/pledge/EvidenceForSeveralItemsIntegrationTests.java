package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.files.RemovedFileDeletion;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 18: one published policy is evidence for several items of a pledge, stored once. Removed from one item it
 * stays on the other, and its bytes are deleted only when no item keeps it. Same settings as the upload quota
 * tests (removed files are deleted at once), so both share one Spring context.
 */
@SpringBootTest(properties = {"pledgetrack.files.max-size=2KB", "pledgetrack.files.organization-quota=3KB",
        "pledgetrack.files.user-rate-bytes=5KB", "pledgetrack.files.user-rate-period=PT10M",
        "pledgetrack.files.removed-retention=PT0S"})
class EvidenceForSeveralItemsIntegrationTests {

    @Autowired EvidenceService evidence;
    @Autowired PledgeItemService items;
    @Autowired PledgeService pledges;
    @Autowired RemovedFileDeletion deletion;
    @Autowired UserRepository users;
    @Autowired FileProperties fileProperties;

    CurrentUser dayton;
    PledgeItem useOfForce;
    PledgeItem transparency;

    @BeforeEach
    void setUp() {
        deletion.deleteExpired();
        dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        List<PledgeItem> open = pledges.overview(dayton, dayton.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream()).filter(i -> ItemWorkflow.evidenceEditable(i.status()))
                .toList();
        useOfForce = open.get(0);
        transparency = open.get(1);
    }

    @Test
    void onePolicyPdfIsEvidenceForTwoItemsStoredOnce() throws IOException {
        int filesBefore = HostileUploads.filesIn(fileProperties.dir()).size();
        long uploaded = evidence.addFile(dayton, useOfForce.id(), Items.pdf(), "use-of-force-policy.pdf", "Policy 300",
                new EvidenceDates(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 7, 1)));
        assertThat(evidence.attachableTo(dayton, transparency.id())).extracting(Evidence::id).contains(uploaded);

        long attached = evidence.attachExisting(dayton, transparency.id(), uploaded);

        Evidence onFirst = only(useOfForce, uploaded);
        Evidence onSecond = only(transparency, attached);
        assertThat(HostileUploads.filesIn(fileProperties.dir())).hasSize(filesBefore + 1);
        assertThat(onSecond.sha256()).isEqualTo(onFirst.sha256());
        assertThat(onSecond.documentId()).isEqualTo(uploaded);
        assertThat(onSecond.effectiveOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(onSecond.reviewBy()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(onFirst.alsoOnItems()).containsExactly(transparency.number());
        assertThat(onSecond.alsoOnItems()).containsExactly(useOfForce.number());
        assertThat(contentOf(attached)).isEqualTo(Items.PDF);
        assertThat(evidence.attachableTo(dayton, transparency.id())).extracting(Evidence::documentId)
                .doesNotContain(uploaded);
        assertThatThrownBy(() -> evidence.attachExisting(dayton, transparency.id(), uploaded))
                .hasMessageContaining("already evidence for this item");
    }

    @Test
    void removedFromOneItemItStaysOnTheOtherAndItsFileGoesOnlyWhenNoItemKeepsIt() throws IOException {
        long uploaded = evidence.addFile(dayton, useOfForce.id(), Items.pdf(), "shared-policy.pdf", null);
        long attached = evidence.attachExisting(dayton, transparency.id(), uploaded);
        int files = HostileUploads.filesIn(fileProperties.dir()).size();

        evidence.remove(dayton, uploaded, "Belongs to the other item only");
        deletion.deleteExpired();

        assertThat(only(useOfForce, uploaded).removed()).isTrue();
        assertThat(only(transparency, attached).removed()).isFalse();
        assertThat(contentOf(attached)).isEqualTo(Items.PDF);
        assertThat(HostileUploads.filesIn(fileProperties.dir())).hasSize(files);

        evidence.remove(dayton, attached, null);
        assertThat(deletion.deleteExpired()).isEqualTo(1);
        assertThat(HostileUploads.filesIn(fileProperties.dir())).hasSize(files - 1);
        assertThat(only(transparency, attached).fileDeleted()).isTrue();
    }

    @Test
    void evidenceOfAnotherAgencyCannotBeAttached() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeItem wichitaItem = pledges.overview(wichita, wichita.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream()).filter(i -> ItemWorkflow.evidenceEditable(i.status()))
                .findFirst().orElseThrow();
        long wichitaPolicy = evidence.addLink(wichita, wichitaItem.id(), "https://www.example.org/wichita", null);

        assertThatThrownBy(() -> evidence.attachExisting(dayton, transparency.id(), wichitaPolicy))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new EvidenceDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
                .hasMessage(EvidenceDates.REVIEW_BEFORE_EFFECTIVE);
    }

    private Evidence only(PledgeItem item, long evidenceId) {
        return items.detail(dayton, item.id()).evidence().stream().filter(e -> e.id() == evidenceId)
                .findFirst().orElseThrow();
    }

    private byte[] contentOf(long evidenceId) {
        try (InputStream in = evidence.download(dayton, evidenceId).content().get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
