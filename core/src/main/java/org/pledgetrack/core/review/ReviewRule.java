package org.pledgetrack.core.review;

import java.time.Instant;
import java.util.Locale;

import org.pledgetrack.core.input.TextInput;

/**
 * The reviewer's half of a submit, then accept or return workflow, without the database: only
 * submitted work is decided on, and a return says in a comment what the grantee should change.
 * Progress reports and Action Plans follow it, each with its own states and words.
 *
 * @param <S> the workflow's states
 */
public final class ReviewRule<S extends Enum<S>> {

    /** The longest review comment, the size of its column. */
    public static final int MAX_COMMENT_LENGTH = 2000;

    private final String subject;
    private final S submitted;
    private final S accepted;
    private final String acceptedVerb;
    private final S returned;

    /**
     * @param subject      how a refusal names the work, e.g. "report"
     * @param acceptedVerb how a refusal names the acceptance, e.g. "approved"
     */
    public ReviewRule(String subject, S submitted, S accepted, String acceptedVerb, S returned) {
        this.subject = subject;
        this.submitted = submitted;
        this.accepted = accepted;
        this.acceptedVerb = acceptedVerb;
        this.returned = returned;
    }

    /**
     * The comment a return carries, stripped; refused when blank or too long. Services check it
     * before anything else, so a reviewer's empty comment is answered the same whatever the work.
     */
    public static String returnComment(String comment) {
        return TextInput.required(comment, MAX_COMMENT_LENGTH, "The comment",
                "Say what the grantee should change, in up to 2,000 characters.");
    }

    /** The acceptance of work in {@code current} state; refused unless it is submitted. */
    public ReviewDecision<S> accept(S current, long decidedBy, Instant decidedAt) {
        requireSubmitted(current);
        return new ReviewDecision<>(accepted, null, decidedBy, decidedAt);
    }

    /** The return of work in {@code current} state with the comment; refused unless it is submitted. */
    public ReviewDecision<S> returnWith(S current, String comment, long decidedBy, Instant decidedAt) {
        String text = returnComment(comment);
        requireSubmitted(current);
        return new ReviewDecision<>(returned, text, decidedBy, decidedAt);
    }

    private void requireSubmitted(S current) {
        if (current != submitted) {
            throw new IllegalStateException("Only a submitted " + subject + " can be " + acceptedVerb
                    + " or returned; this one is " + current.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
    }
}
