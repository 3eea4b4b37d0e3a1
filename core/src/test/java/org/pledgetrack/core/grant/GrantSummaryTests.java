package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GrantSummaryTests {

    private static final LocalDate START = LocalDate.of(2020, 10, 1);
    private static final LocalDate END = LocalDate.of(2023, 9, 30);

    @Test
    void anAwardIsNotStartedBeforeItsFirstDayOpenFromItsFirstToItsLastDayAndClosedAfter() {
        assertThat(GrantSummary.Standing.of(START, END, LocalDate.of(2020, 9, 30))).isEqualTo(GrantSummary.Standing.NOT_STARTED);
        assertThat(GrantSummary.Standing.of(START, END, LocalDate.of(2020, 10, 1))).isEqualTo(GrantSummary.Standing.OPEN);
        assertThat(GrantSummary.Standing.of(START, END, LocalDate.of(2023, 9, 30))).isEqualTo(GrantSummary.Standing.OPEN);
        assertThat(GrantSummary.Standing.of(START, END, LocalDate.of(2023, 10, 1))).isEqualTo(GrantSummary.Standing.CLOSED);
    }
}
