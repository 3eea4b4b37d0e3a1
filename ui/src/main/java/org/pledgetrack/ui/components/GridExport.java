package org.pledgetrack.ui.components;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.batch.report.ColumnKind;
import org.pledgetrack.batch.report.TableFile;
import org.pledgetrack.core.report.ReportFormat;

/**
 * "Export CSV" and "Export XLSX" links for a grid: the rows the grid's data view has now, with its
 * filters and sort, in the columns given (a grid's cells are often badges or links, so each column
 * says how to read its value). Written by the reports' writers ({@link TableFile}).
 *
 * @param <T> the grid's row type
 */
public class GridExport<T> extends Div {

    /** A column of the file: header, type and the value of a row (Number, LocalDate, text or null). */
    public record Column<T>(String header, ColumnKind kind, SerializableFunction<T, Object> value) {

        public static <T> Column<T> text(String header, SerializableFunction<T, Object> value) {
            return new Column<>(header, ColumnKind.TEXT, value);
        }

        public static <T> Column<T> integer(String header, SerializableFunction<T, Object> value) {
            return new Column<>(header, ColumnKind.INTEGER, value);
        }

        public static <T> Column<T> date(String header, SerializableFunction<T, Object> value) {
            return new Column<>(header, ColumnKind.DATE, value);
        }
    }

    private final String title;
    private final SerializableSupplier<List<T>> rows;
    private final SerializableSupplier<String> filters;
    private final List<Column<T>> columns;
    private final Clock clock;

    /**
     * @param rows    the rows as shown, in order; read while the session is locked
     * @param filters the filters and sort in words, for the file's "About" sheet
     */
    public GridExport(String title, String fileStem, SerializableSupplier<List<T>> rows,
                      SerializableSupplier<String> filters, List<Column<T>> columns, Clock clock) {
        this.title = title;
        this.rows = rows;
        this.filters = filters;
        this.columns = List.copyOf(columns);
        this.clock = clock;
        addClassName("grid-export");
        add(link(ReportFormat.CSV, fileStem), link(ReportFormat.XLSX, fileStem));
    }

    /** Exports what {@code grid} shows: its data view's items (filtered and sorted as now) and its sort in words. */
    public static <T> GridExport<T> of(Grid<T> grid, String title, String fileStem, SerializableSupplier<String> filters,
                                       List<Column<T>> columns, Clock clock) {
        return new GridExport<>(title, fileStem, () -> grid.getGenericDataView().getItems().toList(),
                () -> join(filters.get(), sortInWords(grid)), columns, clock);
    }

    private Anchor link(ReportFormat format, String fileStem) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            List<T> shown = new ArrayList<>();
            String described;
            event.getSession().lock();
            try {
                shown.addAll(rows.get());
                described = filters.get();
            } finally {
                event.getSession().unlock();
            }
            byte[] file = write(format, shown, described);
            return new DownloadResponse(new ByteArrayInputStream(file),
                    fileStem + "-" + LocalDate.now(clock) + "." + format.extension(), format.contentType(), file.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add("Export " + format.name());
        anchor.addClassName("export-" + format.extension());
        return anchor;
    }

    /** The file as the link gives it, for the rows and filters as they are now. */
    public byte[] contents(ReportFormat format) {
        return write(format, rows.get(), filters.get());
    }

    private byte[] write(ReportFormat format, List<T> shown, String described) {
        List<TableFile.Column> header = columns.stream().map(c -> new TableFile.Column(c.header(), c.kind())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableFile.write(format, title, described, header,
                    shown.stream().map(row -> columns.stream().map(c -> c.value().apply(row)).toList()).iterator(),
                    LocalDate.now(clock), clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sortInWords(Grid<?> grid) {
        return grid.getSortOrder().stream().map(GridExport::sortWords).collect(Collectors.joining(", "));
    }

    private static String sortWords(GridSortOrder<?> order) {
        String column = order.getSorted().getHeaderText();
        return "sorted by " + (column == null ? order.getSorted().getKey() : column).toLowerCase(Locale.ROOT)
                + (order.getDirection() == SortDirection.ASCENDING ? ", ascending" : ", descending");
    }

    private static String join(String filters, String sort) {
        return sort.isEmpty() ? filters : filters + "; " + sort;
    }
}
