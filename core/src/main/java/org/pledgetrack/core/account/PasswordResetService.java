package org.pledgetrack.core.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.AccountSessions;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password from a one-time link (an invitation or a reset), and "Forgot password?". Both come before
 * anyone is signed in: the link's secret, or the rate limits, stand in for the access check.
 */
@Service
public class PasswordResetService {

    /** More accounts than this under one e-mail address get no reset links from one request. */
    private static final int MAX_ACCOUNTS_PER_REQUEST = 5;

    private final PasswordLinkRepository links;
    private final PasswordLinkIssuer issuer;
    private final AccountRepository accounts;
    private final UserRepository users;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHistory history;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenService tokens;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final PasswordLinkSettings settings;
    private final Clock clock;

    PasswordResetService(PasswordLinkRepository links, PasswordLinkIssuer issuer, AccountRepository accounts,
                         UserRepository users, PasswordPolicy passwordPolicy, PasswordHistory history,
                         PasswordEncoder passwordEncoder, ApiTokenService tokens, AuditLog audit,
                         AccountSessions sessions, PasswordLinkSettings settings, Clock clock) {
        this.links = links;
        this.issuer = issuer;
        this.accounts = accounts;
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.audit = audit;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the link can set a password now; the username only when it can. */
    @Transactional
    public PasswordLinkCheck check(String secret) {
        PasswordLinkRepository.StoredLink link = find(secret);
        if (link == null) {
            return PasswordLinkCheck.refused(PasswordLinkState.UNKNOWN);
        }
        PasswordLinkState state = stateOf(link, clock.instant());
        return state == PasswordLinkState.USABLE
                ? new PasswordLinkCheck(state, link.purpose(), link.username())
                : PasswordLinkCheck.refused(state);
    }

    /**
     * Sets the password from the link once: the {@link PasswordPolicy} and the password history apply, an invitation
     * also enables the account, the sign-in lock is lifted, every other link and API token of the account stops
     * working, and its sessions end on every node ({@link AccountSessions}).
     *
     * @throws PasswordLinkRefused      when the link is unknown, expired or used
     * @throws IllegalArgumentException when the password is not acceptable (the link stays usable)
     */
    @Transactional(noRollbackFor = PasswordLinkRefused.class)
    public void setPassword(String secret, String newPassword) {
        Instant now = clock.instant();
        PasswordLinkRepository.StoredLink link = find(secret);
        if (link == null) {
            throw new PasswordLinkRefused(PasswordLinkState.UNKNOWN);
        }
        PasswordLinkState state = stateOf(link, now);
        if (state != PasswordLinkState.USABLE) {
            throw new PasswordLinkRefused(state);
        }
        passwordPolicy.check(newPassword, link.username());
        String replaced = users.findPasswordHash(link.userId()).orElseThrow();
        history.checkNotReused(link.userId(), replaced, newPassword);
        users.updatePassword(link.userId(), passwordEncoder.encode(newPassword), now);
        history.remember(link.userId(), replaced, now);
        links.markUsed(link.id(), now);
        links.revokeOpen(link.userId(), now);
        users.unlock(link.userId());
        tokens.revokeAllOnCredentialChange(link.userId());
        CurrentUser person = users.findCredentials(link.username()).orElseThrow().user();
        if (link.purpose() == PasswordLinkPurpose.INVITATION) {
            boolean wasEnabled = users.findEnabledUser(link.userId()).isPresent();
            accounts.setEnabled(link.userId(), true, now);
            audit.recordChange(person, null, UserService.ENTITY, link.userId(), "enabled", wasEnabled, true);
        }
        audit.recordChange(person, null, UserService.ENTITY, link.userId(), "password", "(hidden)",
                link.purpose() == PasswordLinkPurpose.INVITATION ? "(set from an invitation)" : "(reset by e-mail)");
        sessions.endAll(link.userId());
    }

    /**
     * "Forgot password?": e-mails a reset link (valid {@code pledgetrack.password-links.reset-validity}, 1 hour by
     * default) to each enabled account whose username or e-mail address this is. The answer does not tell whether
     * one exists. Requests count per source address and per account in the database; past the address's limit
     * nothing is looked up, past an account's limit nothing more is sent to it.
     */
    @Transactional
    public ResetRequestAnswer requestReset(String usernameOrEmail, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(settings.resetWindow());
        String from = address == null || address.isBlank() ? "unknown" : address.strip();
        from = from.length() > 100 ? from.substring(0, 100) : from;
        links.deleteResetRequestsBefore(since);
        if (links.resetRequestsFromAddressSince(from, since) >= settings.resetsPerAddress()) {
            return ResetRequestAnswer.TOO_MANY_FROM_ADDRESS;
        }
        String typed = usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        List<Long> matches = typed.isEmpty() || typed.length() > 254
                ? List.of() : accounts.findEnabledByUsernameOrEmail(typed);
        if (matches.isEmpty() || matches.size() > MAX_ACCOUNTS_PER_REQUEST) {
            links.recordResetRequest(from, null, now);
            return ResetRequestAnswer.ACCEPTED;
        }
        for (long userId : matches) {
            boolean underLimit = links.resetRequestsForAccountSince(userId, since) < settings.resetsPerAccount();
            links.recordResetRequest(from, userId, now);
            if (underLimit) {
                issuer.issue(userId, PasswordLinkPurpose.RESET, "forgot-password");
            }
        }
        return ResetRequestAnswer.ACCEPTED;
    }

    private PasswordLinkRepository.StoredLink find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return null;
        }
        return links.findForUpdate(PasswordLinkIssuer.sha256(secret.strip())).orElse(null);
    }

    /** A reset link of an account disabled since stops like a used one (disabling also revokes it). */
    private PasswordLinkState stateOf(PasswordLinkRepository.StoredLink link, Instant now) {
        if (link.usedAt() != null || link.revokedAt() != null) {
            return PasswordLinkState.USED;
        }
        if (!link.expiresAt().isAfter(now)) {
            return PasswordLinkState.EXPIRED;
        }
        if (link.purpose() == PasswordLinkPurpose.RESET && users.findEnabledUser(link.userId()).isEmpty()) {
            return PasswordLinkState.USED;
        }
        return PasswordLinkState.USABLE;
    }
}
