package org.pledgetrack.ui.components;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;
import org.pledgetrack.batch.timer.SnapshotRefreshSettings;

/**
 * When a screen's snapshot numbers were computed and how they are kept fresh, so that nobody takes
 * them for live figures: "Numbers as of Dec 7, 2026 14:02 UTC · refreshed automatically within
 * about a minute of a change".
 */
public class NumbersAsOf extends Paragraph {

    private final SnapshotRefreshSettings refresh;

    public NumbersAsOf(Optional<Instant> computedAt, SnapshotRefreshSettings refresh) {
        this.refresh = refresh;
        addClassName("numbers-as-of");
        show(computedAt);
    }

    /** Shows another computed time, after a run the screen followed. */
    public void show(Optional<Instant> computedAt) {
        setText(computedAt.map(at -> "Numbers as of " + HumanDates.exact(at)).orElse("Not computed yet")
                + " · " + howKeptFresh());
    }

    private String howKeptFresh() {
        if (!refresh.enabled()) {
            return "recomputed every night";
        }
        long seconds = refresh.longestWait().toSeconds();
        // the longest wait is the minimum interval plus one check: 65 s by default, which people call a minute
        String within = seconds <= 90 ? "about a minute" : "about " + Math.round(seconds / 60.0) + " minutes";
        return "refreshed automatically within " + within + " of a change";
    }
}
