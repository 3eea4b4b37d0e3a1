package org.pledgetrack.batch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoSnapshotDatesTests {

    @Test
    void monthEndsBeforeThisMonthThenTheLastDaysAndToday() {
        assertThat(DemoSnapshotDates.of(LocalDate.of(2026, 12, 3), 3, 4)).containsExactly(
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3));
    }

    @Test
    void aMonthEndAmongTheLastDaysIsComputedOnce() {
        assertThat(DemoSnapshotDates.of(LocalDate.of(2028, 3, 1), 2, 1)).containsExactly(
                LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1));
    }

    @Test
    void negativeDaysMeanNoDatesAtAll() {
        assertThat(DemoSnapshotDates.of(LocalDate.of(2026, 12, 3), 18, -1)).isEmpty();
    }
}
