package org.pledgetrack.core.grant;

/** The stages of a BCJI award. */
public enum GrantPhase {
    PLANNING, IMPLEMENTATION, SUSTAINABILITY
}
