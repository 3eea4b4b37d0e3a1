package org.pledgetrack.batch.deliverablestatus;

import java.math.BigDecimal;

/** One scope's deliverable numbers on the as-of date; null where there is nothing to measure. */
record ScopeDeliverableFigures(DeliverableScope scope, int planned, int delivered, BigDecimal onTimePct, int overdue,
                         Integer oldestOverdueDays, int dueNext30Days, BigDecimal firstResponseHoursMedian,
                         BigDecimal deliveryDaysMedian, int granteeReportsLate, DeliveryActivity activity) {
}
