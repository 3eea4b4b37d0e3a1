package org.pledgetrack.core.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FbiAgencyTypeTests {

    @Test
    void everyCrimeDataExplorerTypeHasATypeAndKeepsItsName() {
        assertThat(FbiAgencyType.byName("City")).contains(FbiAgencyType.CITY);
        assertThat(FbiAgencyType.byName("county").map(FbiAgencyType::type)).contains(AgencyType.COUNTY_SHERIFF);
        assertThat(FbiAgencyType.byName("TRIBAL").map(FbiAgencyType::type)).contains(AgencyType.TRIBAL);
        assertThat(FbiAgencyType.byName("University or College").map(FbiAgencyType::type))
                .contains(AgencyType.UNIVERSITY);
        assertThat(FbiAgencyType.byName("other state agency").map(FbiAgencyType::fbiName))
                .contains("Other State Agency");
        assertThat(FbiAgencyType.OTHER_STATE_AGENCY.type()).isEqualTo(FbiAgencyType.OTHER.type());
    }

    @Test
    void otherNamesAreNotFbiTypes() {
        assertThat(FbiAgencyType.byName("MUNICIPAL")).isEmpty();
        assertThat(FbiAgencyType.byName("Constable")).isEmpty();
    }
}
