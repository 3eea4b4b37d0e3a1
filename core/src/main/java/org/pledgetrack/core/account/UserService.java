package org.pledgetrack.core.account;

import java.time.Clock;
import java.util.regex.Pattern;

import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.AccountSessions;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.PasswordPolicy;
import org.pledgetrack.core.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: admins manage them, everyone changes their own password. */
@Service
public class UserService {

    static final String ENTITY = "USER";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final ApiTokenService tokens;
    private final PasswordHistory history;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                AccessPolicy access, AuditLog audit, AccountSessions sessions, ApiTokenService tokens,
                PasswordHistory history, Clock clock) {
        this.users = users;
        this.history = history;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.access = access;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Creates an account with a hashed password that meets the {@link PasswordPolicy}; admins only. */
    @Transactional
    public long createAccount(CurrentUser actor, NewUser user) {
        access.requireRole(actor, Role.ADMIN);
        NewUser account = fitted(user);
        passwordPolicy.check(account.rawPassword(), account.username());
        long id = users.insert(account, passwordEncoder.encode(account.rawPassword()), clock.instant());
        audit.recordAction(actor, null, ENTITY, id, "CREATE");
        return id;
    }

    /**
     * The account as it is stored: required fields present, an e-mail that looks like one, and
     * nothing wider than its column in {@code app_user}. Surrounding blanks (often pasted along)
     * are dropped: kept, " alice" would be a second account beside "alice", and one that signs in
     * only with the blank typed.
     */
    private static NewUser fitted(NewUser user) {
        String username = TextInput.required(user.username(), 100, "The user name", "Enter a user name.");
        String displayName = TextInput.required(user.displayName(), 200, "The name", "Enter the person's name.");
        String email = TextInput.required(user.email(), 254, "The e-mail address", "Enter an e-mail address.");
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Enter an e-mail address such as name@agency.gov.");
        }
        if (user.role() == null) {
            throw new IllegalArgumentException("Choose a role.");
        }
        return new NewUser(username, user.rawPassword(), displayName, email, user.role(), user.organizationId());
    }

    /**
     * Changes the actor's own password after checking the current one, the policy and that it is none of the
     * last {@code pledgetrack.password.history} passwords (default 5, the current one included), and revokes every
     * API token of the account in the same transaction (a token must not outlive the password it was made
     * under) and ends every session of the account on every node ({@link AccountSessions}).
     *
     * @return the session generation the actor's current session continues under: it was signed in with the new
     *         password just now, the others are refused from their next request
     */
    @Transactional
    public long changePassword(CurrentUser actor, String currentPassword, String newPassword) {
        String hash = users.findPasswordHash(actor.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        passwordPolicy.check(newPassword, actor.username());
        history.checkNotReused(actor.id(), hash, newPassword);
        users.updatePassword(actor.id(), passwordEncoder.encode(newPassword), clock.instant());
        history.remember(actor.id(), hash, clock.instant());
        tokens.revokeAllOnCredentialChange(actor.id());
        audit.recordChange(actor, null, ENTITY, actor.id(), "password", "(hidden)", "(changed)");
        return sessions.endAll(actor.id());
    }

    /** Lifts the lock from too many wrong passwords; admins only. */
    @Transactional
    public void unlock(CurrentUser actor, long userId) {
        access.requireRole(actor, Role.ADMIN);
        if (!users.unlock(userId)) {
            throw new IllegalArgumentException("There is no account with id " + userId + ".");
        }
        audit.recordAction(actor, null, ENTITY, userId, "UNLOCK");
    }
}
