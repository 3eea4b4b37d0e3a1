package org.pledgetrack.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.testsupport.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in through Spring Security's real provider chain against the accounts in the database
 * (the shared context with the movable clock, as {@link LockoutIntegrationTests}).
 */
@GrantsIntegrationTest
class SignInIntegrationTests {

    @Autowired AccountUserDetailsService userDetailsService;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEventPublisher events;
    @Autowired UserRepository users;
    @Autowired LockoutRule rule;

    SignIns signIns;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(userDetailsService, passwordEncoder, events);
    }

    @Test
    void rightPasswordSignsInWithTheAccountsRoleAndOrganization() {
        Authentication auth = signIn(DemoAccounts.WICHITA_AGENCY, DemoAccounts.PASSWORD);
        SignedInUser principal = (SignedInUser) auth.getPrincipal();
        assertThat(principal.currentUser().role()).isEqualTo(Role.AGENCY);
        assertThat(principal.currentUser().organizationName()).isEqualTo("Wichita Police Department");
        assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority())
                .contains("ROLE_AGENCY").doesNotContain("ROLE_TA_STAFF", "ROLE_OVERSEER", "ROLE_ADMIN");
        assertThat(users.findByUsername(DemoAccounts.WICHITA_AGENCY).orElseThrow().lastLoginAt()).isNotNull();
    }

    @Test
    void wrongPasswordIsRefusedAndCounted() {
        assertThatThrownBy(() -> signIn(DemoAccounts.DAYTON_AGENCY, "not-the-password"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(users.findByUsername(DemoAccounts.DAYTON_AGENCY).orElseThrow().failedLoginCount()).isEqualTo(1);

        signIn(DemoAccounts.DAYTON_AGENCY, DemoAccounts.PASSWORD);
        assertThat(users.findByUsername(DemoAccounts.DAYTON_AGENCY).orElseThrow().failedLoginCount()).isZero();
    }

    @Test
    void accountLocksAfterTooManyWrongPasswords() {
        for (int i = 0; i < rule.lockAfterFailures(); i++) {
            assertThatThrownBy(() -> signIn(DemoAccounts.OVERSEER, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(DemoAccounts.OVERSEER, DemoAccounts.PASSWORD))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void unknownAccountIsRefusedLikeAWrongPassword() {
        assertThatThrownBy(() -> signIn("nobody", "whatever")).isInstanceOf(BadCredentialsException.class);
    }

    private Authentication signIn(String username, String password) {
        return signIns.signIn(username, password);
    }
}
