package org.pledgetrack.batch.rosterimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.pledgetrack.core.agency.AgencyType;
import org.pledgetrack.core.agency.FbiAgencyType;
import org.pledgetrack.core.agency.NcicStateCodes;

/**
 * Checks the rows of one file in order. It remembers what earlier rows used (ORIs, user names,
 * whole rows) so that repeats are reported with the line they repeat, and it knows the user names
 * already in the database so that an import never takes one that belongs to another agency.
 * ORIs and states may use the FBI's (NCIC) state codes; types may be the FBI's names.
 */
final class RosterRowValidator {

    private static final Pattern ORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{7}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    // Deliberately simple: one @, no spaces, a dot in the domain. Delivery is the real test.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");

    private final Map<String, String> usernameOris;
    private final Map<String, Long> rowsSeen = new HashMap<>();
    private final Map<String, Long> orisSeen = new HashMap<>();
    private final Map<String, Long> usernamesSeen = new HashMap<>();

    /**
     * @param usernameOris every user name in the database (lower case) → the ORI of its agency, or ""
     *                     for users of other organizations
     */
    RosterRowValidator(Map<String, String> usernameOris) {
        this.usernameOris = usernameOris;
    }

    List<RowError> validate(RosterRow row) {
        List<RowError> errors = new ArrayList<>();
        Long repeated = rowsSeen.putIfAbsent(String.join("\u0000", row.values().values()), row.line());
        if (repeated != null) {
            errors.add(new RowError(row.line(), null, RosterMessages.repeatedRow(repeated)));
            return errors;
        }
        checkPresenceAndLength(row, errors);
        checkAgency(row, errors);
        if (row.hasUser()) {
            checkUser(row, errors);
        }
        return errors;
    }

    /** The row as it goes into the database; only for a row {@link #validate} found no fault with. */
    static RosterAgency agencyOf(RosterRow row) {
        String type = row.get(RosterColumn.AGENCY_TYPE);
        Optional<FbiAgencyType> fbiType = FbiAgencyType.byName(type);
        return new RosterAgency(row.get(RosterColumn.ORI), row.get(RosterColumn.AGENCY_NAME),
                NcicStateCodes.postalCodeOf(row.get(RosterColumn.STATE)).orElseThrow(),
                row.optional(RosterColumn.CITY), row.optional(RosterColumn.COUNTY),
                fbiType.map(FbiAgencyType::type).orElseGet(() -> AgencyType.valueOf(type)),
                fbiType.map(FbiAgencyType::fbiName).orElse(null),
                row.number(RosterColumn.SWORN_OFFICERS), row.number(RosterColumn.POPULATION_SERVED),
                row.optional(RosterColumn.USER_USERNAME), row.optional(RosterColumn.USER_DISPLAY_NAME),
                row.optional(RosterColumn.USER_EMAIL));
    }

    /** Whether the row's user is new: it may also name the user its agency already has. */
    boolean createsUser(RosterAgency agency) {
        return agency.username() != null && !usernameOris.containsKey(agency.username());
    }

    private static void checkPresenceAndLength(RosterRow row, List<RowError> errors) {
        for (RosterColumn column : RosterColumn.values()) {
            String value = row.get(column);
            if (value.isEmpty() && column.required()) {
                errors.add(error(row, column, RosterMessages.required(column)));
            } else if (value.isEmpty() && RosterColumn.USER_COLUMNS.contains(column) && row.hasUser()) {
                errors.add(error(row, column, RosterMessages.requiredForUser(column)));
            } else if (value.length() > column.maxLength()) {
                errors.add(error(row, column, RosterMessages.tooLong(column)));
            }
        }
    }

    private void checkAgency(RosterRow row, List<RowError> errors) {
        String state = row.get(RosterColumn.STATE);
        Optional<String> postalState = NcicStateCodes.postalCodeOf(state);
        if (!state.isEmpty() && postalState.isEmpty()) {
            errors.add(error(row, RosterColumn.STATE, RosterMessages.badState(state)));
        }
        checkOri(row, postalState, errors);
        String type = row.get(RosterColumn.AGENCY_TYPE);
        if (!type.isEmpty() && FbiAgencyType.byName(type).isEmpty() && !isTypeName(type)) {
            errors.add(error(row, RosterColumn.AGENCY_TYPE, RosterMessages.badAgencyType(type)));
        }
        for (RosterColumn column : List.of(RosterColumn.SWORN_OFFICERS, RosterColumn.POPULATION_SERVED)) {
            String value = row.get(column);
            if (!value.isEmpty() && !NUMBER.matcher(value).matches()) {
                errors.add(error(row, column, RosterMessages.badNumber(column, value)));
            }
        }
    }

    private static boolean isTypeName(String type) {
        for (AgencyType candidate : AgencyType.values()) {
            if (candidate.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private void checkOri(RosterRow row, Optional<String> postalState, List<RowError> errors) {
        String ori = row.get(RosterColumn.ORI);
        if (ori.isEmpty()) {
            return;
        }
        if (!ORI.matcher(ori).matches() || NcicStateCodes.postalCodeOf(ori.substring(0, 2)).isEmpty()) {
            errors.add(error(row, RosterColumn.ORI, RosterMessages.badOri(ori)));
            return;
        }
        if (postalState.isPresent() && !NcicStateCodes.oriIsInState(ori, postalState.get())) {
            errors.add(error(row, RosterColumn.ORI, RosterMessages.oriStateMismatch(ori, row.get(RosterColumn.STATE))));
        }
        Long firstLine = orisSeen.putIfAbsent(ori, row.line());
        if (firstLine != null) {
            errors.add(error(row, RosterColumn.ORI, RosterMessages.repeatedOri(ori, firstLine)));
        }
    }

    private void checkUser(RosterRow row, List<RowError> errors) {
        String username = row.get(RosterColumn.USER_USERNAME);
        if (!username.isEmpty()) {
            if (!USERNAME.matcher(username).matches()) {
                errors.add(error(row, RosterColumn.USER_USERNAME, RosterMessages.badUsername(username)));
            } else {
                // Only lower case passes the pattern, and the database compares without regard to case.
                Long firstLine = usernamesSeen.putIfAbsent(username, row.line());
                String usersOri = usernameOris.get(username);
                if (firstLine != null) {
                    errors.add(error(row, RosterColumn.USER_USERNAME,
                            RosterMessages.repeatedUsername(username, firstLine)));
                } else if (usersOri != null && !usersOri.equals(row.get(RosterColumn.ORI))) {
                    errors.add(error(row, RosterColumn.USER_USERNAME, RosterMessages.existingUsername(username)));
                }
            }
        }
        String email = row.get(RosterColumn.USER_EMAIL);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.add(error(row, RosterColumn.USER_EMAIL, RosterMessages.badEmail(email)));
        }
    }

    private static RowError error(RosterRow row, RosterColumn column, String message) {
        return new RowError(row.line(), column.header(), message);
    }
}
