package org.pledgetrack.tools.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgencyFactoryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void sameSeedGivesTheSameAgencies() {
        assertThat(new AgencyFactory(42, TODAY).agencies(500)).isEqualTo(new AgencyFactory(42, TODAY).agencies(500));
        assertThat(new AgencyFactory(42, TODAY).agencies(50)).isNotEqualTo(new AgencyFactory(43, TODAY).agencies(50));
    }

    @Test
    void orisAreUniqueAndStartWithTheState() {
        List<SyntheticAgency> agencies = new AgencyFactory(7, TODAY).agencies(18_000);
        assertThat(agencies).extracting(SyntheticAgency::ori).doesNotHaveDuplicates()
                .allMatch(ori -> ori.matches("[A-Z]{2}[0-9A-Z]{7}"));
        assertThat(agencies).allMatch(a -> a.ori().startsWith(a.state()));
        assertThat(agencies).extracting(SyntheticAgency::state).contains("TX", "KS", "OH", "VT");
        assertThat(agencies).allMatch(a -> a.progress() >= 0 && a.progress() <= 1)
                .allMatch(a -> a.signedOn().isBefore(TODAY));
    }
}
