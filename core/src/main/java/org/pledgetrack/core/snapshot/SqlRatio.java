package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Ratios of summed counts in SQL, rounded to two decimals half up exactly as the status jobs round
 * ({@code ScheduleRule.percent}), so a summary row recomputed from agency rows equals the job's
 * roll-up row. Integer arithmetic only: a decimal division would round at its fourth decimal first,
 * and rounding twice can differ from rounding once. NULL when the denominator is 0.
 */
final class SqlRatio {

    private SqlRatio() {
    }

    /** {@code part} as a percentage of {@code total}; both are whole numbers. */
    static Field<BigDecimal> percent(Field<? extends Number> part, Field<? extends Number> total) {
        return twoDecimals(DSL.inline(10000).mul(part), total);
    }

    /** {@code numerator} (at most two decimals) divided by the whole number {@code denominator}. */
    static Field<BigDecimal> quotient(Field<? extends Number> numerator, Field<? extends Number> denominator) {
        return twoDecimals(DSL.inline(100).mul(numerator), denominator);
    }

    /** round(hundredths / denominator) / 100, with round(x / d) = floor((2x + d) / 2d) for x, d >= 0. */
    private static <T extends Number> Field<BigDecimal> twoDecimals(Field<? extends Number> hundredths,
                                                                   Field<T> denominator) {
        Field<Long> d = DSL.cast(DSL.nullif(denominator, DSL.inline(0, denominator.getDataType())), SQLDataType.BIGINT);
        Field<Long> twice = DSL.inline(2L).mul(DSL.cast(hundredths, SQLDataType.BIGINT)).plus(d);
        return DSL.cast(wholeQuotient(twice, DSL.inline(2L).mul(d)).div(DSL.inline(100)), SQLDataType.DECIMAL(12, 2));
    }

    /** MySQL's integer division: jOOQ's division of two whole numbers would be a decimal one. */
    private static Field<Long> wholeQuotient(Field<Long> dividend, Field<Long> divisor) {
        return DSL.field("({0} div {1})", SQLDataType.BIGINT, dividend, divisor);
    }
}
