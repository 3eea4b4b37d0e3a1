package org.pledgetrack.batch.rosterimport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.commons.csv.CSVFormat;

/**
 * Generates rosters the way the FBI's agency list reads once put in the import's columns
 * ({@value #HEADER}): ORIs and states with the FBI's codes (NB for Nebraska, GM for Guam), the FBI's
 * agency types, a county and no city for county, state, tribal and other agencies, neither for some
 * tribal ones. Every row's ORI is {@code <state code><marker><6 digits>}, so a test finds and removes
 * its own agencies by the marker. Rows can be spoiled so that the check rejects them; a spoiled row
 * keeps its ORI, and {@link #goodRow} gives its correct values back.
 */
final class FbiRosters {

    static final String HEADER = "ori,agency_name,state,city,county,agency_type";
    private static final String[][] STATES = {
            {"KS", "KS", "Sedgwick"}, {"NB", "NE", "Douglas"}, {"OH", "OH", "Montgomery"}, {"GM", "GU", ""},
            {"OK", "OK", "Tulsa"}, {"WA", "WA", "Spokane"}, {"NM", "NM", "Bernalillo"}, {"AZ", "AZ", "Coconino"}};
    private static final String[] TYPES = {"City", "City", "City", "County", "Tribal", "University or College",
            "State Police", "Other State Agency", "Other"};

    private final char marker;

    FbiRosters(char marker) {
        this.marker = marker;
    }

    /** The ORI of row {@code n}. */
    String ori(int n) {
        return STATES[n % STATES.length][0] + marker + "%06d".formatted(n);
    }

    /** Row {@code n} as the FBI would have it. */
    List<String> goodRow(int n) {
        String[] state = STATES[n % STATES.length];
        String type = TYPES[n % TYPES.length];
        String place = "Place " + n;
        String name = switch (type) {
            case "City" -> place + " Police Department";
            case "County" -> "County Sheriff's Office " + n;
            case "Tribal" -> "Tribal Police Department " + n;
            case "University or College" -> "University " + n + " Police";
            default -> "State Agency " + n;
        };
        String city = type.equals("City") || type.startsWith("University") ? place : "";
        String county = type.equals("Tribal") && n % 2 == 0 ? "" : state[2];
        return List.of(ori(n), name, state[1], city, county, type);
    }

    /** Row {@code n} with one fault the check rejects, chosen by {@code n}; the ORI is kept. */
    List<String> spoiledRow(int n) {
        List<String> row = new ArrayList<>(goodRow(n));
        switch (n % 4) {
            case 0 -> row.set(2, "XX");
            case 1 -> row.set(5, "Constable");
            case 2 -> row.set(1, "");
            default -> row.set(2, row.get(2).equals("KS") ? "OH" : "KS");
        }
        return row;
    }

    /** {@code rows} rows, numbered from {@code first}; those {@code spoiled} says are spoiled. */
    byte[] roster(int first, int rows, IntPredicate spoiled) {
        Map<Integer, List<String>> lines = new LinkedHashMap<>();
        for (int n = first; n < first + rows; n++) {
            lines.put(n, spoiled.test(n) ? spoiledRow(n) : goodRow(n));
        }
        return csv(HEADER, lines.values());
    }

    static byte[] csv(String header, Iterable<List<String>> rows) {
        StringBuilder text = new StringBuilder(header).append("\r\n");
        for (List<String> row : rows) {
            text.append(CSVFormat.RFC4180.format(row.toArray())).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
