package org.pledgetrack.core.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NcicStateCodesTests {

    @Test
    void fbiCodesOfNebraskaAndGuamAreTheirPostalCodes() {
        assertThat(NcicStateCodes.postalCodeOf("NB")).contains("NE");
        assertThat(NcicStateCodes.postalCodeOf("GM")).contains("GU");
    }

    @Test
    void postalCodesOfStatesDcAndTerritoriesStandForThemselves() {
        for (String code : new String[] {"NE", "GU", "KS", "DC", "PR", "VI", "AS", "MP"}) {
            assertThat(NcicStateCodes.postalCodeOf(code)).as(code).contains(code);
        }
    }

    @Test
    void unknownCodesAndTheCanalZoneAreNotStates() {
        assertThat(NcicStateCodes.postalCodeOf("CZ")).isEmpty();
        assertThat(NcicStateCodes.postalCodeOf("XX")).isEmpty();
        assertThat(NcicStateCodes.postalCodeOf("nb")).isEmpty();
    }

    @Test
    void oriIsInTheStateItsFbiOrPostalCodeNames() {
        assertThat(NcicStateCodes.oriIsInState("NB0280200", "NE")).isTrue();
        assertThat(NcicStateCodes.oriIsInState("NE0280200", "NE")).isTrue();
        assertThat(NcicStateCodes.oriIsInState("GM0010000", "GU")).isTrue();
        assertThat(NcicStateCodes.oriIsInState("NB0280200", "KS")).isFalse();
    }
}
