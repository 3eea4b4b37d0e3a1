package org.pledgetrack.core.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The secret is shown once at creation and only its SHA-256 is stored, so a
 * database leak does not leak usable tokens. A token acts exactly as its owner: same role, same
 * agency, same access rules.
 */
@Service
public class ApiTokenService {

    static final String ENTITY = "API_TOKEN";
    private static final int MAX_VALIDITY_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * How stale the recorded last use may be. Writing it on every request made concurrent requests
     * with one token queue on that row's lock and a commit each (issue 7: 50 clients, one token).
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for the acting user, valid for 1 to 366 days; returns the secret once. */
    @Transactional
    public IssuedApiToken create(CurrentUser actor, String name, int validityDays) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("Give the token a name of 1 to 100 characters.");
        }
        if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            throw new IllegalArgumentException("A token is valid for 1 to " + MAX_VALIDITY_DAYS + " days.");
        }
        String prefix = randomText(6).substring(0, 8);
        String secret = "pt_" + prefix + "_" + randomText(32);
        Instant now = clock.instant();
        long id = tokens.insert(actor.id(), trimmed, prefix, sha256(secret), now,
                now.plus(Duration.ofDays(validityDays)));
        audit.recordAction(actor, null, ENTITY, id, "CREATE");
        return new IssuedApiToken(ApiTokenRepository.toToken(tokens.findById(id).orElseThrow()), secret);
    }

    /** The acting user's own tokens, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> myTokens(CurrentUser actor) {
        return tokens.findByUser(actor.id());
    }

    /** Revokes one of the user's own tokens (admins may revoke anyone's); revoking twice is harmless. */
    @Transactional
    public void revoke(CurrentUser actor, long tokenId) {
        var token = tokens.findById(tokenId)
                .filter(t -> t.getUserId() == actor.id() || actor.is(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this information."));
        tokens.revoke(token.getId(), clock.instant());
        audit.recordAction(actor, null, ENTITY, tokenId, "REVOKE");
    }

    /**
     * The user a presented secret stands for, when the token exists, is not revoked or expired,
     * and its owner may still sign in; records the use (to the minute: {@link #LAST_USE_PRECISION}).
     */
    @Transactional
    public Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith("pt_")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(sha256(secret))
                .filter(t -> t.getRevokedAt() == null && t.getExpiresAt().isAfter(now))
                .flatMap(t -> users.findActiveUser(t.getUserId(), now).map(user -> {
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
                        tokens.markUsed(t.getId(), now);
                    }
                    return user;
                }));
    }

    private static String randomText(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
