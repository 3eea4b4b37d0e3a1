package org.pledgetrack.batch.report;

/**
 * Keeps a text cell of a CSV file from running as a formula when the file is opened in a
 * spreadsheet (OWASP "CSV injection"): text that starts with {@code = + - @}, a tab or a carriage
 * return gets a leading single quote, which spreadsheets show as text. Only text is guarded: values
 * of numeric columns are typed numbers and are written as numbers, a negative one included, so
 * "-3" in a number column stays the number -3 while "-3" typed into a name is text.
 */
final class CsvFormulaGuard {

    private CsvFormulaGuard() {
    }

    static String text(String value) {
        return startsAFormula(value) ? "'" + value : value;
    }

    private static boolean startsAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
