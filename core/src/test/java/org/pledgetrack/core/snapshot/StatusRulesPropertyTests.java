package org.pledgetrack.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Tuple;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.ItemWorkflow;
import org.pledgetrack.core.pledge.PledgeSchedule;
import org.pledgetrack.core.pledge.StatusCounts;

/**
 * Random pledge histories: each of the 25 items walks through moves that {@link ItemWorkflow}
 * allows, some walked on to VERIFIED. Whatever the history, the numbers a snapshot shows must add
 * up: 25 items in all, shares between 0 and 100, and COMPLETE exactly when every item is verified.
 */
class StatusRulesPropertyTests {

    private static final int ITEMS = 25;
    private static final ScheduleRule RULE = new ScheduleRule(BigDecimal.TEN, BigDecimal.valueOf(25));

    @Property(tries = 2000)
    void countsAndPercentagesOfAnyHistoryAddUp(@ForAll("pledgeHistories") List<ItemHistory> history,
                                               @ForAll @IntRange(min = -400, max = 2000) int daysSinceSigning) {
        StatusCounts counts = countsAfter(history);
        int verified = counts.of(ItemStatus.VERIFIED);
        LocalDate signedOn = LocalDate.of(2025, 1, 15);
        BigDecimal expected = ScheduleRule.expectedPercent(signedOn, signedOn.plusDays(daysSinceSigning));

        assertThat(counts.total()).isEqualTo(ITEMS);
        assertThat(counts.counts().values()).allSatisfy(count -> assertThat(count).isBetween(0, ITEMS));
        assertThat(counts.percentVerified()).isBetween(0.0, 100.0);
        assertThat(ScheduleRule.percent(verified, ITEMS)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(expected).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(RULE.statusOf(verified, ITEMS, expected) == ScheduleStatus.COMPLETE)
                .as("COMPLETE iff all %d verified (verified: %d)", ITEMS, verified)
                .isEqualTo(verified == ITEMS);
    }

    @Property(tries = 500)
    void expectedShareWithOwnTargetDatesStaysWithinBounds(
            @ForAll @IntRange(min = 0, max = ITEMS) int withOwnTarget,
            @ForAll @IntRange(min = 0, max = ITEMS) int due,
            @ForAll @IntRange(min = -2000, max = 3000) int daysSinceSigning) {
        int ownTargetDue = Math.min(due, withOwnTarget);
        LocalDate signedOn = LocalDate.of(2025, 1, 15);
        double expected = PledgeSchedule.expectedPercent(signedOn, signedOn.plusDays(daysSinceSigning), ITEMS,
                withOwnTarget, ownTargetDue);

        assertThat(expected).isBetween(0.0, 100.0);
    }

    @Property(tries = 200)
    void everyMoveOutsideTheWorkflowIsRefusedWithItsReason(@ForAll ItemStatus from, @ForAll ItemStatus to) {
        if (ItemWorkflow.transition(from, to).isPresent()) {
            assertThat(ItemWorkflow.check(from, to, 1, "reason").to()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> ItemWorkflow.check(from, to, 1, "reason"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("An item that is " + from.label().toLowerCase() + " cannot be set to "
                            + to.label().toLowerCase() + ".");
        }
    }

    @Provide
    Arbitrary<List<ItemHistory>> pledgeHistories() {
        Arbitrary<ItemHistory> item = Combinators.combine(
                Arbitraries.integers().between(0, 5).list().ofMaxSize(30),
                Arbitraries.of(true, false)).as(ItemHistory::new);
        // A quarter of the pledges are driven to all-verified, so that COMPLETE is reached often.
        Arbitrary<List<ItemHistory>> mixed = item.list().ofSize(ITEMS);
        Arbitrary<List<ItemHistory>> finished = item.map(h -> new ItemHistory(h.choices(), true)).list().ofSize(ITEMS);
        return Arbitraries.frequencyOf(
                Tuple.of(3, mixed),
                Tuple.of(1, finished));
    }

    private static StatusCounts countsAfter(List<ItemHistory> history) {
        Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
        for (ItemHistory item : history) {
            counts.merge(item.replay(), 1, Integer::sum);
        }
        return new StatusCounts(counts);
    }

    /**
     * One item's moves: each choice picks one of the moves allowed from where the item stands;
     * with {@code finish} the item is then taken on to VERIFIED the short way.
     */
    record ItemHistory(List<Integer> choices, boolean finish) {

        ItemStatus replay() {
            ItemStatus status = ItemStatus.NOT_STARTED;
            for (int choice : choices) {
                List<ItemStatus> allowed = allowedFrom(status);
                status = move(status, allowed.get(choice % allowed.size()));
            }
            while (finish && status != ItemStatus.VERIFIED) {
                status = move(status, switch (status) {
                    case NOT_STARTED -> ItemStatus.IN_PROGRESS;
                    case IN_PROGRESS, RETURNED -> ItemStatus.SUBMITTED;
                    case SUBMITTED, VERIFIED -> ItemStatus.VERIFIED;
                });
            }
            return status;
        }

        private static List<ItemStatus> allowedFrom(ItemStatus status) {
            return Stream.concat(
                    ItemWorkflow.nextStatuses(status, ItemWorkflow.Actor.AGENCY).stream(),
                    ItemWorkflow.nextStatuses(status, ItemWorkflow.Actor.REVIEWER).stream()).toList();
        }

        /** Every move of a generated history must pass the workflow's own check. */
        private static ItemStatus move(ItemStatus from, ItemStatus to) {
            return ItemWorkflow.check(from, to, 1, "reason").to();
        }
    }
}
