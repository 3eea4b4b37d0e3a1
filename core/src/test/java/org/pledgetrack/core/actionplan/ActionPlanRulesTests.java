package org.pledgetrack.core.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ActionPlanRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void aTaskIsOverdueFromTheDayAfterItsEndUntilItIsDone() {
        LocalDate end = LocalDate.of(2027, 3, 9);
        assertThat(ActionPlanRules.isOverdue(TaskStatus.IN_PROGRESS, end, TODAY)).isTrue();
        assertThat(ActionPlanRules.isOverdue(TaskStatus.NOT_STARTED, TODAY, TODAY)).isFalse();
        assertThat(ActionPlanRules.isOverdue(TaskStatus.DONE, end, TODAY)).isFalse();
    }

    @Test
    void aDoneTaskNeedsADateDoneThatIsNotInTheFutureAndAnOpenTaskKeepsNone() {
        assertThatThrownBy(() -> ActionPlanRules.validDoneOn(TaskStatus.DONE, TODAY.plusDays(1), TODAY))
                .hasMessage("The date done cannot be in the future.");
        assertThat(ActionPlanRules.validDoneOn(TaskStatus.DONE, TODAY, TODAY)).isEqualTo(TODAY);
        assertThat(ActionPlanRules.validDoneOn(TaskStatus.IN_PROGRESS, TODAY, TODAY)).isNull();
    }

    @Test
    void aSubmittedPlanHasAllFiveSectionsTasksAndTheDiagram() {
        ActionPlanNarrative all = new ActionPlanNarrative("a", "b", "c", "d", "e");
        assertThatThrownBy(() -> ActionPlanRules.requireComplete(new ActionPlanNarrative("a", "b", "c", "d", null), 1,
                true)).hasMessageStartingWith("Write all five sections");
        assertThatThrownBy(() -> ActionPlanRules.requireComplete(all, 0, true))
                .hasMessage("Add the work plan's tasks before submitting.");
        ActionPlanRules.requireComplete(all, 1, true);
    }

    @Test
    void sectionsAreStrippedAndBlankOnesAreLeftEmpty() {
        ActionPlanNarrative checked = ActionPlanRules.checked(new ActionPlanNarrative("  motels \n", " ", null, "x", "y"));
        assertThat(checked).isEqualTo(new ActionPlanNarrative("motels", null, null, "x", "y"));
        assertThatThrownBy(() -> ActionPlanRules.checked(new ActionPlanNarrative("x".repeat(10_001), null, null, null,
                null))).hasMessage("The crime drivers can have at most 10,000 characters.");
    }
}
