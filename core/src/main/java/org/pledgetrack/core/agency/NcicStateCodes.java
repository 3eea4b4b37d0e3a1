package org.pledgetrack.core.agency;

import java.util.Map;
import java.util.Optional;

/**
 * The state codes the FBI uses, which an ORI starts with: NCIC's codes, the postal codes of
 * {@link UsStates} except Nebraska ({@code NB}, postal {@code NE}) and Guam ({@code GM}, postal
 * {@code GU}). The District of Columbia and the other territories (PR, VI, AS, MP) keep their postal
 * codes. The Canal Zone ({@code CZ}) has had no agencies since 1979 and is not accepted.
 */
public final class NcicStateCodes {

    private static final Map<String, String> POSTAL_BY_NCIC = Map.of("NB", "NE", "GM", "GU");

    private NcicStateCodes() {
    }

    /** The postal code for a postal or NCIC code, exactly as written (upper case); empty when it is neither. */
    public static Optional<String> postalCodeOf(String code) {
        if (UsStates.isCode(code)) {
            return Optional.of(code);
        }
        return Optional.ofNullable(POSTAL_BY_NCIC.get(code));
    }

    /** Whether the ORI's first two letters are the state's postal or NCIC code. */
    public static boolean oriIsInState(String ori, String postalCode) {
        return ori.length() >= 2 && postalCodeOf(ori.substring(0, 2)).filter(postalCode::equals).isPresent();
    }
}
