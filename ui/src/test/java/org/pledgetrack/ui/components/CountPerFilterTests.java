package org.pledgetrack.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CountPerFilterTests {

    private final AtomicInteger counted = new AtomicInteger();
    private final CountPerFilter<String> counts = new CountPerFilter<>();

    @Test
    void countsOnceForTheSameFilterAndAgainWhenItChanges() {
        assertThat(counts.count("KS", this::count)).isEqualTo(1);
        assertThat(counts.count("KS", this::count)).isEqualTo(1);
        assertThat(counts.count("TX", this::count)).isEqualTo(2);
        assertThat(counts.count("KS", this::count)).isEqualTo(3);
        assertThat(counted).hasValue(3);
    }

    private int count() {
        return counted.incrementAndGet();
    }
}
