package org.pledgetrack.ui.report;

import java.time.Clock;
import java.time.ZoneOffset;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.HumanDates;

/** The generated files, newest first, each with a download link once it is ready. */
class ReportFilesGrid extends Grid<ReportFile> {

    ReportFilesGrid(ReportService reports, CurrentUser user, Clock clock) {
        addComponentColumn(file -> ReportDownloadLink.of(reports, user, file)).setKey("file").setHeader("File").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(ReportFilesGrid::status).setHeader("Status").setAutoWidth(true);
        addColumn(file -> file.type().label()).setHeader("Report").setFlexGrow(2);
        addColumn(file -> file.format().name()).setHeader("Format").setAutoWidth(true);
        addColumn(file -> HumanDates.date(file.asOf())).setHeader("As-of date").setAutoWidth(true);
        addColumn(ReportFile::filtersText).setHeader("Filters").setFlexGrow(2);
        addColumn(file -> file.rowCount() == null ? "" : Integer.toString(file.rowCount())).setHeader("Rows");
        addColumn(file -> size(file.sizeBytes())).setHeader("Size");
        addColumn(file -> file.requestedByName() == null ? "" : file.requestedByName()).setHeader("By").setAutoWidth(true);
        addComponentColumn(file -> HumanDates.relativeSpan(file.createdAt(), clock)).setHeader("Created").setAutoWidth(true);
        addColumn(file -> HumanDates.date(file.expiresAt().atZone(ZoneOffset.UTC).toLocalDate())).setHeader("Expires").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    private static Component status(ReportFile file) {
        Span status = new Span(switch (file.status()) {
            case GENERATING -> "Generating…";
            case READY -> "Ready";
            case FAILED -> "Failed: " + file.errorMessage();
            case EXPIRED -> "Expired";
        });
        status.getElement().getThemeList().add("badge " + switch (file.status()) {
            case READY -> "success";
            case FAILED -> "error";
            default -> "contrast";
        });
        return status;
    }

    private static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
