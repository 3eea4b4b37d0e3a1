package org.pledgetrack.core.grant;

import org.jspecify.annotations.Nullable;

/**
 * A partner to add to a grant: an organization in a role, with a contact. {@code description}
 * says what an "other" partner does (e.g. housing partner); the named roles need none.
 */
public record NewPartner(@Nullable Long organizationId, @Nullable PartnerRole role, @Nullable String description,
                         @Nullable String contactName, @Nullable String contactEmail) {

    public static final int MAX_DESCRIPTION = 100;
    public static final int MAX_CONTACT_NAME = 200;
    public static final int MAX_CONTACT_EMAIL = 254;
}
