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
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.SignInAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens. The secret is shown once at creation and only its SHA-256 is stored, so a
 * database leak does not leak usable tokens. A token acts exactly as its owner: same role, same
 * agency, same access rules.
 */
@Service
public class ApiTokenService {

    static final String ENTITY = "API_TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * How stale the recorded last use may be. Writing it on every request made concurrent requests
     * with one token queue on that row's lock and a commit each (issue 7: 50 clients, one token).
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final SignInAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final int maxValidityDays;
    private final Clock clock;
    private final TransactionTemplate transaction;
    /**
     * Tokens that authenticated recently, by the SHA-256 of the secret and the token revision they were
     * read at, for at most {@code pledgetrack.api.token-cache-ttl} (default 30 s): checking a token took
     * three queries in a transaction on every request (issue 7). Only successes are kept. The revision
     * ({@code api_token_revision}, moved by triggers whenever a token is revoked or deleted or its owner
     * disabled, deleted, moved or given another role) is read with every request, one primary-key read,
     * so such a change made on any server of the database is seen at the next request here (issue 22:
     * several application nodes); the time limit is only a backstop. Expiry is checked on every request.
     */
    private final Cache<RecentKey, RecentToken> recent;

    ApiTokenService(ApiTokenRepository tokens, SignInAccounts users, PasswordEncoder passwordEncoder,
                    AccessPolicy access, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager,
                    ApiTokenSettings settings) {
        this.tokens = tokens;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxValidityDays = settings.maxValidityDays();
        this.transaction = new TransactionTemplate(transactionManager);
        this.recent = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(settings.tokenCacheTtl())
                .ticker(() -> {
                    Instant now = clock.instant(); // the application's clock, so that tests can move it
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .build();
    }

    /**
     * Creates a token for the acting user, valid for 1 day up to {@code pledgetrack.api.token-max-validity};
     * returns the secret once. Asks for the current password again: a token outlives the session, so a
     * session left open (or taken over) must not be enough to mint one.
     */
    @Transactional
    public IssuedApiToken create(CurrentUser actor, String currentPassword, String name, int validityDays) {
        String hash = users.findPasswordHash(actor.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("Give the token a name of 1 to 100 characters.");
        }
        if (validityDays < 1 || validityDays > maxValidityDays) {
            throw new IllegalArgumentException("A token is valid for 1 to " + maxValidityDays + " days.");
        }
        String prefix = randomText(6).substring(0, 8);
        String secret = ApiToken.SECRET_START + prefix + "_" + randomText(32);
        Instant now = clock.instant();
        long id = tokens.insert(actor.id(), trimmed, prefix, sha256(secret), now,
                now.plus(Duration.ofDays(validityDays)));
        audit.recordAction(actor, null, ENTITY, id, "CREATE");
        return new IssuedApiToken(ApiTokenRepository.toToken(tokens.findById(id).orElseThrow()), secret);
    }

    /** The longest validity a new token may be given, in days ({@code pledgetrack.api.token-max-validity}). */
    public int maxValidityDays() {
        return maxValidityDays;
    }

    /** The acting user's own tokens, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> myTokens(CurrentUser actor) {
        return tokens.findByUser(actor.id());
    }

    /** Any account's tokens, newest first, for an admin who revokes them ({@link #revoke}); refused for anyone else. */
    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(CurrentUser actor, long userId) {
        access.requireRole(actor, Role.ADMIN);
        return tokens.findByUser(userId);
    }

    /**
     * Revokes every token of the account, in the caller's transaction: called when its password changes or is
     * set, so that a token taken along with an old password stops with it. Refused on every server of the
     * database from the transaction's commit on (the revocation moves the token revision).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAllOnCredentialChange(long userId) {
        tokens.revokeAllOfUser(userId, clock.instant());
    }

    /**
     * Revokes one of the user's own tokens (admins may revoke anyone's); revoking twice is harmless. Refused on
     * every server of the database from the commit on (the revocation moves the token revision).
     */
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
     * and its owner's account is enabled (a lock from wrong passwords does not
     * stop tokens: it is about password guessing); records the use (to the minute: {@link #LAST_USE_PRECISION}).
     * A token that authenticated within {@code pledgetrack.api.token-cache-ttl} (30 s by default) is not read again
     * while the token revision stays the same. No transaction unless the token is read or its use recorded.
     */
    public Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith("pt_")) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Long revision = tokens.findRevision();
        RecentToken token = revision == null
                // no revision row (a database changed by hand): nothing can be kept safely
                ? transaction.execute(status -> read(hash, clock.instant()))
                // concurrent requests with a token not seen yet wait for one read of it
                : recent.get(new RecentKey(hash, revision), key -> transaction.execute(status -> read(key.hash(), clock.instant())));
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!token.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Instant lastUse = token.lastUse().get();
        if (lastUse.isBefore(now.minus(LAST_USE_PRECISION)) && token.lastUse().compareAndSet(lastUse, now)) {
            transaction.executeWithoutResult(status -> tokens.markUsed(token.id(), now));
        }
        return Optional.of(token.user());
    }

    /** The token with this hash when it may be used now, its use recorded; null otherwise. */
    private RecentToken read(String hash, Instant now) {
        return tokens.findByHash(hash)
                .filter(t -> t.getRevokedAt() == null && t.getExpiresAt().isAfter(now))
                .flatMap(t -> users.findEnabledUser(t.getUserId()).map(user -> {
                    Instant lastUse = t.getLastUsedAt();
                    if (lastUse == null || lastUse.isBefore(now.minus(LAST_USE_PRECISION))) {
                        tokens.markUsed(t.getId(), now);
                        lastUse = now;
                    }
                    return new RecentToken(t.getId(), user, t.getExpiresAt(), new AtomicReference<>(lastUse));
                }))
                .orElse(null);
    }

    /** What a recent token is kept under: its hash and the token revision it was read at. */
    private record RecentKey(String hash, long revision) {
    }

    /** A token that authenticated recently: whose it is, until when, and when its use was last recorded. */
    private record RecentToken(long id, CurrentUser user, Instant expiresAt, AtomicReference<Instant> lastUse) {
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
