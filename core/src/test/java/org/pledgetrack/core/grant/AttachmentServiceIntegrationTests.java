package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/** Deliverable files follow the evidence rules and the grant's access rules. */
@GrantsIntegrationTest
class AttachmentServiceIntegrationTests {

    @Autowired AttachmentService attachments;
    @Autowired DeliverableService deliverables;
    @Autowired GrantService grants;
    @Autowired UserRepository users;

    @Test
    void taStaffAttachesAnAgendaThatTheAgencyDownloadsAndOthersCannot() throws Exception {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        Deliverable training = trainingOfWichitaGrant(ta);

        long id = attachments.attach(ta, training.id(), Items.pdf(), "C:\\Users\\trainer\\agenda.pdf", "Agenda");

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

    @Test
    void fileWhoseContentIsNotAnAllowedTypeIsRefusedAndNothingIsAttached() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        Deliverable training = trainingOfWichitaGrant(ta);
        int before = attachments.attachments(ta, training.id()).size();
        InputStream script = new ByteArrayInputStream("#!/bin/sh\necho hi\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> attachments.attach(ta, training.id(), script, "sign-in.pdf", "Sign-in sheet"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attachments.attachments(ta, training.id())).hasSize(before);
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
        long grantId = grants.visibleGrants(ta).getFirst().id();
        return deliverables.deliverablesOf(ta, grantId).stream()
                .filter(d -> d.title().equals("Relationship-based policing course")).findFirst().orElseThrow();
    }
}
