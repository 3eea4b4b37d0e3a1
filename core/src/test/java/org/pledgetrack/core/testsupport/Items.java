package org.pledgetrack.core.testsupport;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;

/** Finds demo pledge items by their catalog number, and makes small valid evidence files. */
public final class Items {

    /** A minimal PDF: enough for the content check, which looks at the %PDF- header. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private Items() {
    }

    /** The item with this number in the current pledge of the user's own (or the given) agency. */
    public static PledgeItem item(PledgeService pledges, CurrentUser reader, long agencyId, int number) {
        return pledges.overview(reader, agencyId).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream())
                .filter(item -> item.number() == number)
                .findFirst().orElseThrow();
    }

    /** The id of the agency with this ORI, looked up as a user who may see it. */
    public static long agencyId(PledgeService pledges, CurrentUser reader, String ori) {
        return pledges.agencyProgress(reader).stream().filter(row -> ori.equals(row.ori()))
                .findFirst().orElseThrow().agencyId();
    }

    public static InputStream pdf() {
        return new ByteArrayInputStream(PDF);
    }
}
