package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.core.pledge.ItemStatus.IN_PROGRESS;
import static org.pledgetrack.core.pledge.ItemStatus.NOT_STARTED;
import static org.pledgetrack.core.pledge.ItemStatus.RETURNED;
import static org.pledgetrack.core.pledge.ItemStatus.SUBMITTED;
import static org.pledgetrack.core.pledge.ItemStatus.VERIFIED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemWorkflowTests {

    @Test
    void agencyTakesAnItemFromNotStartedToSubmitted() {
        assertThat(ItemWorkflow.nextStatuses(NOT_STARTED, ItemWorkflow.Actor.AGENCY)).containsExactly(IN_PROGRESS);
        assertThat(ItemWorkflow.nextStatuses(IN_PROGRESS, ItemWorkflow.Actor.AGENCY)).contains(SUBMITTED);
        assertThat(ItemWorkflow.check(IN_PROGRESS, SUBMITTED, 1, null).by()).isEqualTo(ItemWorkflow.Actor.AGENCY);
    }

    @Test
    void submittingNeedsEvidence() {
        assertThatThrownBy(() -> ItemWorkflow.check(IN_PROGRESS, SUBMITTED, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence");
        assertThatThrownBy(() -> ItemWorkflow.check(RETURNED, SUBMITTED, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence");
    }

    @Test
    void notStartedCannotJumpToSubmitted() {
        assertThatThrownBy(() -> ItemWorkflow.check(NOT_STARTED, SUBMITTED, 3, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be set to submitted");
    }

    @ParameterizedTest
    @EnumSource(ItemStatus.class)
    void agencyIsNeverOfferedVerified(ItemStatus from) {
        assertThat(ItemWorkflow.nextStatuses(from, ItemWorkflow.Actor.AGENCY)).doesNotContain(VERIFIED);
    }

    @Test
    void onlyReviewersVerifyReturnAndReopen() {
        assertThat(ItemWorkflow.transition(SUBMITTED, VERIFIED).orElseThrow().by()).isEqualTo(ItemWorkflow.Actor.REVIEWER);
        assertThat(ItemWorkflow.transition(SUBMITTED, RETURNED).orElseThrow().by()).isEqualTo(ItemWorkflow.Actor.REVIEWER);
        assertThat(ItemWorkflow.transition(VERIFIED, RETURNED).orElseThrow().by()).isEqualTo(ItemWorkflow.Actor.REVIEWER);
        assertThat(ItemWorkflow.nextStatuses(SUBMITTED, ItemWorkflow.Actor.REVIEWER)).containsExactly(VERIFIED, RETURNED);
    }

    @Test
    void returnedItemNeedsComment() {
        assertThatThrownBy(() -> ItemWorkflow.check(SUBMITTED, RETURNED, 1, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        assertThat(ItemWorkflow.check(SUBMITTED, RETURNED, 1, "Policy draft is not signed.").to()).isEqualTo(RETURNED);
    }

    @Test
    void reopeningAVerifiedItemNeedsAReason() {
        assertThatThrownBy(() -> ItemWorkflow.check(VERIFIED, RETURNED, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reopened");
    }

    @Test
    void returnedItemGoesBackToWorkOrIsSubmittedAgain() {
        assertThat(ItemWorkflow.nextStatuses(RETURNED, ItemWorkflow.Actor.AGENCY)).containsExactly(IN_PROGRESS, SUBMITTED);
    }

    @Test
    void evidenceIsFixedDuringReviewAndAfterVerification() {
        assertThat(ItemWorkflow.evidenceEditable(IN_PROGRESS)).isTrue();
        assertThat(ItemWorkflow.evidenceEditable(RETURNED)).isTrue();
        assertThat(ItemWorkflow.evidenceEditable(SUBMITTED)).isFalse();
        assertThat(ItemWorkflow.evidenceEditable(VERIFIED)).isFalse();
    }

    /** A past date's agency activity is read from where the changes went: the two sets must not meet. */
    @Test
    void agencyAndReviewersMoveItemsToDifferentStatuses() {
        assertThat(ItemWorkflow.statusesMovedToBy(ItemWorkflow.Actor.AGENCY))
                .containsExactlyInAnyOrder(NOT_STARTED, IN_PROGRESS, SUBMITTED);
        assertThat(ItemWorkflow.statusesMovedToBy(ItemWorkflow.Actor.REVIEWER))
                .containsExactlyInAnyOrder(VERIFIED, RETURNED);
    }
}
