package org.pledgetrack.batch.rosterimport;

import java.util.Arrays;

import org.pledgetrack.core.agency.AgencyType;
import org.pledgetrack.core.agency.FbiAgencyType;

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
        return "\"" + state + "\" is not a US state or territory code (postal, or the FBI's such as NB for "
                + "Nebraska).";
    }

    static String badOri(String ori) {
        return "ORI \"" + ori + "\" is not valid: it is a 2-letter state code (postal, or the FBI's such as NB) and "
                + "7 capital letters or digits, e.g. KS0870300.";
    }

    static String oriStateMismatch(String ori, String state) {
        return "ORI \"" + ori + "\" starts with " + ori.substring(0, 2) + " but the state is " + state + ".";
    }

    static String repeatedOri(String ori, long firstLine) {
        return "ORI \"" + ori + "\" is also on line " + firstLine + ".";
    }

    static String badAgencyType(String value) {
        return "agency_type must be one of the FBI's types (" + String.join(", ", Arrays.stream(FbiAgencyType.values())
                .map(FbiAgencyType::fbiName).toList()) + ") or " + String.join(", ", Arrays.stream(AgencyType.values())
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

    static String checked(RosterImportRepository.CheckOutcome outcome) {
        int valid = outcome.rowsNew() + outcome.rowsChanged();
        return "Checked " + count(outcome.rowsRead(), "row", "rows") + ": " + outcome.rowsNew() + " new, "
                + outcome.rowsChanged() + " changed, " + outcome.rowsUnchanged() + " unchanged, "
                + outcome.rowsRejected() + " rejected. Import the " + count(valid, "valid row", "valid rows")
                + (outcome.rowsRejected() > 0 ? " and download the rejected ones to correct," : "")
                + " or import nothing.";
    }

    static String nothingToImport(int unchanged) {
        return "Nothing to import: " + (unchanged == 0 ? "the file has no rows."
                : count(unchanged, "agency is", "agencies are") + " already as the file says.");
    }

    static String refused(ErrorSink errors) {
        String notListed = errors.notStored() > 0
                ? " The error report lists the first " + (errors.count() - errors.notStored()) + " of them."
                : "";
        return count(errors.count(), "problem", "problems") + " on " + count(errors.lineCount(), "line", "lines")
                + "; nothing was imported." + notListed
                + " Download the error report, correct the file and upload it again.";
    }

    static String imported(int created, int updated, int users) {
        return "Imported " + count(created, "new agency", "new agencies") + ", updated "
                + count(updated, "agency", "agencies") + " and added " + count(users, "user", "users")
                + (users > 0 ? ". The users are disabled until an admin gives them a password." : ".");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
