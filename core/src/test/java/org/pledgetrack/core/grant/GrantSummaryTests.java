package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GrantSummaryTests {

    private final GrantSummary awardOfFy2020 = new GrantSummary(1, "15PBJA-20-GG-04182-BCJI", "Project HOPE", "Wichita",
            "City of Wichita", null, BigDecimal.ONE, LocalDate.of(2020, 10, 1), LocalDate.of(2023, 9, 30), 0, "KS",
            null, "", 0, false);

    @Test
    void anAwardIsNotStartedBeforeItsFirstDayOpenFromItsFirstToItsLastDayAndClosedAfter() {
        assertThat(awardOfFy2020.standingOn(LocalDate.of(2020, 9, 30))).isEqualTo(GrantSummary.Standing.NOT_STARTED);
        assertThat(awardOfFy2020.standingOn(LocalDate.of(2020, 10, 1))).isEqualTo(GrantSummary.Standing.OPEN);
        assertThat(awardOfFy2020.standingOn(LocalDate.of(2023, 9, 30))).isEqualTo(GrantSummary.Standing.OPEN);
        assertThat(awardOfFy2020.standingOn(LocalDate.of(2023, 10, 1))).isEqualTo(GrantSummary.Standing.CLOSED);
    }
}
