package org.pledgetrack.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

class TabSeparatedRowsTests {

    private enum Status { ON_TRACK }

    @Test
    void valuesAreWrittenAsLoadDataReadsThem() {
        TabSeparatedRows rows = new TabSeparatedRows();
        rows.add(42).add(7_000_000_000L).add(new BigDecimal("12.50")).add(LocalDate.of(2026, 2, 28))
                .add(LocalDateTime.of(2026, 2, 28, 9, 5, 0)).add(Status.ON_TRACK).add(null);
        rows.endRow();

        assertThat(rows.text()).isEqualTo("42\t7000000000\t12.50\t2026-02-28\t2026-02-28 09:05:00.000000\tON_TRACK\t\\N\n");
        assertThat(rows.size()).isEqualTo(1);
    }

    @Test
    void separatorsAndBackslashesInTextAreEscaped() {
        TabSeparatedRows rows = new TabSeparatedRows();
        rows.add("a\tb").add("line\nbreak").add("back\\slash").add("Agencia de Policía");
        rows.endRow();

        assertThat(rows.text()).isEqualTo("a\\tb\tline\\nbreak\tback\\\\slash\tAgencia de Policía\n");
    }

    @Test
    void timesKeepMicrosecondsAndDropNanoseconds() {
        TabSeparatedRows rows = new TabSeparatedRows();
        rows.add(LocalDateTime.of(2026, 11, 27, 23, 59, 59, 123_456_789).truncatedTo(ChronoUnit.NANOS));
        rows.endRow();

        assertThat(rows.text()).isEqualTo("2026-11-27 23:59:59.123456\n");
    }

    @Test
    void rowsAreCounted() {
        TabSeparatedRows rows = new TabSeparatedRows();
        assertThat(rows.isEmpty()).isTrue();
        rows.add(1).endRow();
        rows.add(2).endRow();

        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.text()).isEqualTo("1\n2\n");
    }
}
