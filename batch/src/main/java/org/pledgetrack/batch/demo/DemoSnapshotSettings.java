package org.pledgetrack.batch.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which dates the demo's snapshots are computed for when the demo data is loaded.
 *
 * @param snapshotQuarters {@code pledgetrack.demo-data.snapshot-quarters}: quarter ends of this many past quarters
 *                         (the 18 months of the demo's history by default)
 * @param snapshotDays     {@code pledgetrack.demo-data.snapshot-days}: this many past days (the dashboards' trend);
 *                         negative: no dates at all, not even today
 */
@ConfigurationProperties("pledgetrack.demo-data")
record DemoSnapshotSettings(@DefaultValue("6") int snapshotQuarters, @DefaultValue("30") int snapshotDays) {

    DemoSnapshotSettings {
        if (snapshotQuarters < 0) {
            throw new IllegalArgumentException(
                    "pledgetrack.demo-data.snapshot-quarters must not be negative, not " + snapshotQuarters);
        }
    }
}
