package org.pledgetrack.core.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create safe to send twice: the same user sending the same kind of record with the same
 * content within {@link #WINDOW} gets the id the first one created, and nothing is created again.
 * A double click, a second tab or a resent request thus leave one record. The check holds across
 * sessions and servers: it locks the user's account row, so two such calls are judged one after
 * the other against what the first committed.
 */
@Component
public class RecentSubmissions {

    /** Long enough for a double click or a resent request, short enough that a deliberate repeat goes through. */
    public static final Duration WINDOW = Duration.ofSeconds(10);

    private final RecentSubmissionRepository submissions;
    private final Clock clock;

    RecentSubmissions(RecentSubmissionRepository submissions, Clock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * The id of the user's identical submission within the window, or the id {@code create} returns
     * (then remembered for the window). Runs inside the caller's transaction, after its checks.
     *
     * @param kind    what is created, e.g. "TA_REQUEST"
     * @param create  creates the record and returns its id
     * @param content everything that makes two submissions the same one (target ids included; nulls allowed)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long once(CurrentUser user, String kind, LongSupplier create, Object... content) {
        submissions.lockUser(user.id());
        Instant now = clock.instant();
        String hash = hash(kind, content);
        Long earlier = submissions.findCreatedSince(user.id(), kind, hash, now.minus(WINDOW));
        if (earlier != null) {
            return earlier;
        }
        long created = create.getAsLong();
        submissions.deleteOlderThan(user.id(), now.minus(WINDOW));
        submissions.insert(user.id(), kind, hash, created, now);
        return created;
    }

    private static String hash(String kind, Object... content) {
        StringBuilder text = new StringBuilder(kind);
        // a separator no typed text contains, so that ("ab", "c") and ("a", "bc") differ
        for (Object part : content) {
            text.append('\u001f').append(Objects.toString(part, "\u0000"));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
