package org.pledgetrack.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.db.Tables.APP_USER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.security.AccountPrincipal;
import org.pledgetrack.core.security.AccountUserDetailsService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Invitations and password resets against a real SMTP server (GreenMail): the mailed link sets the password once,
 * expires, and "Forgot password?" answers alike for known and unknown people but mails only the known.
 */
@GrantsIntegrationTest
class PasswordLinkIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(GrantsIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("https?://\\S+/set-password\\?token=(\\S+)");
    private static final String NEW_PASSWORD = "copper-harbor-lantern-8";

    @Autowired AccountAdminService accounts;
    @Autowired InvitationService invitations;
    @Autowired PasswordResetService resets;
    @Autowired UserRepository users;
    @Autowired AccountUserDetailsService signIn;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApiTokenService tokens;
    @Autowired AuditLog audit;
    @Autowired DSLContext dsl;
    @Autowired MutableClock clock;

    CurrentUser admin;
    long wichita;
    long taProvider;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 20));
        admin = Users.signedIn(users, DemoAccounts.ADMIN);
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId();
        taProvider = Users.signedIn(users, DemoAccounts.TA_STAFF).organizationId();
    }

    @Test
    void invitationLinkSetsThePasswordOnceAndThenRefuses() throws Exception {
        long id = accounts.create(admin, new AccountDetails("ines.invited", "Ines Invited", "ines@wichita.example",
                Role.AGENCY, wichita));
        assertThat(signIn.loadUserByUsername("ines.invited").getPassword()).as("no usable password yet")
                .satisfies(hash -> assertThat(passwordEncoder.matches("", hash)).isFalse());

        List<IssuedLink> issued = invitations.invite(admin, List.of(id));

        assertThat(issued).singleElement().satisfies(link -> {
            assertThat(link.mailed()).isTrue();
            assertThat(link.link()).as("not shown when mailed").isNull();
        });
        String secret = secretMailedTo("ines@wichita.example");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        assertThat(dsl.fetchExists(dsl.selectOne().from(org.pledgetrack.db.Tables.PASSWORD_LINK)
                .where(org.pledgetrack.db.Tables.PASSWORD_LINK.TOKEN_HASH.eq(secret)))).as("stored hashed only").isFalse();
        assertThat(resets.check(secret)).isEqualTo(new PasswordLinkCheck(PasswordLinkState.USABLE,
                PasswordLinkPurpose.INVITATION, "ines.invited"));

        long sessionsBefore = ((AccountPrincipal) signIn.loadUserByUsername("ines.invited")).sessionGeneration();
        resets.setPassword(secret, NEW_PASSWORD);

        UserDetails signedIn = signIn.loadUserByUsername("ines.invited");
        assertThat(((AccountPrincipal) signedIn).sessionGeneration()).as("setting the password ends the sessions")
                .isEqualTo(sessionsBefore + 1);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, signedIn.getPassword())).isTrue();
        assertThat(signedIn.isEnabled()).isTrue();
        assertThat(resets.check(secret).state()).isEqualTo(PasswordLinkState.USED);
        assertThatThrownBy(() -> resets.setPassword(secret, "another-harbor-lantern-9"))
                .isInstanceOf(PasswordLinkRefused.class)
                .satisfies(e -> assertThat(((PasswordLinkRefused) e).state()).isEqualTo(PasswordLinkState.USED));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, signIn.loadUserByUsername("ines.invited").getPassword()))
                .as("the second use changed nothing").isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
        long id = accounts.create(admin, new AccountDetails("walt.weak", "Walt Weak", "walt@wichita.example",
                Role.AGENCY, wichita));
        invitations.invite(admin, List.of(id));
        String secret = secretMailedTo("walt@wichita.example");

        assertThatThrownBy(() -> resets.setPassword(secret, "short-1")).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> resets.setPassword(secret, "Sunshine-123456")).hasMessageContaining("too common");

        assertThat(resets.check(secret).state()).isEqualTo(PasswordLinkState.USABLE);
    }

    @Test
    void expiredInvitationIsRefused() throws Exception {
        long id = accounts.create(admin, new AccountDetails("eli.expired", "Eli Expired", "eli@wichita.example",
                Role.AGENCY, wichita));
        invitations.invite(admin, List.of(id));
        String secret = secretMailedTo("eli@wichita.example");

        clock.advance(Duration.ofHours(72).plusSeconds(1));

        assertThat(resets.check(secret)).isEqualTo(PasswordLinkCheck.refused(PasswordLinkState.EXPIRED));
        assertThatThrownBy(() -> resets.setPassword(secret, NEW_PASSWORD)).isInstanceOf(PasswordLinkRefused.class)
                .satisfies(e -> assertThat(((PasswordLinkRefused) e).state()).isEqualTo(PasswordLinkState.EXPIRED));
    }

    @Test
    void aNewInvitationReplacesTheOlderLink() throws Exception {
        long id = accounts.create(admin, new AccountDetails("rita.resent", "Rita Resent", "rita@wichita.example",
                Role.AGENCY, wichita));
        invitations.invite(admin, List.of(id));
        String first = secretMailedTo("rita@wichita.example");
        invitations.invite(admin, List.of(id));

        assertThat(resets.check(first).state()).isEqualTo(PasswordLinkState.USED);
    }

    @Test
    void forgotPasswordForAnUnknownPersonSendsNothingAndAnswersAsForAKnownOne() throws Exception {
        int before = SMTP.getReceivedMessages().length;

        ResetRequestAnswer unknown = resets.requestReset("nobody.here@example.org", "198.51.100.7");

        assertThat(SMTP.getReceivedMessages()).hasSize(before);
        ResetRequestAnswer known = resets.requestReset(DemoAccounts.DAYTON_AGENCY, "198.51.100.7");
        assertThat(known).isEqualTo(unknown).isEqualTo(ResetRequestAnswer.ACCEPTED);
        String secret = secretMailedTo(users.findByUsername(DemoAccounts.DAYTON_AGENCY).orElseThrow().email());
        assertThat(resets.check(secret)).isEqualTo(new PasswordLinkCheck(PasswordLinkState.USABLE,
                PasswordLinkPurpose.RESET, DemoAccounts.DAYTON_AGENCY));

        clock.advance(Duration.ofMinutes(61));
        assertThat(resets.check(secret).state()).as("a reset link works 1 hour").isEqualTo(PasswordLinkState.EXPIRED);
    }

    @Test
    void forgotPasswordIsLimitedPerAccountAndPerAddress() throws Exception {
        long id = accounts.create(admin, new AccountDetails("frank.forgets", "Frank Forgets", "frank@wichita.example",
                Role.AGENCY, wichita));
        invitations.invite(admin, List.of(id));
        resets.setPassword(secretMailedTo("frank@wichita.example"), NEW_PASSWORD);
        int before = SMTP.getReceivedMessages().length;

        for (int i = 0; i < 5; i++) {
            assertThat(resets.requestReset("FRANK@wichita.example", "203.0.113." + i))
                    .isEqualTo(ResetRequestAnswer.ACCEPTED);
        }
        assertThat(SMTP.getReceivedMessages()).as("3 per account and hour").hasSize(before + 3);

        for (int i = 0; i < 10; i++) {
            resets.requestReset("someone" + i, "192.0.2.99");
        }
        assertThat(resets.requestReset("someone-else", "192.0.2.99")).isEqualTo(ResetRequestAnswer.TOO_MANY_FROM_ADDRESS);
        clock.advance(Duration.ofMinutes(61));
        assertThat(resets.requestReset("someone-else", "192.0.2.99")).isEqualTo(ResetRequestAnswer.ACCEPTED);
    }

    @Test
    void aTaStaffMemberBelongsToATaProvider() {
        assertThatThrownBy(() -> accounts.create(admin, new AccountDetails("tara.wrongplace", "Tara", "tara@example.org",
                Role.TA_STAFF, wichita))).hasMessageContaining("TA provider");
        long id = accounts.create(admin, new AccountDetails("tara.staff", "Tara Staff", "tara@example.org",
                Role.TA_STAFF, taProvider));
        assertThat(users.findByUsername("tara.staff").orElseThrow().id()).isEqualTo(id);
    }

    @Test
    void roleAndOrganizationChangesAreAuditedOldToNewAndEndTheTokens() {
        long id = accounts.create(admin, new AccountDetails("olga.moves", "Olga Moves", "olga@example.org",
                Role.AGENCY, wichita));
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(NEW_PASSWORD))
                .where(APP_USER.ID.eq(id)).execute();
        String token = tokens.create(Users.signedIn(users, "olga.moves"), NEW_PASSWORD, "script", 30).secret();

        accounts.update(admin, id, new AccountDetails(null, "Olga Moves", "olga@example.org", Role.TA_STAFF,
                taProvider));

        List<AuditEntry> history = audit.historyOf("USER", id);
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("role");
            assertThat(entry.oldValue()).isEqualTo("AGENCY");
            assertThat(entry.newValue()).isEqualTo("TA_STAFF");
        }).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("organization");
            assertThat(entry.oldValue()).isEqualTo("Wichita Police Department");
            assertThat(entry.newValue()).isEqualTo(Users.signedIn(users, DemoAccounts.TA_STAFF).organizationName());
        });
        assertThat(tokens.authenticate(token)).as("a token made under the old role").isEmpty();
    }

    @Test
    void disablingRefusesTheTokenAndTheOpenLinksAndEnablingLetsThePasswordInAgain() throws Exception {
        long id = accounts.create(admin, new AccountDetails("dora.disabled", "Dora Disabled", "dora@example.org",
                Role.AGENCY, wichita));
        invitations.invite(admin, List.of(id));
        resets.setPassword(secretMailedTo("dora@example.org"), NEW_PASSWORD);
        String token = tokens.create(Users.signedIn(users, "dora.disabled"), NEW_PASSWORD, "script", 30).secret();
        assertThat(tokens.authenticate(token)).isPresent();
        resets.requestReset("dora.disabled", "192.0.2.10");
        String reset = secretMailedTo("dora@example.org");

        assertThat(accounts.disable(admin, List.of(id))).isEqualTo(1);

        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(signIn.loadUserByUsername("dora.disabled").isEnabled()).isFalse();
        assertThat(resets.check(reset).state()).isEqualTo(PasswordLinkState.USED);
        assertThatThrownBy(() -> accounts.disable(admin, List.of(admin.id()))).hasMessageContaining("your own");

        accounts.enable(admin, id);
        assertThat(signIn.loadUserByUsername("dora.disabled").isEnabled()).isTrue();
    }

    @Test
    void rosterImportedPeopleAreInvitedInOneStepAndComeInEnabled() throws Exception {
        long first = accounts.create(admin, new AccountDetails("roster.one", "Roster One", "one@roster.example",
                Role.AGENCY, wichita));
        long second = accounts.create(admin, new AccountDetails("roster.two", "Roster Two", "two@roster.example",
                Role.AGENCY, wichita));
        // as the roster import leaves them: disabled, no password, tagged with the import
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).set(APP_USER.ROSTER_IMPORT_ID, 4242L)
                .where(APP_USER.ID.in(first, second)).execute();
        assertThat(invitations.notYetInvitedFromRosterImport(admin, 4242)).isEqualTo(2);

        assertThat(invitations.inviteNotYetInvitedFromRosterImport(admin, 4242)).hasSize(2);

        assertThat(invitations.notYetInvitedFromRosterImport(admin, 4242)).isZero();
        resets.setPassword(secretMailedTo("two@roster.example"), NEW_PASSWORD);
        assertThat(signIn.loadUserByUsername("roster.two").isEnabled()).isTrue();
        assertThat(signIn.loadUserByUsername("roster.one").isEnabled()).isFalse();
    }

    /** The secret of the newest link mailed to this address. */
    private static String secretMailedTo(String address) throws MessagingException {
        List<MimeMessage> mine = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address)).toList();
        assertThat(mine).as("mail to " + address).isNotEmpty();
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mine.getLast()));
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
