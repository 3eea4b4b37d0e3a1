package org.pledgetrack.batch.rosterimport;

import java.util.Arrays;

import org.pledgetrack.core.agency.AgencyType;

/** What the error report says, in one place so that the wording stays consistent. */
final class RosterMessages {

    static final String NOT_UTF8 = "This line is not UTF-8 text (was the file saved as Windows or Latin-1?). "
            + "Save it as \"CSV UTF-8\" and upload it again.";
    static final String EMPTY_FILE = "The file is empty; the first line must name the columns "
            + RosterColumn.allHeaders() + ".";

    private RosterMessages() {
    }

    static String notCsv(Exception e) {
        return "The file is not valid CSV from this line on (" + e.getMessage() + ").";
    }

    static String lineTooLong(long line, int maxLength) {
        return "Line " + line + " is longer than " + maxLength + " characters, the most a roster line may have; "
                + "the file was not read further.";
    }

    static String tooManyColumns(int columns, int maxColumns) {
        return "Line 1 (the header) names " + columns + " columns; a roster may have at most " + maxColumns
                + ". The file was not read further.";
    }

    static String moreErrorsNotListed(int more) {
        return "and " + more + (more == 1 ? " more error" : " more errors") + " not listed";
    }

    static String wrongValueCount(int values, int columns) {
        return "This row has " + values + " values but the header names " + columns + " columns.";
    }

    static String unknownColumn(String name) {
        return "Unknown column \"" + name + "\"; the columns are " + RosterColumn.allHeaders() + ".";
    }

    static String repeatedColumn(String name) {
        return "The column \"" + name + "\" appears twice.";
    }

    static String missingColumn(RosterColumn column) {
        return "The header has no column \"" + column.header() + "\", which is required.";
    }

    static String repeatedRow(long firstLine) {
        return "This row repeats line " + firstLine + ".";
    }

    static String required(RosterColumn column) {
        return column.header() + " is required.";
    }

    static String requiredForUser(RosterColumn column) {
        return column.header() + " is required when the row creates a user.";
    }

    static String tooLong(RosterColumn column) {
        return column.header() + " is longer than " + column.maxLength() + " characters.";
    }

    static String badState(String state) {
        return "\"" + state + "\" is not a US state or territory code.";
    }

    static String badOri(String ori) {
        return "ORI \"" + ori + "\" is not valid: it is a 2-letter state code and 7 capital letters or digits, "
                + "e.g. KS0870100.";
    }

    static String oriStateMismatch(String ori, String state) {
        return "ORI \"" + ori + "\" starts with " + ori.substring(0, 2) + " but the state is " + state + ".";
    }

    static String repeatedOri(String ori, long firstLine) {
        return "ORI \"" + ori + "\" is also on line " + firstLine + ".";
    }

    static String existingOri(String ori, String agencyName) {
        return "ORI \"" + ori + "\" already belongs to " + agencyName + ".";
    }

    static String badAgencyType(String value) {
        return "agency_type must be one of " + String.join(", ", Arrays.stream(AgencyType.values())
                .map(Enum::name).toList()) + ", not \"" + value + "\".";
    }

    static String badNumber(RosterColumn column, String value) {
        return column.header() + " must be a whole number from 0 to 9999999, not \"" + value + "\".";
    }

    static String badUsername(String username) {
        return "User name \"" + username + "\" may only have lower-case letters, digits, dots, hyphens and "
                + "underscores, 3 to 100 characters, starting with a letter or digit.";
    }

    static String repeatedUsername(String username, long firstLine) {
        return "User name \"" + username + "\" is also on line " + firstLine + ".";
    }

    static String existingUsername(String username) {
        return "User name \"" + username + "\" is already taken.";
    }

    static String badEmail(String email) {
        return "\"" + email + "\" is not a valid e-mail address.";
    }
}
