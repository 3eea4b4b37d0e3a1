package org.pledgetrack.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class MediansTests {

    @Test
    void oddCountTakesTheMiddleValue() {
        assertThat(Medians.median(List.of(new BigDecimal("9"), new BigDecimal("1"), new BigDecimal("4"))))
                .isEqualByComparingTo("4.00");
    }

    @Test
    void evenCountAveragesTheTwoMiddleValues() {
        assertThat(Medians.median(List.of(new BigDecimal("1.00"), new BigDecimal("2.25"), new BigDecimal("7"),
                new BigDecimal("100")))).isEqualByComparingTo("4.63");
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThat(Medians.median(List.of())).isNull();
    }

    @Test
    void durationsBecomeHoursAndDaysWithTwoDecimals() {
        assertThat(Medians.hours(Duration.ofMinutes(210))).isEqualByComparingTo("3.50");
        assertThat(Medians.days(Duration.ofHours(36))).isEqualByComparingTo("1.50");
    }
}
