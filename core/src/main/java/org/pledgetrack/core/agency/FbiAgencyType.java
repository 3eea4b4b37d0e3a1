package org.pledgetrack.core.agency;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency types as the FBI's Crime Data Explorer names them, each with the type pledgetrack
 * counts it as. The FBI's own name is kept beside the type, because "Other State Agency" and
 * "Other" are both {@link AgencyType#OTHER} here.
 */
public enum FbiAgencyType {
    CITY("City", AgencyType.MUNICIPAL),
    COUNTY("County", AgencyType.COUNTY_SHERIFF),
    STATE_POLICE("State Police", AgencyType.STATE_POLICE),
    OTHER_STATE_AGENCY("Other State Agency", AgencyType.OTHER),
    TRIBAL("Tribal", AgencyType.TRIBAL),
    UNIVERSITY_OR_COLLEGE("University or College", AgencyType.UNIVERSITY),
    OTHER("Other", AgencyType.OTHER);

    private static final Map<String, FbiAgencyType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(t -> t.fbiName.toLowerCase(Locale.ROOT), Function.identity()));

    private final String fbiName;
    private final AgencyType type;

    FbiAgencyType(String fbiName, AgencyType type) {
        this.fbiName = fbiName;
        this.type = type;
    }

    /** The name as the FBI writes it, e.g. "University or College". */
    public String fbiName() {
        return fbiName;
    }

    public AgencyType type() {
        return type;
    }

    /** The FBI type of that name, in any letter case; empty for any other text. */
    public static Optional<FbiAgencyType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }
}
