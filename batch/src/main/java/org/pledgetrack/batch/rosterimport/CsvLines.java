package org.pledgetrack.batch.rosterimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** One row's values kept as a single RFC 4180 line, so that any value (commas, quotes, breaks) survives. */
final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvLines() {
    }

    static String format(List<String> values) {
        return FORMAT.format(values.toArray());
    }

    static List<String> parse(String line) {
        try (CSVParser parser = FORMAT.parse(new StringReader(line))) {
            return parser.getRecords().getFirst().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
