package org.pledgetrack.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RosterImportViewTests extends KaribuViewTests {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void removeImportedAgencies() {
        String imported = "SELECT id FROM organization WHERE ori LIKE '__V00%'";
        jdbc.update("DELETE FROM app_user WHERE organization_id IN (" + imported + ")");
        jdbc.update("DELETE FROM organization WHERE id IN (SELECT id FROM (" + imported + ") o)");
    }

    @Test
    void adminSeesWhatTheCheckFoundImportsTheValidRowsAndDownloadsTheRejectedOnes() throws Exception {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/roster-import");
        Button start = _get(Button.class, spec -> spec.withText("Start import"));
        assertThat(start.isEnabled()).isFalse();

        uploadAndFollow("ori,agency_name,state,city,county,agency_type\r\n"
                + "NBV000001,Omaha Police Department,NE,Omaha,Douglas,City\r\n"
                + "GMV000002,Guam Police Department,GU,,,State Police\r\n"
                + "AZV000003,Tribal Police Department,AZ,,,Tribal\r\n"
                + "NBV000004,Lincoln Police Department,KS,Lincoln,Lancaster,City\r\n");

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-import-result")).getText())
                .isEqualTo("Checked 4 rows: 3 new, 0 changed, 0 unchanged, 1 rejected. Import the 3 valid rows and "
                        + "download the rejected ones to correct, or import nothing.");
        assertThat(_find(Span.class, spec -> spec.withClasses("fact-value"))).extracting(Span::getText)
                .containsExactly("3", "0", "0", "1");
        assertThat(agencies()).isZero();

        _click(_get(Button.class, spec -> spec.withText("Import the 3 valid rows")));
        follow();

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-import-result")).getText())
                .isEqualTo("Imported 3 new agencies, updated 0 agencies and added 0 users.");
        assertThat(agencies()).isEqualTo(3);
        Anchor rejectedRows = _get(Anchor.class, spec -> spec.withText(
                "Download the rejected rows (CSV with a reason column, to correct and upload again)"));
        assertThat(new String(DownloadKt._download(rejectedRows), StandardCharsets.UTF_8)).isEqualTo(
                "ori,agency_name,state,city,county,agency_type,reason\r\n"
                        + "NBV000004,Lincoln Police Department,KS,Lincoln,Lancaster,City,"
                        + "\"ORI \"\"NBV000004\"\" starts with NB but the state is KS.\"\r\n");
    }

    @Test
    void adminImportsNothing() throws InterruptedException {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/roster-import");

        uploadAndFollow("ori,agency_name,state,agency_type\r\nNBV000011,Bellevue Police Department,NB,City\r\n");
        _click(_get(Button.class, spec -> spec.withText("Import nothing")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-import-result")).getText())
                .isEqualTo("Nothing was imported, as you chose.");
        assertThat(_find(Button.class, spec -> spec.withText("Import the 1 valid row"))).isEmpty();
        assertThat(agencies()).isZero();
    }

    private int agencies() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE ori LIKE '__V00%'", Integer.class);
    }

    @Test
    void failedImportShowsItsReasonAsAnAlert() throws InterruptedException {
        jdbc.execute("CREATE TRIGGER roster_view_fault BEFORE INSERT ON app_user FOR EACH ROW "
                + "IF NEW.username = 'wy0000001.agency' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated disk fault'; END IF");
        try {
            signInAs(DemoAccounts.ADMIN);
            navigateTo("admin/roster-import");

            uploadAndFollow("ori,agency_name,state,city,agency_type,user_username,user_display_name,user_email\r\n"
                    + "WY0000001,Police,WY,Casper,MUNICIPAL,wy0000001.agency,Chief,chief@example.org\r\n");
            _click(_get(Button.class, spec -> spec.withText("Import the 1 valid row")));
            follow();

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

    /** Uploads the roster, starts it and polls as the browser would until its check has ended. */
    private static void uploadAndFollow(String roster) throws InterruptedException {
        UploadKt._upload(_get(Upload.class), "roster.csv", "text/csv", roster.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Start import")));
        follow();
    }

    /** Polls as the browser would while a job runs. */
    private static void follow() throws InterruptedException {
        for (int i = 0; i < 300 && UI.getCurrent().getPollInterval() > 0; i++) {
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
