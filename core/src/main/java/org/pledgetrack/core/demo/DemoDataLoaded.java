package org.pledgetrack.core.demo;

/** Published once the demo data has been loaded into an empty database, so other modules can add to it. */
public record DemoDataLoaded() {
}
