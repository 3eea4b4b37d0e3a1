package org.pledgetrack.core.pledge;

import java.util.List;

/**
 * One page of the live agency list with how many agencies the whole list has, and a version that
 * changes whenever the page's numbers may have (the change mark, the date and the page asked for).
 */
public record AgencyListPage(List<AgencyProgress> rows, int total, String version) {
}
