package org.pledgetrack.batch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoSnapshotDatesTests {

    @Test
    void quarterEndsBeforeThisQuarterThenTheLastDaysAndToday() {
        assertThat(DemoSnapshotDates.of(LocalDate.of(2026, 12, 3), 3, 4)).containsExactly(
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3));
    }

    @Test
    void aQuarterEndAmongTheLastDaysIsComputedOnce() {
        assertThat(DemoSnapshotDates.of(LocalDate.of(2028, 4, 1), 2, 1)).containsExactly(
                LocalDate.of(2027, 12, 31), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 4, 1));
    }

    @Test
    void negativeDaysMeanNoDatesAtAll() {
        assertThat(DemoSnapshotDates.of(LocalDate.of(2026, 12, 3), 6, -1)).isEmpty();
    }
}
