package org.pledgetrack.ui.api;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.pledgetrack.core.pledge.AgencyListPage;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.snapshot.AgencyStatusPage;
import org.pledgetrack.core.snapshot.AgencyStatusRow;
import org.springframework.stereotype.Component;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the agency pages' rows (the status snapshot's and the live list's), by page version (a
 * digest of what the page was made of), written once with the application's JSON mapper and then
 * copied into every answer for that page. Serialising 100 rows on every request was 42 % of the
 * server's CPU under 50 concurrent clients (issue 7, JFR); the rows themselves are kept by core. At
 * most 32 MB of JSON (about 1,600 pages of 100 rows), least recently used out first; a page's version
 * changes with its content, so nothing here is ever stale.
 */
@Component
class RenderedPages {

    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final ObjectWriter statusRowsWriter;
    private final ObjectWriter progressRowsWriter;
    /** Keyed by the kind of page and its version, so the two kinds never meet. */
    private final Cache<String, SerializedString> json = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String version, SerializedString rows) -> rows.charLength() + version.length())
            .build();

    RenderedPages(JsonMapper mapper) {
        this.statusRowsWriter = mapper.writerFor(new TypeReference<List<AgencyStatusRow>>() { });
        this.progressRowsWriter = mapper.writerFor(new TypeReference<List<AgencyProgress>>() { });
    }

    /** The snapshot page's rows, with their JSON written the first time. */
    List<AgencyStatusRow> rows(AgencyStatusPage page) {
        return new RenderedRows<>(page.rows(), json.get("status:" + page.version(),
                version -> new SerializedString(statusRowsWriter.writeValueAsString(page.rows()))));
    }

    /** The live list page's rows, with their JSON written the first time. */
    List<AgencyProgress> rows(AgencyListPage page) {
        return new RenderedRows<>(page.rows(), json.get("live:" + page.version(),
                version -> new SerializedString(progressRowsWriter.writeValueAsString(page.rows()))));
    }
}
