package org.pledgetrack.batch.rosterimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.pledgetrack.core.agency.AgencyType;
import org.pledgetrack.core.agency.UsStates;

/**
 * Checks the rows of one file in order. It remembers what earlier rows used (ORIs, user names,
 * whole rows) so that repeats are reported with the line they repeat, and it knows the ORIs and
 * user names already in the database so that an import can never collide with them.
 */
final class RosterRowValidator {

    private static final Pattern ORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{7}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    // Deliberately simple: one @, no spaces, a dot in the domain. Delivery is the real test.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");
    private static final Set<String> AGENCY_TYPES = Set.copyOf(Arrays.stream(AgencyType.values())
            .map(Enum::name).toList());

    private final Map<String, String> existingOris;
    private final Set<String> existingUsernames;
    private final Map<String, Long> rowsSeen = new HashMap<>();
    private final Map<String, Long> orisSeen = new HashMap<>();
    private final Map<String, Long> usernamesSeen = new HashMap<>();

    /**
     * @param existingOris      ORI → agency name of the agencies already in the database
     * @param existingUsernames user names already taken, lower case
     */
    RosterRowValidator(Map<String, String> existingOris, Set<String> existingUsernames) {
        this.existingOris = existingOris;
        this.existingUsernames = existingUsernames;
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
        if (row.createsUser()) {
            checkUser(row, errors);
        }
        return errors;
    }

    private static void checkPresenceAndLength(RosterRow row, List<RowError> errors) {
        for (RosterColumn column : RosterColumn.values()) {
            String value = row.get(column);
            if (value.isEmpty() && column.required()) {
                errors.add(error(row, column, RosterMessages.required(column)));
            } else if (value.isEmpty() && RosterColumn.USER_COLUMNS.contains(column) && row.createsUser()) {
                errors.add(error(row, column, RosterMessages.requiredForUser(column)));
            } else if (value.length() > column.maxLength()) {
                errors.add(error(row, column, RosterMessages.tooLong(column)));
            }
        }
    }

    private void checkAgency(RosterRow row, List<RowError> errors) {
        String state = row.get(RosterColumn.STATE);
        boolean stateValid = UsStates.isCode(state);
        if (!state.isEmpty() && !stateValid) {
            errors.add(error(row, RosterColumn.STATE, RosterMessages.badState(state)));
        }
        checkOri(row, state, stateValid, errors);
        String type = row.get(RosterColumn.AGENCY_TYPE);
        if (!type.isEmpty() && !AGENCY_TYPES.contains(type)) {
            errors.add(error(row, RosterColumn.AGENCY_TYPE, RosterMessages.badAgencyType(type)));
        }
        for (RosterColumn column : List.of(RosterColumn.SWORN_OFFICERS, RosterColumn.POPULATION_SERVED)) {
            String value = row.get(column);
            if (!value.isEmpty() && !NUMBER.matcher(value).matches()) {
                errors.add(error(row, column, RosterMessages.badNumber(column, value)));
            }
        }
    }

    private void checkOri(RosterRow row, String state, boolean stateValid, List<RowError> errors) {
        String ori = row.get(RosterColumn.ORI);
        if (ori.isEmpty()) {
            return;
        }
        if (!ORI.matcher(ori).matches() || !UsStates.isCode(ori.substring(0, 2))) {
            errors.add(error(row, RosterColumn.ORI, RosterMessages.badOri(ori)));
            return;
        }
        if (stateValid && !ori.startsWith(state)) {
            errors.add(error(row, RosterColumn.ORI, RosterMessages.oriStateMismatch(ori, state)));
        }
        Long firstLine = orisSeen.putIfAbsent(ori, row.line());
        if (firstLine != null) {
            errors.add(error(row, RosterColumn.ORI, RosterMessages.repeatedOri(ori, firstLine)));
        } else if (existingOris.containsKey(ori)) {
            errors.add(error(row, RosterColumn.ORI, RosterMessages.existingOri(ori, existingOris.get(ori))));
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
                if (firstLine != null) {
                    errors.add(error(row, RosterColumn.USER_USERNAME,
                            RosterMessages.repeatedUsername(username, firstLine)));
                } else if (existingUsernames.contains(username)) {
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
