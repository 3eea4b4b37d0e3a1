package org.pledgetrack.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.ui.KaribuViewTests;

class RosterImportViewTests extends KaribuViewTests {

    @Test
    void adminUploadsARefusedFileFollowsTheProgressAndGetsTheErrorReport() throws InterruptedException {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/roster-import");
        Button start = _get(Button.class, spec -> spec.withText("Start import"));
        assertThat(start.isEnabled()).isFalse();

        UploadKt._upload(_get(Upload.class), "roster.csv", "text/csv", ("ori,agency_name,state,city,agency_type\r\n"
                + "NE0000001,Police,NE,Omaha,MUNICIPAL\r\nNE0000002,Police,KS,Lincoln,MUNICIPAL\r\n")
                .getBytes(StandardCharsets.UTF_8));
        _click(start);

        for (int i = 0; i < 300 && _get(ProgressBar.class).getValue() < 1; i++) {
            Thread.sleep(100);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
        assertThat(_get(ProgressBar.class).getValue()).isEqualTo(1.0);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-import-result")).getText())
                .isEqualTo("1 problem on 1 line; nothing was imported. Download the error report, correct the file "
                        + "and upload it again.");
        assertThat(_get(Anchor.class).getText()).isEqualTo("Download the error report (CSV, one line per problem)");
    }

    @Test
    void rosterNotNamedCsvIsRefusedOnTheServerAndCannotBeStarted() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/roster-import");

        UploadKt._upload(_get(Upload.class), "roster.html", "text/html", "ori\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Button.class, spec -> spec.withText("Start import")).isEnabled()).isFalse();
        NotificationsKt.expectNotifications("\"roster.html\" cannot be uploaded: only CSV files are accepted, with names "
                + "ending in .csv.");
    }

    @Test
    void onlyAdminsReachTheImport() {
        signInAs(DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> navigateTo("admin/roster-import")).isInstanceOf(MockAccessDeniedException.class);
    }
}
