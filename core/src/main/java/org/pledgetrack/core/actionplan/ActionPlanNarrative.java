package org.pledgetrack.core.actionplan;

/**
 * The Action Plan's narrative sections, as BJA asks for them: the crime drivers found, the
 * strategies chosen, community engagement, the research partner's work and sustainability. A
 * draft may leave any of them blank; a submitted plan has all five.
 */
public record ActionPlanNarrative(String crimeDrivers, String strategies, String communityEngagement,
                                  String research, String sustainability) {

    public static final int MAX_SECTION_LENGTH = 10_000;

    public static ActionPlanNarrative empty() {
        return new ActionPlanNarrative(null, null, null, null, null);
    }
}
