package org.pledgetrack.core.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.AccountSessions;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.PasswordPolicy;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.SignInAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in when every admin is locked out: whoever runs the application on the server (and so
 * already holds the database) gives an admin account a new random password, unlocked and enabled.
 * Only for {@code --reset-admin} on the command line; no view or API reaches it.
 */
@Service
class AdminAccessReset {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final ApiTokenService tokens;
    private final AccountSessions sessions;
    private final PasswordHistory history;
    private final Clock clock;

    AdminAccessReset(UserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                     AuditLog audit, ApiTokenService tokens, AccountSessions sessions, PasswordHistory history,
                     Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.history = history;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets a new random password on the admin account, unlocks and enables it, revokes its API tokens and ends its
     * sessions on every running node (whoever locked the admins out may hold one), records it in the audit log, and returns the password (stored only
     * as its hash).
     *
     * @throws IllegalArgumentException when there is no admin account with this name
     */
    @Transactional
    public String reset(String username) {
        CurrentUser admin = users.findCredentials(username).map(SignInAccounts.StoredCredentials::user)
                .filter(user -> user.is(Role.ADMIN))
                .orElseThrow(() -> new IllegalArgumentException("There is no admin account '" + username + "'."));
        String password = randomPassword();
        passwordPolicy.check(password, username);
        String replaced = users.findPasswordHash(admin.id()).orElseThrow();
        users.restoreAccess(admin.id(), passwordEncoder.encode(password), clock.instant());
        // whoever locked the admins out may know the replaced password: it may not be chosen again
        history.remember(admin.id(), replaced, clock.instant());
        tokens.revokeAllOnCredentialChange(admin.id());
        sessions.endAll(admin.id());
        audit.recordAction(admin, null, UserService.ENTITY, admin.id(), "RESET_FROM_COMMAND_LINE");
        return password;
    }

    /** 24 characters from 144 random bits, safe to copy from a terminal. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
