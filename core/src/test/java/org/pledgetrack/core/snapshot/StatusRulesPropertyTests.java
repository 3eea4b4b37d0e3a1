package org.pledgetrack.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.ItemWorkflow;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.pledge.StatusCounts;

/**
 * Random pledge histories: each of the 25 items walks through moves that {@link ItemWorkflow}
 * allows, some walked on to VERIFIED. Whatever the history, the numbers a snapshot shows must add
 * up: 25 items in all, shares between 0 and 100, and COMPLETE exactly when every item is verified.
 * <p>
 * Each case draws from its own seeded {@link Random}, named in the test's display name, so a
 * failing case is reproduced by its seed. (These were jqwik properties until jqwik 1.10 asked
 * AI agents, who work on this code base, not to use it; plain JUnit does the same job here.)
 */
class StatusRulesPropertyTests {

    private static final int ITEMS = 25;
    private static final ScheduleRule RULE = new ScheduleRule(BigDecimal.TEN, BigDecimal.valueOf(25));
    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 1, 15);

    @TestFactory
    Stream<DynamicTest> countsAndPercentagesOfAnyHistoryAddUp() {
        return seeds(2000).mapToObj(seed -> DynamicTest.dynamicTest("history with seed " + seed, () -> {
            Random random = new Random(seed);
            List<ItemHistory> history = pledgeHistory(random);
            int daysSinceSigning = between(random, -400, 2000);
            StatusCounts counts = countsAfter(history);
            int verified = counts.of(ItemStatus.VERIFIED);
            int ownTargetDue = between(random, 0, ITEMS);
            BigDecimal expected = RULE.expectedPercent(SIGNED_ON, SIGNED_ON.plusDays(daysSinceSigning), ITEMS, ownTargetDue);

            assertThat(counts.total()).isEqualTo(ITEMS);
            assertThat(counts.counts().values()).allSatisfy(count -> assertThat(count).isBetween(0, ITEMS));
            assertThat(counts.percentVerified()).isBetween(0.0, 100.0);
            assertThat(ScheduleRule.percent(verified, ITEMS)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(expected).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(RULE.statusOf(SIGNED_ON, SIGNED_ON.plusDays(daysSinceSigning), verified, ITEMS, expected)
                    == ScheduleStatus.COMPLETE)
                    .as("COMPLETE iff all %d verified (verified: %d)", ITEMS, verified)
                    .isEqualTo(verified == ITEMS);
        }));
    }

    @TestFactory
    Stream<DynamicTest> ownTargetDatesKeepTheExpectedShareBetweenTheStraightLineAndAHundred() {
        return seeds(500).mapToObj(seed -> DynamicTest.dynamicTest("schedule with seed " + seed, () -> {
            Random random = new Random(seed);
            int ownTargetDue = between(random, 0, ITEMS);
            LocalDate asOf = SIGNED_ON.plusDays(between(random, -2000, 3000));

            BigDecimal expected = RULE.expectedPercent(SIGNED_ON, asOf, ITEMS, ownTargetDue);

            assertThat(expected).isBetween(RULE.expectedPercent(SIGNED_ON, asOf, ITEMS, 0), BigDecimal.valueOf(100));
        }));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyStatusPair")
    void everyMoveOutsideTheWorkflowIsRefusedWithItsReason(ItemStatus from, ItemStatus to) {
        if (ItemWorkflow.transition(from, to).isPresent()) {
            assertThat(ItemWorkflow.check(from, to, 1, "reason").to()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> ItemWorkflow.check(from, to, 1, "reason"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("An item that is " + from.label().toLowerCase() + " cannot be set to "
                            + to.label().toLowerCase() + ".");
        }
    }

    static Stream<Arguments> everyStatusPair() {
        return Stream.of(ItemStatus.values())
                .flatMap(from -> Stream.of(ItemStatus.values()).map(to -> Arguments.of(from, to)));
    }

    private static IntStream seeds(int cases) {
        return IntStream.range(0, cases);
    }

    private static int between(Random random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** 25 item histories; a quarter of the pledges are driven to all-verified, so COMPLETE is reached often. */
    private static List<ItemHistory> pledgeHistory(Random random) {
        boolean finishEveryItem = random.nextInt(4) == 0;
        List<ItemHistory> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            List<Integer> choices = random.ints(random.nextInt(31), 0, 6).boxed().toList();
            items.add(new ItemHistory(choices, finishEveryItem || random.nextBoolean()));
        }
        return items;
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
