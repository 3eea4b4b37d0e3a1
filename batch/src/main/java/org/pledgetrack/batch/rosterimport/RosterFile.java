package org.pledgetrack.batch.rosterimport;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a roster file: RFC 4180 CSV (quoted fields may hold commas, quotes and line
 * breaks), strict UTF-8 with an optional byte order mark, a header line naming the columns in any
 * order. The file is never loaded whole, and a line longer or a header wider than the
 * {@link RosterImportSettings} allow is refused as soon as it is read.
 */
final class RosterFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Supplier<InputStream> source;
    private final RosterImportSettings settings;
    private final AtomicLong bytesRead = new AtomicLong();
    private final long size;
    private List<String> header = List.of();

    /** @param source opens the file from its start, as often as it is read */
    RosterFile(Supplier<InputStream> source, long size, RosterImportSettings settings) {
        this.source = source;
        this.settings = settings;
        this.size = size;
    }

    /** How much of the file the last {@link #read} has consumed, 0 to 1. */
    double fractionRead() {
        return size == 0 ? 1 : Math.min(1, (double) bytesRead.get() / size);
    }

    /** The line of the first byte that is not UTF-8, as an error; empty when the file is UTF-8. */
    List<RowError> encodingErrors() throws IOException {
        try (InputStream in = openWithoutBom()) {
            return Utf8Check.firstMalformedLine(in).stream()
                    .mapToObj(line -> new RowError(line, null, RosterMessages.NOT_UTF8))
                    .toList();
        }
    }

    /** What {@link #read} hands over, in file order. */
    interface RowHandler {

        /** A row with as many values as the header names columns. */
        void row(RosterRow row);

        /** A row with a different number of values: refused, but kept for the rejected-rows CSV. */
        void malformedRow(long line, List<String> raw, RowError error);

        /** A fault of the file itself (header, CSV syntax) after which no row can be trusted. */
        void fileError(RowError error);
    }

    /** The header's names exactly as written, once {@link #read} has read it; empty before. */
    List<String> header() {
        return header;
    }

    /**
     * Reads the header, then hands every row to {@code handler}. After a header fault or broken CSV
     * nothing more is read, because the following lines cannot be trusted.
     *
     * @throws RosterFileRefused when a line is too long or the header names too many columns; the rows
     *                           handed over before it are all that was read
     */
    void read(RowHandler handler) throws IOException {
        bytesRead.set(0);
        try (Reader reader = new LineLengthLimit(strictUtf8(counting(openWithoutBom())), settings.maxLineLength());
             CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            long line = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    handler.fileError(new RowError(1, null, RosterMessages.EMPTY_FILE));
                    return;
                }
                CSVRecord headerLine = records.next();
                if (headerLine.size() > settings.maxColumns()) {
                    throw new RosterFileRefused(new RowError(1, null,
                            RosterMessages.tooManyColumns(headerLine.size(), settings.maxColumns())));
                }
                header = headerLine.toList();
                Header columns = Header.of(headerLine);
                if (!columns.errors().isEmpty()) {
                    columns.errors().forEach(handler::fileError);
                    return;
                }
                while (true) {
                    line = parser.getCurrentLineNumber() + 1;
                    if (!records.hasNext()) {
                        return;
                    }
                    CSVRecord record = records.next();
                    if (record.size() != columns.columns().size()) {
                        handler.malformedRow(line, record.toList(), new RowError(line, null,
                                RosterMessages.wrongValueCount(record.size(), columns.columns().size())));
                    } else {
                        handler.row(new RosterRow(line, columns.valuesOf(record), record.toList()));
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // The parser wraps what the line length limit throws; that is a refusal, not broken CSV.
                if (e.getCause() instanceof RosterFileRefused refused) {
                    throw refused;
                }
                handler.fileError(new RowError(line, null, RosterMessages.notCsv(e)));
            }
        }
    }

    private InputStream openWithoutBom() throws IOException {
        InputStream in = new BufferedInputStream(source.get());
        in.mark(BOM.length);
        byte[] head = in.readNBytes(BOM.length);
        if (!Arrays.equals(head, BOM)) {
            in.reset();
        }
        return in;
    }

    private InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                bytesRead.addAndGet(Math.max(n, 0));
                return n;
            }
        };
    }

    private static Reader strictUtf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * The columns of the header line, by position ({@code null} for the ignored reason column), with
     * what is wrong with them.
     */
    private record Header(List<RosterColumn> columns, List<RowError> errors) {

        static Header of(CSVRecord record) {
            List<RosterColumn> columns = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            for (String name : record) {
                String lowerCase = name.toLowerCase(Locale.ROOT);
                RosterColumn column = RosterColumn.byHeader(lowerCase).orElse(null);
                if (column == null && lowerCase.equals(RosterColumn.REASON)) {
                    columns.add(null);
                    continue;
                }
                if (column == null) {
                    errors.add(new RowError(1, name, RosterMessages.unknownColumn(name)));
                } else if (columns.contains(column)) {
                    errors.add(new RowError(1, name, RosterMessages.repeatedColumn(name)));
                }
                columns.add(column);
            }
            for (RosterColumn column : RosterColumn.values()) {
                if (column.required() && !columns.contains(column)) {
                    errors.add(new RowError(1, column.header(), RosterMessages.missingColumn(column)));
                }
            }
            return new Header(columns, errors);
        }

        Map<RosterColumn, String> valuesOf(CSVRecord record) {
            Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) != null) {
                    values.put(columns.get(i), record.get(i));
                }
            }
            return values;
        }
    }
}
