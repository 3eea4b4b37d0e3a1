package org.pledgetrack.core.apitoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A token that authenticated is known for 30 seconds without reading it again (issue 7: the API
 * under 50 clients), but revoking it refuses it at once, expiry holds to the second, and its use is
 * still recorded to the minute. Moves the shared test clock and puts it back.
 */
@GrantsIntegrationTest
class ApiTokenServiceIntegrationTests {

    @Autowired ApiTokenService tokens;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private Instant start;

    @BeforeEach
    void rememberTheClock() {
        start = clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(start);
    }

    @Test
    void aTokenThatAuthenticatedIsNotReadAgainForThirtySeconds() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        IssuedApiToken issued = tokens.create(overseer, "known", 30);
        assertThat(tokens.authenticate(issued.secret())).contains(overseer);

        // revoked behind this service's back (another JVM, or by hand): refused once the 30 s are over
        jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ?", Timestamp.from(clock.instant()),
                issued.token().id());
        clock.advanceSeconds(29);
        assertThat(tokens.authenticate(issued.secret())).contains(overseer);
        clock.advanceSeconds(2);
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void revokingATokenRefusesItAtOnce() {
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        IssuedApiToken issued = tokens.create(wichita, "to revoke", 30);
        assertThat(tokens.authenticate(issued.secret())).contains(wichita);

        tokens.revoke(wichita, issued.token().id());

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void expiryHoldsWhileTheTokenIsKnown() {
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        IssuedApiToken issued = tokens.create(ta, "expiring", 1);
        clock.advance(Duration.ofDays(1).minusSeconds(10));
        assertThat(tokens.authenticate(issued.secret())).contains(ta);

        clock.advanceSeconds(10);

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void useIsRecordedToTheMinute() {
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        IssuedApiToken issued = tokens.create(overseer, "used", 30);
        Instant first = clock.instant();
        tokens.authenticate(issued.secret());
        assertThat(lastUse(overseer, issued)).isEqualTo(first);

        clock.advanceSeconds(50);
        tokens.authenticate(issued.secret());
        assertThat(lastUse(overseer, issued)).as("within the minute").isEqualTo(first);

        clock.advanceSeconds(20);
        tokens.authenticate(issued.secret());
        assertThat(lastUse(overseer, issued)).isEqualTo(first.plusSeconds(70));
    }

    @Test
    void secretsThatAreNoTokensAreRefused() {
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.authenticate("pt_AAAAAAAA_unknown")).isEmpty();
        assertThat(tokens.authenticate("pt_AAAAAAAA_unknown")).as("asked again").isEmpty();
    }

    private Instant lastUse(CurrentUser owner, IssuedApiToken issued) {
        return tokens.myTokens(owner).stream().filter(t -> t.id() == issued.token().id()).findFirst().orElseThrow()
                .lastUsedAt();
    }

    private CurrentUser user(String username) {
        return Users.signedIn(users, username);
    }
}
