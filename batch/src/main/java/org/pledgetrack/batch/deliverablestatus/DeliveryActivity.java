package org.pledgetrack.batch.deliverablestatus;

import java.math.BigDecimal;

/**
 * What a scope's deliveries up to the as-of date amount to: the same deliveries as the delivered
 * count, so that the figures of one snapshot row always describe one set of deliveries. Ratings are a
 * sum and a count (not an average) so that several rows' average can be recomputed exactly.
 */
record DeliveryActivity(int onTime, BigDecimal hours, int attendees, int rated, BigDecimal ratingSum) {
}
