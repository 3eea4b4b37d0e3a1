package org.pledgetrack.core.pledge;

import java.time.Instant;

/** A message in an item's thread; return and reopen reasons are comments too. */
public record ItemComment(long id, String authorName, Kind kind, String body, boolean resolved, Instant createdAt) {

    public enum Kind {
        COMMENT("Comment"), RETURN_REASON("Returned"), REOPEN_REASON("Reopened");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
