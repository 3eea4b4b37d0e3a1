package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.DemoGrants;
import org.pledgetrack.core.testsupport.HostileUploads.HostileUpload;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/** Deliverable files follow the evidence rules and the grant's access rules. */
@GrantsIntegrationTest
class AttachmentServiceIntegrationTests {

    @Autowired AttachmentService attachments;
    @Autowired DeliverableService deliverables;
    @Autowired GrantService grants;
    @Autowired UserRepository users;
    /** The store's directory as the bean has it: the setting holds ${random.uuid}, which differs on every read. */
    @Autowired FileProperties fileProperties;

    @Test
    void taStaffAttachesAnAgendaThatTheAgencyDownloadsAndOthersCannot() throws Exception {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        Deliverable training = trainingOfWichitaGrant(ta);

        long id = attachments.attach(ta, training.id(), Items.pdf(), "agenda.pdf", "Agenda");

        assertThat(attachments.attachments(wichita, training.id())).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> {
                    assertThat(a.originalFilename()).isEqualTo("agenda.pdf");
                    assertThat(a.contentType()).isEqualTo("application/pdf");
                    assertThat(a.sha256()).hasSize(64);
                    assertThat(a.label()).isEqualTo("Agenda");
                });
        try (InputStream content = attachments.open(wichita, id)) {
            assertThat(content.readAllBytes()).isEqualTo(Items.PDF);
        }
        assertThatThrownBy(() -> attachments.open(dayton, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.attachments(dayton, training.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.attach(wichita, training.id(), Items.pdf(), "x.pdf", "Agenda"))
                .isInstanceOf(AccessDeniedException.class);
    }

    static List<HostileUpload> hostileUploads() {
        return HostileUploads.all(DataSize.ofMegabytes(20).toBytes(), "20 MB");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUploads")
    void hostileAttachmentIsRefusedWithItsMessageLeavingNoFileAndNoRow(HostileUpload upload) {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        Deliverable training = trainingOfWichitaGrant(ta);
        int attachmentsBefore = attachments.attachments(ta, training.id()).size();
        Set<String> filesBefore = HostileUploads.filesIn(fileProperties.dir());

        assertThatThrownBy(() -> attachments.attach(ta, training.id(), upload.content().get(), upload.fileName(),
                "Sign-in sheet")).isInstanceOf(IllegalArgumentException.class).hasMessage(upload.message());

        assertThat(attachments.attachments(ta, training.id())).hasSize(attachmentsBefore);
        assertThat(HostileUploads.filesIn(fileProperties.dir())).isEqualTo(filesBefore);
    }

    @Test
    void removalIsRecordedNotADelete() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        Deliverable training = trainingOfWichitaGrant(ta);
        long id = attachments.attach(ta, training.id(), Items.pdf(), "old-agenda.pdf", "Agenda");

        attachments.remove(ta, id);

        assertThat(attachments.attachments(ta, training.id())).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.removed()).isTrue());
    }

    @Test
    void unknownAttachmentIdIsRefusedLikeAForbiddenOne() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        assertThatThrownBy(() -> attachments.open(ta, 987_654)).isInstanceOf(AccessDeniedException.class);
    }

    private Deliverable trainingOfWichitaGrant(CurrentUser ta) {
        long grantId = DemoGrants.byAward(grants, ta, DemoGrantAwards.WICHITA_FY2020).id();
        return deliverables.deliverablesOf(ta, grantId).stream()
                .filter(d -> d.title().equals("Relationship-based policing course")).findFirst().orElseThrow();
    }
}
