package org.pledgetrack.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReviewRuleTests {

    enum State { DRAFT, SUBMITTED, RETURNED, ACCEPTED, NOT_STARTED }

    private static final ReviewRule<State> RULE = new ReviewRule<>("report", State.SUBMITTED, State.ACCEPTED,
            "accepted", State.RETURNED);
    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

    @Test
    void acceptingSubmittedWorkDecidesForTheAcceptedStateWithoutAComment() {
        assertThat(RULE.accept(State.SUBMITTED, 7L, NOW)).isEqualTo(new ReviewDecision<>(State.ACCEPTED, null, 7L, NOW));
    }

    @Test
    void returningSubmittedWorkCarriesTheCommentWithoutSurroundingBlanks() {
        assertThat(RULE.returnWith(State.SUBMITTED, "  Add the counts. ", 7L, NOW))
                .isEqualTo(new ReviewDecision<>(State.RETURNED, "Add the counts.", 7L, NOW));
    }

    @Test
    void workThatIsNotSubmittedIsRefusedNamingItsStateInWords() {
        assertThatThrownBy(() -> RULE.accept(State.NOT_STARTED, 7L, NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a submitted report can be accepted or returned; this one is not started.");
        assertThatThrownBy(() -> RULE.returnWith(State.ACCEPTED, "Again", 7L, NOW))
                .hasMessage("Only a submitted report can be accepted or returned; this one is accepted.");
    }

    @Test
    void aReturnNeedsACommentOfAtMostTwoThousandCharacters() {
        assertThatThrownBy(() -> RULE.returnWith(State.SUBMITTED, " ", 7L, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Say what the grantee should change, in up to 2,000 characters.");
        assertThatThrownBy(() -> ReviewRule.returnComment("x".repeat(2001)))
                .hasMessage("The comment can have at most 2,000 characters.");
        assertThat(ReviewRule.returnComment("x".repeat(2000))).hasSize(2000);
    }
}
