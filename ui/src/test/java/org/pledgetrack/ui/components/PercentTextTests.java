package org.pledgetrack.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Every screen writes a share one way: the rule's two decimals, no trailing zeros, the sign right after. */
class PercentTextTests {

    @Test
    void aShareIsWrittenWithoutASpaceAndWithoutTrailingZeros() {
        assertThat(PercentText.of(new BigDecimal("36.00"))).isEqualTo("36%");
        assertThat(PercentText.of(new BigDecimal("56.41"))).isEqualTo("56.41%");
        assertThat(PercentText.of(new BigDecimal("58.50"))).isEqualTo("58.5%");
        assertThat(PercentText.of(new BigDecimal("100.00"))).isEqualTo("100%");
        assertThat(PercentText.of((BigDecimal) null)).isEqualTo("–");
    }

    @Test
    void countsAndChartPointsGiveTheSameTextAsTheRulesFigure() {
        assertThat(PercentText.of(1, 3)).isEqualTo("33.33%").isEqualTo(PercentText.of(new BigDecimal("33.33")));
        assertThat(PercentText.of(9, 25)).isEqualTo("36%");
        assertThat(PercentText.of(0, 0)).isEqualTo("0%");
        assertThat(PercentText.of(36.0)).isEqualTo("36%");
        assertThat(PercentText.of(100.0 / 3)).isEqualTo("33.33%");
    }
}
