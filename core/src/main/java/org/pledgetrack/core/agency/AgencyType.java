package org.pledgetrack.core.agency;

public enum AgencyType {
    MUNICIPAL, COUNTY_SHERIFF, STATE_POLICE, TRIBAL, UNIVERSITY, OTHER
}
