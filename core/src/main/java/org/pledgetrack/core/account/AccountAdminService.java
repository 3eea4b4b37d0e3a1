package org.pledgetrack.core.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.pledgetrack.core.agency.Organization;
import org.pledgetrack.core.agency.OrganizationService;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.AccountSessions;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage accounts: create one (without a password: the person sets it from an invitation), edit it, change
 * its role or organization, disable and enable it. Every change is in the audit log with the old and new value.
 */
@Service
public class AccountAdminService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final AccountRepository accounts;
    private final OrganizationService organizations;
    private final PasswordLinkRepository links;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final Clock clock;

    AccountAdminService(UserRepository users, AccountRepository accounts, OrganizationService organizations,
                        PasswordLinkRepository links, ApiTokenService tokens, PasswordEncoder passwordEncoder,
                        AccessPolicy access, AuditLog audit, AccountSessions sessions, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.organizations = organizations;
        this.links = links;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.access = access;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Every account with whether it has a password yet and its open invitation; admins only. */
    @Transactional(readOnly = true)
    public List<ManagedAccount> accounts(CurrentUser actor) {
        access.requireRole(actor, Role.ADMIN);
        Set<Long> withoutPassword = accounts.withoutPassword();
        Map<Long, Instant> invited = links.openInvitations(clock.instant());
        return users.findAll().stream()
                .map(account -> new ManagedAccount(account, !withoutPassword.contains(account.id()),
                        invited.get(account.id())))
                .toList();
    }

    /**
     * Creates an enabled account with no usable password: the person sets one from an invitation
     * ({@link InvitationService}). A TA staff member must belong to a TA provider, an agency user to an agency.
     */
    @Transactional
    public long create(CurrentUser actor, AccountDetails details) {
        access.requireRole(actor, Role.ADMIN);
        AccountDetails account = checked(actor, details, true);
        if (accounts.usernameTaken(account.username())) {
            throw new IllegalArgumentException("The username " + account.username() + " is taken; choose another.");
        }
        long id = accounts.insertWithoutPassword(account, passwordEncoder.encode(unknowableSecret()), clock.instant());
        audit.recordAction(actor, null, UserService.ENTITY, id, "CREATE",
                account.username() + " (" + account.role() + ")");
        return id;
    }

    /**
     * Changes the name, e-mail, role and organization (the username stays). A changed role or organization ends
     * the person's sessions and revokes their API tokens: both carry the old rights.
     */
    @Transactional
    public void update(CurrentUser actor, long userId, AccountDetails details) {
        access.requireRole(actor, Role.ADMIN);
        UserAccount before = account(actor, userId);
        AccountDetails after = checked(actor, new AccountDetails(before.username(), details.displayName(),
                details.email(), details.role(), details.organizationId()), false);
        boolean rightsChange = before.role() != after.role() || before.organizationId() != after.organizationId();
        if (rightsChange && actor.id() == userId) {
            throw new IllegalArgumentException("You cannot change your own role or organization; ask another admin.");
        }
        accounts.updateDetails(userId, after, clock.instant());
        audit.recordChange(actor, null, UserService.ENTITY, userId, "displayName", before.displayName(),
                after.displayName());
        audit.recordChange(actor, null, UserService.ENTITY, userId, "email", before.email(), after.email());
        audit.recordChange(actor, null, UserService.ENTITY, userId, "role", before.role(), after.role());
        audit.recordChange(actor, null, UserService.ENTITY, userId, "organization", before.organizationName(),
                organizationName(actor, after.organizationId()));
        if (rightsChange) {
            endAccess(userId);
        }
    }

    /**
     * Disables the accounts: they cannot sign in, their open sessions are refused from their next request, their
     * API tokens are revoked and their unused password links stop working. An admin cannot disable themselves.
     *
     * @return how many were disabled (accounts already disabled are left as they are)
     */
    @Transactional
    public int disable(CurrentUser actor, Collection<Long> userIds) {
        access.requireRole(actor, Role.ADMIN);
        if (userIds.contains(actor.id())) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        int disabled = 0;
        for (long userId : userIds) {
            UserAccount account = account(actor, userId);
            if (!account.enabled()) {
                continue;
            }
            accounts.setEnabled(userId, false, clock.instant());
            links.revokeOpen(userId, clock.instant());
            audit.recordChange(actor, null, UserService.ENTITY, userId, "enabled", true, false);
            endAccess(userId);
            disabled++;
        }
        return disabled;
    }

    /** Lets a disabled account sign in again with its password (one never given a password needs an invitation). */
    @Transactional
    public void enable(CurrentUser actor, long userId) {
        access.requireRole(actor, Role.ADMIN);
        UserAccount account = account(actor, userId);
        if (!account.enabled()) {
            accounts.setEnabled(userId, true, clock.instant());
            audit.recordChange(actor, null, UserService.ENTITY, userId, "enabled", false, true);
        }
    }

    /** The person's sessions (on every node, from their next request) and API tokens carry the old rights. */
    private void endAccess(long userId) {
        tokens.revokeAllOnCredentialChange(userId);
        sessions.endAll(userId);
    }

    private UserAccount account(CurrentUser actor, long userId) {
        return accounts.findUsername(userId).flatMap(users::findByUsername)
                .orElseThrow(() -> access.unknownRecord(actor, "account", userId));
    }

    private String organizationName(CurrentUser actor, long organizationId) {
        return organizations.organization(actor, organizationId).map(Organization::name).orElse(null);
    }

    /** The details as stored: fields present and within their columns, and an organization that fits the role. */
    private AccountDetails checked(CurrentUser actor, AccountDetails details, boolean newAccount) {
        String username = TextInput.required(details.username(), 100, "The username", "Enter a username.");
        if (newAccount && !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username has letters, digits, dots, dashes, underscores or @ only.");
        }
        String displayName = TextInput.required(details.displayName(), 200, "The name", "Enter the person's name.");
        String email = TextInput.required(details.email(), 254, "The e-mail address", "Enter an e-mail address.");
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Enter an e-mail address such as name@agency.gov.");
        }
        if (details.role() == null) {
            throw new IllegalArgumentException("Choose a role.");
        }
        if (details.organizationId() == null) {
            throw new IllegalArgumentException("Choose the organization the person belongs to.");
        }
        Organization organization = organizations.organization(actor, details.organizationId())
                .orElseThrow(() -> new IllegalArgumentException("Choose the organization the person belongs to."));
        RoleOrganizationRule.problem(details.role(), organization.kind()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new AccountDetails(username, displayName, email, details.role(), organization.id());
    }

    /** The password of an account nobody has set a password for yet: random, never shown, so nobody can sign in. */
    private static String unknowableSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
