package org.pledgetrack.core.pledge;

import java.io.InputStream;
import java.util.function.Supplier;

/** A stored evidence file ready to download: its name for the browser, its type and its content. */
public record EvidenceFile(String filename, String contentType, long size, Supplier<InputStream> content) {
}
