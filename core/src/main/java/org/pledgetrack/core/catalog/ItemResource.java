package org.pledgetrack.core.catalog;

/** One of IACP's resources listed under an item: a title and an http(s) link. */
public record ItemResource(String title, String url) {
}
