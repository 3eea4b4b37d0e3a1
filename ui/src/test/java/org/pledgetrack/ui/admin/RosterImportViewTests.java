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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RosterImportViewTests extends KaribuViewTests {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void adminUploadsARefusedFileFollowsTheProgressAndGetsTheErrorReport() throws InterruptedException {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/roster-import");
        Button start = _get(Button.class, spec -> spec.withText("Start import"));
        assertThat(start.isEnabled()).isFalse();

        importAndFollow("ori,agency_name,state,city,agency_type\r\n"
                + "NE0000001,Police,NE,Omaha,MUNICIPAL\r\nNE0000002,Police,KS,Lincoln,MUNICIPAL\r\n");

        assertThat(_get(ProgressBar.class).getValue()).isEqualTo(1.0);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-import-result")).getText())
                .isEqualTo("1 problem on 1 line; nothing was imported. Download the error report, correct the file "
                        + "and upload it again.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-import-failed"))).isNotNull();
        assertThat(_get(Anchor.class).getText()).isEqualTo("Download the error report (CSV, one line per problem)");
    }

    @Test
    void failedImportShowsItsReasonAsAnAlert() throws InterruptedException {
        jdbc.execute("CREATE TRIGGER roster_view_fault BEFORE INSERT ON app_user FOR EACH ROW "
                + "IF NEW.username = 'wy0000001.agency' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated disk fault'; END IF");
        try {
            signInAs(DemoAccounts.ADMIN);
            navigateTo("admin/roster-import");

            importAndFollow("ori,agency_name,state,city,agency_type,user_username,user_display_name,user_email\r\n"
                    + "WY0000001,Police,WY,Casper,MUNICIPAL,wy0000001.agency,Chief,chief@example.org\r\n");

            Paragraph result = _get(Paragraph.class, spec -> spec.withClasses("roster-import-result"));
            assertThat(result.getText()).isEqualTo("Nothing was imported: simulated disk fault");
            assertThat(result.hasClassName("roster-import-failed")).isTrue();
            assertThat(result.getElement().getAttribute("role")).isEqualTo("alert");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE ori = 'WY0000001'",
                    Integer.class)).isZero();
        } finally {
            jdbc.execute("DROP TRIGGER roster_view_fault");
        }
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

    /** Uploads the roster, starts it and polls as the browser would until the import has ended. */
    private static void importAndFollow(String roster) throws InterruptedException {
        UploadKt._upload(_get(Upload.class), "roster.csv", "text/csv", roster.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Start import")));
        for (int i = 0; i < 300 && _get(ProgressBar.class).getValue() < 1; i++) {
            Thread.sleep(100);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
    }

    @Test
    void onlyAdminsReachTheImport() {
        signInAs(DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> navigateTo("admin/roster-import")).isInstanceOf(MockAccessDeniedException.class);
    }
}
