package org.pledgetrack.core.grant;

import java.util.List;

/** What an event of a provider may serve: the grants that provider gives TA to, and agencies. */
public record TaEventSiteChoices(List<GrantDetail.Organization> providers, List<GrantDetail.Organization> grants,
                                 List<GrantDetail.Organization> agencies) {
}
