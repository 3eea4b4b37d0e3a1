package org.pledgetrack.ui.grant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantRepository;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.NewGrant;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The overseer changes a grant's award dates on the grant page; the grantee has no such button. */
class AwardDatesViewTests extends KaribuViewTests {

    @Autowired GrantService grants;
    @Autowired GrantRepository grantRepository;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    long grantId;

    @BeforeEach
    void makeGrant() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        grantId = grantRepository.insertGrant(new NewGrant("DATES-VIEW-" + System.nanoTime(), "Dates view grant",
                wichita.organizationId(), wichita.organizationId(), "Dates view site", new BigDecimal("100000.00"),
                null, LocalDate.of(2024, 10, 1), LocalDate.of(2027, 9, 30)), clock.instant());
    }

    @AfterEach
    void deleteGrant() {
        jdbc.update("DELETE FROM bcji_grant WHERE id = ?", grantId);
    }

    @Test
    void overseerShortensTheAwardAndTheFinalReportMovesToo() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("grants/" + grantId);
        _click(_get(AwardDatesAction.class).editButton);
        AwardDatesDialog dialog = _get(AwardDatesDialog.class);
        dialog.endOn.setValue(LocalDate.of(2024, 9, 1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.endOn.getErrorMessage()).isEqualTo("The award must end after it starts.");

        dialog.endOn.setValue(LocalDate.of(2026, 9, 30));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(grants.grant(Users.signedIn(users, DemoAccounts.OVERSEER), grantId).summary().endOn())
                .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(_get(GrantDetailView.class).reports.reports.getGenericDataView().getItems().toList().getLast()
                .dueOn()).as("the final report, 120 days after the new end").isEqualTo(LocalDate.of(2027, 1, 28));

        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("grants");
        navigateTo("grants/" + grantId);
        assertThat(_find(AwardDatesAction.class)).as("no visible way to change the dates").isEmpty();
    }
}
