package org.pledgetrack.batch.pledgestatus;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.ntile;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.select;
import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.pledgetrack.core.agency.OrganizationKind;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the agencies into up to {@code gridSize} ranges of ids holding about as many agencies
 * each, one per worker of the compute step: two workers keep two database threads busy on a
 * two-core machine where one worker left one idle. A restart keeps the ranges of the first attempt
 * (Spring Batch stores them with each partition).
 */
class AgencyRangePartitioner implements Partitioner {

    static final String FIRST_AGENCY_ID = "firstAgencyId";
    static final String LAST_AGENCY_ID = "lastAgencyId";

    private final DSLContext dsl;

    AgencyRangePartitioner(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Field<Integer> part = ntile(Math.max(1, gridSize)).over(orderBy(ORGANIZATION.ID)).as("part");
        Table<?> agencies = select(ORGANIZATION.ID, part).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.eq(OrganizationKind.AGENCY.name())).asTable("agencies");
        Field<Long> id = agencies.field(ORGANIZATION.ID);
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        dsl.select(min(id), max(id)).from(agencies).groupBy(agencies.field(part)).orderBy(agencies.field(part))
                .forEach(r -> ranges.put("agencies" + ranges.size(), range(r.value1(), r.value2())));
        if (ranges.isEmpty()) {
            // no agencies yet: one worker that reads nothing, so the run still says what it did
            ranges.put("agencies0", range(0, -1));
        }
        return ranges;
    }

    private static ExecutionContext range(long first, long last) {
        ExecutionContext range = new ExecutionContext();
        range.putLong(FIRST_AGENCY_ID, first);
        range.putLong(LAST_AGENCY_ID, last);
        return range;
    }
}
